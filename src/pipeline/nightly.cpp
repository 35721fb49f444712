#include "pipeline/nightly.h"

#include <fstream>
#include <functional>
#include <map>
#include <sstream>

#include "core/model_json.h"
#include "pipeline/reextract.h"
#include "pipeline/reverify.h"
#include "report/digest.h"
#include "report/index.h"
#include "report/index_stream.h"
#include "report/submission_report.h"
#include "util/atomic_file.h"

namespace kc {
namespace {

// Streamed: a Poco ordered object of this size (two keys per document) prints in quadratic time.
std::string to_text(const StatusMap& m) {
    std::ostringstream os;
    report::JsonStream w(os);
    w.begin_object();
    for (const auto& [k, v] : m) w.key(k).string(v);
    w.end_object();
    return os.str();
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
    // The same bytes publish() streamed into <state>/index.json: copied, not made again.
    auto w = r.published.index_json.empty()
                 ? write_stream_atomically(dir / "index.json",
                                           [&](std::ostream& os) {
                                               report::write_index_json(os, e.rules, r.published.submissions, j);
                                           })
                 : write_stream_atomically(dir / "index.json", [&](std::ostream& os) {
                       std::ifstream in(r.published.index_json, std::ios::binary);
                       os << in.rdbuf();
                       if (!in) os.setstate(std::ios::failbit);
                   });
    if (!w) return w.error();
    auto diff = json::ordered();
    diff->set("schema", "kiemchung/nightly-diff/v1");
    diff->set("as_of", date::iso(e.as_of));
    diff->set("previous_as_of", e.catalog->meta("nightly.previous_as_of").value_or(""));
    diff->set("regression", r.regression);
    diff->set("newly_missing", ids_where(r.changes, [](const Change& c) { return c.after == "missing"; }));
    diff->set("newly_late", ids_where(r.changes, [](const Change& c) { return c.kind == "late" && !c.after.empty(); }));
    diff->set("newly_accepted", ids_where(r.changes, [](const Change& c) { return c.after == "accepted"; }));
    diff->set("changed", ids_where(r.changes, [](const Change& c) { return c.kind != "late"; }));
    FileBatch batch;
    if (auto b = batch.add(dir / "diff.json", json::stringify(diff, true) + "\n"); !b) return b.error();
    for (const auto& unit : report::lead_agencies(e.rules)) {
        auto dj = json::stringify(report::digest_json(unit, e.rules, j), true) + "\n";
        if (auto b = batch.add(dir / "digest" / (unit + ".json"), dj); !b) return b.error();
        if (auto b = batch.add(dir / "digest" / (unit + ".txt"), report::digest_text(unit, e.rules, j)); !b)
            return b.error();
    }
    return batch.commit();
}

}  // namespace

StatusMap nightly_snapshot(const judge::Judgement& j) {
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
    // Products of the other rule sets submissions were routed to: "product <rule set>:<id>".
    for (std::size_t i = 1; i < j.rule_sets.size(); ++i)
        for (const auto& u : j.rule_sets[i].units)
            for (const auto& c : u.criteria)
                for (const auto& p : c.products) m["product " + j.rule_sets[i].rules->id + ":" + p.product->id] = p.status;
    return m;
}

std::vector<Change> compare_snapshots(const StatusMap& before, const StatusMap& after) {
    std::vector<Change> out;
    auto add = [&](const std::string& key, const std::string& b, const std::string& a) {
        Change c;
        c.kind = key.substr(0, key.find(' '));
        c.id = key.substr(key.find(' ') + 1);
        c.before = b;
        c.after = a;
        c.regression = (b == "accepted" && a != "accepted") || (c.kind == "product" && a == "missing" && !b.empty());
        out.push_back(std::move(c));
    };
    auto b = before.begin(), a = after.begin();
    while (b != before.end() || a != after.end()) {  // both sorted by key: one merge pass
        if (a == after.end() || (b != before.end() && b->first < a->first)) {
            add(b->first, b->second, "");
            ++b;
        } else if (b == before.end() || a->first < b->first) {
            add(a->first, "", a->second);
            ++a;
        } else {
            if (b->second != a->second) add(a->first, b->second, a->second);
            ++a, ++b;
        }
    }
    return out;
}

Result<NightlyResult> run_nightly(Engine& e, const std::function<void()>& in_transaction) {
    NightlyResult r;
    // Read once: re-verification and the judgement share the documents.
    auto documents = e.catalog->documents();
    if (e.pipeline.has("reextract")) reextract_stale(e, documents);  // only after an extractor upgrade
    reverify_signatures(e, documents);  // trust stores change
    auto pub = publish(e, {}, &documents);
    if (!pub) return pub.error();
    r.published = std::move(pub.value());
    StatusMap now = nightly_snapshot(r.published.judgement);
    if (e.pipeline.has("diff")) {
        if (auto prev_text = e.catalog->meta("nightly.last")) {
            r.changes = compare_snapshots(from_text(*prev_text), now);
            for (const auto& c : r.changes) r.regression = r.regression || c.regression;
        }
        e.catalog->transaction([&] {
            e.catalog->set_meta("nightly.previous_as_of", e.catalog->meta("nightly.last_as_of").value_or(""));
            e.catalog->set_meta("nightly.last", to_text(now));
            e.catalog->set_meta("nightly.last_as_of", date::iso(e.as_of));
            if (in_transaction) in_transaction();
        });
    } else if (in_transaction) {
        e.catalog->transaction(in_transaction);
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
        for (auto& w : report::owed_by_routed(u.code, r.published.judgement)) owed.push_back(std::move(w));
        if (owed.empty()) continue;
        Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
        for (const auto& w : owed) {
            auto wo = json::ordered();
            wo->set("product", w.product->id);
            wo->set("title", w.product->title);
            wo->set("status", w.status);
            if (w.due.empty()) wo->set("due", Poco::Dynamic::Var()); else wo->set("due", w.due);
            if (w.rule_set) wo->set("rule_set", w.rule_set->id);  // owed under another routed rule set
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
