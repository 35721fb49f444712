#include "pipeline/nightly.h"

#include <map>

#include "core/model_json.h"
#include "report/submission_report.h"
#include "util/atomic_file.h"

namespace kc {
namespace {

using StatusMap = std::map<std::string, std::string>;

StatusMap snapshot(const judge::Judgement& j) {
    StatusMap m;
    for (const auto& d : j.documents) m["document " + d.id] = d.verdict;
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

}  // namespace

Result<NightlyResult> run_nightly(Engine& e) {
    NightlyResult r;
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
    return r;
}

}  // namespace kc
