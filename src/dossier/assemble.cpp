#include "dossier/dossier.h"

#include <set>

#include "dossier/explain.h"
#include "dossier/naming.h"
#include "util/text.h"

namespace kc::dossier {
namespace {

// The extension of the original: the one of its name in the archive, else the detected format.
std::string extension_of(const Document& d) {
    const auto& p = d.path_in_archive;
    const auto slash = p.rfind('/');
    const auto dot = p.rfind('.');
    if (dot != std::string::npos && (slash == std::string::npos || dot > slash) && p.size() - dot <= 6)
        return text::lower(p.substr(dot + 1));
    if (d.format == "jpeg") return "jpg";
    return d.format.empty() || d.format == "unknown" ? "bin" : d.format;
}

std::string stem_of(const Document& d) {
    auto name = d.path_in_archive.substr(d.path_in_archive.rfind('/') + 1);
    return name.substr(0, name.rfind('.'));
}

int depth_of(const rules::RuleSet& rules, const rules::Criterion& c) {
    int depth = 0;
    for (const rules::Criterion* p = &c; p && !p->parent.empty(); p = rules.criterion(p->parent)) ++depth;
    return depth;
}

}  // namespace

std::string evidence_line(const EvidenceFile& e, bool english) {
    std::string s = e.number.empty() ? (english ? "(no number)" : "(không số)") : e.number;
    if (auto d = date::parse_iso(e.date)) s += (english ? " of " : " ngày ") + date::vi(*d);
    if (!e.issuer.empty()) s += ", " + e.issuer;
    if (!e.pages.empty()) s += english ? " (pages " + e.pages + ")" : " (trang " + e.pages + ")";
    return s;
}

Dossier assemble(const rules::RuleSet& rules, const judge::Judgement& j, const judge::UnitVerdict& uv,
                 const std::vector<Fact>& facts) {
    Dossier out;
    out.unit = uv.unit->code;
    out.unit_name = uv.unit->name;
    out.rules_id = rules.id;
    out.year = rules.year;
    out.as_of = j.as_of;
    out.points_max = uv.points_max;
    out.self_score = uv.points_provisional;
    DocumentsById docs;
    for (const auto& d : j.documents) docs[d.id] = &d;
    std::map<std::string, std::string> explanation, pages;
    for (const auto& f : facts) {
        if (f.kind == "explanation") explanation[f.key] = text::nfc(f.value);
        if (f.kind == "pages") pages[f.key] = f.value;
    }
    std::set<std::string> parents;
    for (const auto& c : rules.criteria)
        if (!c.parent.empty()) parents.insert(c.parent);
    std::map<std::string, std::string> status_of;
    for (const auto& cv : uv.criteria) {
        const rules::Criterion& c = *cv.criterion;
        status_of[c.code] = cv.status;
        Row row;
        row.code = c.code;
        row.title = c.title;
        row.parent = c.parent;
        row.depth = depth_of(rules, c);
        row.leaf = !parents.count(c.code);
        row.status = cv.status;
        row.points_max = cv.points_max;
        row.self_score = cv.points_provisional;
        std::set<std::string> seen, taken;
        for (const auto& pv : cv.products)
            for (const auto& e : pv.evidence) {
                if (e.status != "accepted" || e.sha256.empty() || !seen.insert(e.sha256).second) continue;
                auto it = docs.find(e.document);
                if (it == docs.end()) continue;
                const Document& d = *it->second;
                EvidenceFile f;
                f.document = d.id;
                f.sha256 = e.sha256;
                f.product = pv.product->id;
                f.number = number_symbol(d.header.number, d.header.symbol);
                f.date = d.header.date;
                f.issuer = d.header.issuer;
                f.subject = d.header.subject;
                f.page_count = d.pages;
                if (auto p = pages.find(d.id); p != pages.end()) f.pages = p->second;
                f.file_name = unique_name(evidence_file_name(c.code, f.number, f.subject, extension_of(d), stem_of(d)), taken);
                row.evidence.push_back(std::move(f));
            }
        const bool parent_off = !c.parent.empty() && status_of[c.parent] == "not_applicable";
        if (auto it = explanation.find(c.code); it != explanation.end())
            row.explanation = {it->second, "", true};
        else if (!parent_off)
            row.explanation = draft_explanation(cv, docs);
        out.rows.push_back(std::move(row));
    }
    return out;
}

}  // namespace kc::dossier
