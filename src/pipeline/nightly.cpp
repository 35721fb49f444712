#include "pipeline/nightly.h"

#include <functional>
#include <map>

#include "core/model_json.h"
#include "pipeline/reverify.h"
#include "report/digest.h"
#include "report/index.h"
#include "report/submission_report.h"
#include "util/atomic_file.h"

namespace kc {
namespace {

using StatusMap = std::map<std::string, std::string>;

StatusMap snapshot(const judge::Judgement& j) {
    StatusMap m;
    for (const auto& d : j.documents) {
        m["document " + d.id] = d.verdict;
        std::string late;
        for (const auto& r : d.reasons)
            if (r.code == "LATE_DOCUMENT_DATE" || r.code == "SIGNED_AFTER_DEADLINE" || r.code == "SUBMITTED_LATE")
                late += (late.empty() ? "" : "+") + r.code;
        if (!late.empty()) m["late " + d.id] = late;
    }
    for (const auto& u : j.units)
        for (const auto& c : u.criteria)
            for (const auto& p : c.products) m["product " + p.product->id] = p.status;
    return m;
}

std::string to_text(const StatusMap& m) {
    auto o = json::ordered();
    for (const auto& [k, v] : m) o->set(k, v);
    return json::stringify(o);
}

StatusMap from_text(const std::string& s) {
    StatusMap m;
    auto o = json::parse_object(s);
    for (const auto& k : o->getNames()) m[k] = o->getValue<std::string>(k);
    return m;
}

Poco::JSON::Array::Ptr ids_where(const std::vector<Change>& changes, const std::function<bool(const Change&)>& keep) {
    Poco::JSON::Array::Ptr a = new Poco::JSON::Array;
    for (const auto& c : changes)
        if (keep(c)) {
            auto o = json::ordered();
            o->set("kind", c.kind);
            o->set("id", c.id);
            o->set("before", c.before);
            o->set("after", c.after);
            a->add(o);
        }
    return a;
}

// <state>/nightly/<as-of>/: index.json, diff.json, digest/<unit>.json + .txt.
Result<bool> write_dated_folder(Engine& e, const NightlyResult& r) {
    const auto dir = e.config.state_dir / "nightly" / date::iso(e.as_of);
    const auto& j = r.published.judgement;
    // The same bytes publish() wrote; built once (it is most of a large nightly's time and memory).
    std::string index = r.published.index_text;
    if (index.empty()) index = json::stringify(report::index_json(e.rules, r.published.submissions, j), true) + "\n";
    if (auto w = write_file_atomically(dir / "index.json", index); !w) return w.error();
    auto diff = json::ordered();
    diff->set("schema", "kiemchung/nightly-diff/v1");
    diff->set("as_of", date::iso(e.as_of));
    diff->set("previous_as_of", e.catalog->meta("nightly.previous_as_of").value_or(""));
    diff->set("regression", r.regression);
    diff->set("newly_missing", ids_where(r.changes, [](const Change& c) { return c.after == "missing"; }));
    diff->set("newly_late", ids_where(r.changes, [](const Change& c) { return c.kind == "late" && !c.after.empty(); }));
    diff->set("newly_accepted", ids_where(r.changes, [](const Change& c) { return c.after == "accepted"; }));
    diff->set("changed", ids_where(r.changes, [](const Change& c) { return c.kind != "late"; }));
    if (auto w = write_file_atomically(dir / "diff.json", json::stringify(diff, true) + "\n"); !w) return w.error();
    for (const auto& unit : report::lead_agencies(e.rules)) {
        auto dj = json::stringify(report::digest_json(unit, e.rules, j), true) + "\n";
        if (auto w = write_file_atomically(dir / "digest" / (unit + ".json"), dj); !w) return w.error();
        if (auto w = write_file_atomically(dir / "digest" / (unit + ".txt"), report::digest_text(unit, e.rules, j)); !w)
            return w.error();
    }
    return true;
}

}  // namespace

Result<NightlyResult> run_nightly(Engine& e) {
    NightlyResult r;
    reverify_signatures(e);  // trust stores change; nothing is re-extracted
    auto pub = publish(e);
    if (!pub) return pub.error();
    r.published = std::move(pub.value());
    StatusMap now = snapshot(r.published.judgement);
    if (e.pipeline.has("diff")) {
        if (auto prev_text = e.catalog->meta("nightly.last")) {
            StatusMap prev = from_text(*prev_text);
            for (const auto& [key, after] : now) {
                auto it = prev.find(key);
                std::string before = it == prev.end() ? "" : it->second;
                if (before == after) continue;
                Change c;
                c.kind = key.substr(0, key.find(' '));
                c.id = key.substr(key.find(' ') + 1);
                c.before = before;
                c.after = after;
                c.regression = before == "accepted";
                r.regression = r.regression || c.regression;
                r.changes.push_back(c);
            }
        }
        e.catalog->transaction([&] {
            e.catalog->set_meta("nightly.previous_as_of", e.catalog->meta("nightly.last_as_of").value_or(""));
            e.catalog->set_meta("nightly.last", to_text(now));
            e.catalog->set_meta("nightly.last_as_of", date::iso(e.as_of));
        });
    }
    auto o = json::ordered();
    o->set("schema", "kiemchung/nightly/v1");
    o->set("as_of", date::iso(e.as_of));
    o->set("regression", r.regression);
    Poco::JSON::Array::Ptr changes = new Poco::JSON::Array;
    for (const auto& c : r.changes) {
        auto co = json::ordered();
        co->set("kind", c.kind);
        co->set("id", c.id);
        co->set("before", c.before);
        co->set("after", c.after);
        co->set("regression", c.regression);
        changes->add(co);
    }
    o->set("changes", changes);
    auto owed_all = json::ordered();
    for (const auto& u : e.rules.units) {
        auto owed = report::owed_by(u.code, e.rules, r.published.judgement);
        if (owed.empty()) continue;
        Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
        for (const auto& w : owed) {
            auto wo = json::ordered();
            wo->set("product", w.product->id);
            wo->set("title", w.product->title);
            wo->set("status", w.status);
            if (w.due.empty()) wo->set("due", Poco::Dynamic::Var()); else wo->set("due", w.due);
            list->add(wo);
        }
        owed_all->set(u.code, list);
    }
    o->set("owed", owed_all);
    r.summary_json = json::stringify(o, true) + "\n";
    auto file = e.config.state_dir / "nightly" / (date::iso(e.as_of) + ".json");
    if (auto w = write_file_atomically(file, r.summary_json); !w) return w.error();
    if (auto w = write_dated_folder(e, r); !w) return w.error();
    return r;
}

}  // namespace kc
