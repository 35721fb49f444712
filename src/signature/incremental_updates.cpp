#include "signature/incremental_updates.h"

// qpdf 11: use std::shared_ptr in its API (no PointerHolder warnings).
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFLogger.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFXRefEntry.hh>

#include <functional>
#include <map>
#include <set>

namespace kc::signature {
namespace {

// Hostile files make qpdf warn a lot; a child's stderr is for real failures, so
// every message goes to a discarding logger.
void make_quiet(QPDF& pdf) {
    auto logger = QPDFLogger::create();
    logger->setInfo(logger->discard());
    logger->setWarn(logger->discard());
    logger->setError(logger->discard());
    pdf.setLogger(logger);
    pdf.setSuppressWarnings(true);
    // Warnings about direct objects (no owning QPDF) go to the process-wide default
    // logger; silence that too (idempotent).
    auto global = QPDFLogger::defaultLogger();
    global->setWarn(global->discard());
    global->setError(global->discard());  // warnIfPossible() on direct objects writes here
}

constexpr std::size_t k_max_walk = 20000;  // objects visited per walk: hostile files loop

std::string obj_label(QPDFObjGen og) { return "obj " + std::to_string(og.getObj()); }

// Every indirect object reachable from `h` (the page's content and resources:
// fonts, images, form XObjects and what they use).
void collect_reachable(QPDFObjectHandle h, std::set<QPDFObjGen>& out) {
    std::vector<QPDFObjectHandle> todo{h};
    while (!todo.empty() && out.size() < k_max_walk) {
        auto cur = todo.back();
        todo.pop_back();
        if (cur.isIndirect() && !out.insert(cur.getObjGen()).second) continue;
        if (cur.isStream()) cur = cur.getDict();
        if (cur.isArray()) {
            for (int i = 0; i < cur.getArrayNItems(); ++i) todo.push_back(cur.getArrayItem(i));
        } else if (cur.isDictionary()) {
            for (const auto& key : cur.getKeys()) {
                // /Parent leads back up the tree: the whole document would be "content".
                if (key == "/Parent" || key == "/P") continue;
                todo.push_back(cur.getKey(key));
            }
        }
    }
}

struct Protected {
    std::set<QPDFObjGen> pages, page_tree, content;  // content = streams + resources
    std::vector<QPDFObjGen> page_order;
};

Protected protected_objects(QPDF& before) {
    Protected p;
    for (auto page : before.getAllPages()) {
        p.pages.insert(page.getObjGen());
        p.page_order.push_back(page.getObjGen());
        for (auto parent = page.getKey("/Parent"); parent.isDictionary() && parent.isIndirect() &&
                                                   p.page_tree.size() < k_max_walk;
             parent = parent.getKey("/Parent"))
            if (!p.page_tree.insert(parent.getObjGen()).second) break;
        collect_reachable(page.getKey("/Contents"), p.content);
        // Inherited resources live on the Pages node; take the effective ones.
        // A /Parent chain may loop (hostile files do): climb each node once, a bounded number of steps.
        auto res = page.getKey("/Resources");
        std::set<QPDFObjGen> climbed;
        std::size_t steps = 0;
        for (auto up = page.getKey("/Parent"); !res.isDictionary() && up.isDictionary() && ++steps <= k_max_walk;
             up = up.getKey("/Parent")) {
            if (up.isIndirect() && !climbed.insert(up.getObjGen()).second) break;
            res = up.getKey("/Resources");
        }
        collect_reachable(res, p.content);
    }
    return p;
}

std::string type_of(QPDFObjectHandle h) {
    auto d = h.isStream() ? h.getDict() : h;
    if (!d.isDictionary()) return {};
    auto t = d.getKey("/Type");
    return t.isName() ? t.getName() : std::string();
}

std::string raw_bytes(QPDFObjectHandle h) {
    auto buf = h.getRawStreamData();
    return std::string(reinterpret_cast<const char*>(buf->getBuffer()), buf->getSize());
}

bool same(QPDFObjectHandle a, QPDFObjectHandle b) { return a.unparse() == b.unparse(); }

bool same_object(QPDFObjectHandle a, QPDFObjectHandle b) {
    if (a.isStream() != b.isStream()) return false;
    // unparse() of an indirect handle is just "N G R": compare the values.
    if (!a.isStream()) return a.unparseResolved() == b.unparseResolved();
    return same(a.getDict(), b.getDict()) && raw_bytes(a) == raw_bytes(b);
}

// Keys of `a` and `b` whose values differ, ignoring `except`.
std::vector<std::string> changed_keys(QPDFObjectHandle a, QPDFObjectHandle b,
                                      const std::set<std::string>& except) {
    std::vector<std::string> out;
    std::set<std::string> keys;
    for (const auto& k : a.getKeys()) keys.insert(k);
    for (const auto& k : b.getKeys()) keys.insert(k);
    for (const auto& k : keys)
        if (!except.count(k) && !same(a.getKey(k), b.getKey(k))) out.push_back(k);
    return out;
}

std::string kind_of(QPDFObjectHandle h) {
    const auto t = type_of(h);
    auto d = h.isStream() ? h.getDict() : h;
    if (t == "/Annot" || (d.isDictionary() && d.hasKey("/Subtype") && d.hasKey("/Rect"))) return "annotation";
    if (t == "/Sig") return "signature";
    if (t == "/DocTimeStamp") return "document timestamp";
    if (t == "/Metadata") return "metadata";
    if (t == "/XRef" || t == "/ObjStm") return "";  // file structure, not content
    if (d.isDictionary() && (d.hasKey("/FT") || d.hasKey("/T") || d.hasKey("/Fields")))
        return "form field";
    if (d.isDictionary() && (d.hasKey("/Certs") || d.hasKey("/VRI") || d.hasKey("/OCSPs") ||
                             d.hasKey("/CRLs")))
        return "DSS";
    if (h.isStream()) return "stream";
    return "object";
}

// Who refers to whom in the signed revision: target → (referrer, top-level key).
// The referrer QPDFObjGen() (0/0) stands for the trailer.
using Referrers = std::map<QPDFObjGen, std::vector<std::pair<QPDFObjGen, std::string>>>;

void add_references(QPDFObjectHandle h, QPDFObjGen from, const std::string& key, Referrers& out,
                    int depth = 0) {
    if (depth > 32) return;  // direct objects nest shallowly in real files
    if (h.isIndirect() && depth > 0) {
        out[h.getObjGen()].emplace_back(from, key);
        return;
    }
    if (h.isStream()) h = h.getDict();
    if (h.isArray()) {
        for (int i = 0; i < h.getArrayNItems(); ++i) add_references(h.getArrayItem(i), from, key, out, depth + 1);
    } else if (h.isDictionary()) {
        for (const auto& k : h.getKeys())
            add_references(h.getKey(k), from, depth == 0 ? k : key, out, depth + 1);
    }
}

Referrers referrers_of(QPDF& pdf) {
    Referrers out;
    for (auto obj : pdf.getAllObjects()) add_references(obj, obj.getObjGen(), {}, out);
    add_references(pdf.getTrailer(), QPDFObjGen(), {}, out);
    return out;
}

}  // namespace

UpdateReport analyse_later_updates(std::string_view bytes, std::int64_t signed_end) {
    UpdateReport r;
    auto disallow = [&](const std::string& what) {
        r.changes.push_back(what);
        r.disallowed.push_back(what);
    };
    QPDF before, after;
    try {
        make_quiet(before);
        before.processMemoryFile("signed revision", bytes.data(), static_cast<std::size_t>(signed_end));
        make_quiet(after);
        after.processMemoryFile("document", bytes.data(), bytes.size());
    } catch (const std::exception&) {
        disallow("later revision unreadable");
        return r;
    }
    try {
        if (after.isEncrypted() != before.isEncrypted()) disallow("encryption changed");
        const auto prot = protected_objects(before);
        // Objects written after the signed range: directly, or inside an object
        // stream that was.
        std::set<QPDFObjGen> changed;
        auto xref = after.getXRefTable();
        for (const auto& [og, entry] : xref) {
            std::int64_t at = -1;
            if (entry.getType() == 1) at = entry.getOffset();
            if (entry.getType() == 2) {
                auto s = xref.find(QPDFObjGen(entry.getObjStreamNumber(), 0));
                if (s != xref.end() && s->second.getType() == 1) at = s->second.getOffset();
            }
            if (at >= signed_end) changed.insert(og);
        }
        std::map<std::string, int> counts;  // label → how many, for a short list
        auto allow = [&](const std::string& what) { ++counts[what]; };

        auto old_root = before.getTrailer().getKey("/Root");
        auto new_root = after.getTrailer().getKey("/Root");
        if (old_root.getObjGen() != new_root.getObjGen()) disallow("document catalog replaced");
        // New trailer entries can make objects reachable that no check looks at.
        static const std::set<std::string> k_trailer_ok = {
            "/Root", "/Info", "/ID", "/Size", "/Prev", "/XRefStm", "/Type", "/W", "/Index",
            "/Length", "/Filter", "/DecodeParms", "/Encrypt"};
        for (const auto& k : changed_keys(before.getTrailer(), after.getTrailer(), k_trailer_ok))
            disallow("trailer " + k + " changed");
        const auto referrers = referrers_of(before);
        // An overwritten object must only be used where changes are allowed (a form
        // field, an annotation, the catalog's /AcroForm …); otherwise the update may
        // be swapping something visible through a second path.
        // Memoised: hostile files can make referrer graphs wide and cyclic.
        std::map<QPDFObjGen, std::string> verdicts;
        std::function<std::string(QPDFObjGen, int)> used_elsewhere = [&](QPDFObjGen og,
                                                                         int depth) -> std::string {
            if (auto v = verdicts.find(og); v != verdicts.end()) return v->second;
            verdicts[og] = {};  // a cycle back here adds nothing new
            auto it = referrers.find(og);
            if (it == referrers.end()) return {};
            auto remember = [&](std::string where) { return verdicts[og] = std::move(where); };
            for (const auto& [from, key] : it->second) {
                auto ref = from == QPDFObjGen() ? before.getTrailer() : before.getObject(from);
                // The trailer, or an xref stream dictionary acting as one.
                if (from == QPDFObjGen() || type_of(ref) == "/XRef") {
                    if (key == "/Info" || key == "/Root") continue;
                    return remember("trailer " + key);
                }
                if (from == old_root.getObjGen()) {
                    if (key == "/AcroForm" || key == "/DSS" || key == "/Metadata" || key == "/Extensions")
                        continue;
                    return remember("catalog " + key);
                }
                if (prot.pages.count(from)) {
                    if (key == "/Annots") continue;
                    return remember("page " + key);
                }
                if (changed.count(from)) continue;  // a rewritten referrer is judged on its own
                const auto k = kind_of(ref);
                if (k == "annotation" || k == "form field" || k == "signature" || k == "DSS" ||
                    k == "metadata")
                    continue;
                if (ref.isDictionary() && ref.hasKey("/Fields")) continue;  // the AcroForm dict
                // Untyped arrays and dictionaries (an /Annots array, an /AP dictionary):
                // look at who uses them in turn.
                if ((ref.isArray() || (ref.isDictionary() && type_of(ref).empty())) && depth < 4) {
                    if (auto where = used_elsewhere(from, depth + 1); !where.empty()) return remember(where);
                    continue;
                }
                return remember(obj_label(from) + " " + key);
            }
            return {};
        };

        for (const auto& og : changed) {
            auto old_obj = before.getObject(og);
            auto new_obj = after.getObject(og);
            const bool existed = !old_obj.isNull();
            // Rewritten but identical (some tools re-save untouched objects).
            if (existed && same_object(old_obj, new_obj)) continue;
            if (og == old_root.getObjGen() && existed) {
                static const std::set<std::string> k_ok = {"/AcroForm", "/DSS", "/Metadata",
                                                           "/Extensions", "/Version"};
                for (const auto& k : changed_keys(old_obj, new_obj, {})) {
                    if (k_ok.count(k)) allow("catalog " + k + " changed");
                    else disallow("catalog " + k + " changed");
                }
                continue;
            }
            if (prot.pages.count(og)) {
                for (const auto& k : changed_keys(old_obj, new_obj, {"/Annots"}))
                    disallow("page dictionary " + k + " changed (" + obj_label(og) + ")");
                if (!same(old_obj.getKey("/Annots"), new_obj.getKey("/Annots")))
                    allow("page annotations list changed");
                continue;
            }
            if (prot.page_tree.count(og)) {
                if (!same_object(old_obj, new_obj)) disallow("page tree changed (" + obj_label(og) + ")");
                continue;
            }
            if (prot.content.count(og)) {
                // Identical rewrites were skipped above: this one differs.
                disallow("page content or resources changed (" + obj_label(og) + ")");
                continue;
            }
            const auto kind = kind_of(new_obj);
            if (kind.empty()) continue;
            if (existed) {
                if (auto where = used_elsewhere(og, 0); !where.empty()) {
                    disallow(obj_label(og) + " overwritten but also used by " + where);
                    continue;
                }
            }
            if (new_obj.isNull() && existed) {
                allow(kind_of(old_obj) + " deleted");
                continue;
            }
            allow(kind + (existed ? " changed" : " added"));
        }
        // Backstop: the page list itself (a new page tree built from new objects).
        std::vector<QPDFObjGen> now;
        for (auto page : after.getAllPages()) now.push_back(page.getObjGen());
        if (now != prot.page_order) disallow("pages added, removed or reordered");
        for (const auto& [what, n] : counts)
            r.changes.push_back(n > 1 ? what + " ×" + std::to_string(n) : what);
    } catch (const std::exception&) {
        disallow("later revision could not be analysed");
    }
    return r;
}

}  // namespace kc::signature
