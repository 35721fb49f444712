#include "report/index.h"

#include <cstdio>
#include <sstream>

#include <Poco/JSON/Array.h>

#include "core/model_json.h"
#include "report/appraisal_compare.h"
#include "report/index_stream.h"

namespace kc::report {
using json::Array;
using json::Object;
using json::ordered;

std::string format_points(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", judge::round3(v));
    std::string s = buf;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s == "-0" ? "0" : s;
}

static Array::Ptr strings(const std::vector<std::string>& v) {
    Array::Ptr a = new Array;
    for (const auto& s : v) a->add(s);
    return a;
}

static Poco::Dynamic::Var points(double v) { return std::stod(format_points(v)); }

Object::Ptr submission_json(const Submission& s) {
    auto o = ordered();
    o->set("id", s.id);
    o->set("unit", s.unit);
    o->set("file", s.file);
    o->set("sha256", s.sha256);
    o->set("received_at", s.received_at);
    o->set("rules", s.rules);
    o->set("status", s.status);
    o->set("reasons", json::to_json(s.reasons));
    return o;
}

Object::Ptr document_json(const Document& d) {
    auto o = ordered();
    o->set("id", d.id);
    if (d.sha256) o->set("sha256", *d.sha256); else o->set("sha256", Poco::Dynamic::Var());
    o->set("submission", d.submission);
    o->set("submitted_by", d.submitted_by);
    o->set("path_in_archive", d.path_in_archive);
    o->set("format", d.format);
    o->set("text_source", d.text_source);
    o->set("pages", d.pages);
    o->set("header", json::to_json(d.header));
    o->set("classification", json::to_json(d.classification));
    Array::Ptr all = new Array;
    for (const auto& c : d.classifications) all->add(json::to_json(c));
    o->set("classifications", all);
    o->set("signature", json::to_json(d.signature));
    o->set("verdict", d.verdict);
    o->set("reasons", json::to_json(d.reasons));
    return o;
}

Object::Ptr decision_json(const Decision& d) {
    auto o = ordered();
    o->set("seq", d.seq);
    o->set("action", d.action);
    o->set("product", d.product);
    o->set("field", d.field);
    o->set("value", d.value);
    o->set("by", d.by);
    o->set("comment", d.comment);
    o->set("at", d.at);
    return o;
}

Object::Ptr fact_json(const Fact& f) {
    auto o = ordered();
    o->set("seq", f.seq);
    o->set("kind", f.kind);
    o->set("key", f.key);
    o->set("value", f.value);
    o->set("document", f.document);
    o->set("by", f.by);
    o->set("comment", f.comment);
    o->set("at", f.at);
    return o;
}

void decided_json(Object& o, const std::string& document_id, const judge::Judgement& j) {
    Array::Ptr list = new Array;
    auto it = j.decisions.find(document_id);
    if (it != j.decisions.end())
        for (const auto& d : it->second) list->add(decision_json(d));
    o.set("decisions", list);
    auto a = j.automatic.find(document_id);
    if (a == j.automatic.end()) return;
    auto ao = ordered();
    ao->set("product", a->second.product);
    ao->set("verdict", a->second.verdict);
    ao->set("reasons", json::to_json(a->second.reasons));
    o.set("automatic", ao);
}

Object::Ptr deadline_json(const rules::Deadline& d, const std::vector<Date>& due) {
    auto o = ordered();
    o->set("kind", d.kind);
    Array::Ptr dates = new Array;
    for (const auto& x : due) dates->add(date::iso(x));
    o->set("due", dates);
    if (d.event.empty()) o->set("event", Poco::Dynamic::Var()); else o->set("event", d.event);
    o->set("note", d.note);
    return o;
}

static Object::Ptr product_json(const judge::ProductVerdict& pv) {
    const rules::Product& p = *pv.product;
    auto o = ordered();
    o->set("id", p.id);
    o->set("title", p.title);
    o->set("lead_agencies", strings(p.lead_agencies));
    o->set("expected_issuers", strings(p.expected_issuers));
    o->set("deadline", deadline_json(p.deadline, pv.due));
    o->set("status", pv.status);
    Array::Ptr ev = new Array;
    for (const auto& e : pv.evidence) {
        auto eo = ordered();
        eo->set("document", e.document);
        eo->set("sha256", e.sha256);
        eo->set("pages", e.pages);
        eo->set("status", e.status);
        ev->add(eo);
    }
    o->set("evidence", ev);
    o->set("reasons", json::to_json(pv.reasons));
    return o;
}

Object::Ptr index_json(const rules::RuleSet& rules, const std::vector<Submission>& submissions,
                       const judge::Judgement& j) {
    auto root = ordered();
    root->set("schema", k_index_schema);
    auto gen = ordered();
    gen->set("name", "kiemchung");
    gen->set("version", KC_VERSION);
    root->set("generator", gen);
    auto r = ordered();
    r->set("id", rules.id);
    r->set("year", rules.year);
    r->set("sha256", rules.sha256);
    r->set("provenance", rules.provenance);
    root->set("rules", r);
    root->set("as_of", date::iso(j.as_of));
    Array::Ptr subs = new Array;
    for (const auto& s : submissions) subs->add(submission_json(s));
    root->set("submissions", subs);
    auto unit_json = [&](const judge::UnitVerdict& uv) {
        auto u = ordered();
        u->set("unit", uv.unit->code);
        u->set("name", uv.unit->name);
        u->set("points_max", points(uv.points_max));
        u->set("points_provisional", points(uv.points_provisional));
        u->set("provisional", true);
        u->set("points_at_risk", points(uv.points_at_risk));
        u->set("horizon_days", j.horizon_days);
        const auto ap = compare_appraisal(uv, j.appraisals);  // optional fields: docs/index-format.md
        auto groups = ordered();
        for (const auto& [code, t] : uv.groups) {
            auto g = ordered();
            g->set("points_max", points(t.points_max));
            g->set("points_provisional", points(t.points_provisional));
            if (auto a = ap.groups.find(code); a != ap.groups.end()) {
                g->set("points_appraised", points(a->second.appraised));
                g->set("difference", points(a->second.difference));
            }
            groups->set(code, g);
        }
        u->set("groups", groups);
        Array::Ptr crit = new Array;
        for (const auto& cv : uv.criteria) {
            auto c = ordered();
            c->set("code", cv.criterion->code);
            c->set("title", cv.criterion->title);
            c->set("points_max", points(cv.points_max));
            c->set("points_provisional", points(cv.points_provisional));
            c->set("status", cv.status);
            c->set("reasons", json::to_json(cv.reasons));
            if (!cv.value.empty()) {
                c->set("value", cv.value);
                c->set("value_document", cv.value_document);
            }
            Array::Ptr prods = new Array;
            for (const auto& pv : cv.products) prods->add(product_json(pv));
            c->set("products", prods);
            if (auto a = ap.criteria.find(cv.criterion->code); a != ap.criteria.end()) {
                auto ao = ordered();
                ao->set("points_appraised", points(a->second.appraised));
                ao->set("difference", points(a->second.difference));
                ao->set("derived", a->second.derived);
                const Appraisal none;
                const Appraisal& row = a->second.row ? *a->second.row : none;
                ao->set("comment", row.comment);
                ao->set("source", row.source);
                ao->set("by", row.by);
                ao->set("at", row.at);
                c->set("appraisal", ao);
            }
            crit->add(c);
        }
        u->set("criteria", crit);
        if (ap.total) {
            auto ao = ordered();
            ao->set("points_appraised", points(ap.total->appraised));
            ao->set("difference", points(ap.total->difference));
            ao->set("complete", ap.complete);
            ao->set("imported_at", ap.imported_at);
            u->set("appraisal", ao);
        }
        return u;
    };
    Array::Ptr units = new Array;
    for (const auto& uv : j.units) units->add(unit_json(uv));
    root->set("units", units);
    Array::Ptr docs = new Array;
    for (const auto& d : j.documents) {
        auto o = document_json(d);
        decided_json(*o, d.id, j);
        docs->add(o);
    }
    root->set("documents", docs);
    Array::Ptr facts = new Array;
    for (const auto& f : j.facts) facts->add(fact_json(f));
    root->set("facts", facts);
    if (!j.rule_sets.empty()) {  // judge_routed(): every rule set judged, with its own totals
        Array::Ptr sets = new Array;
        for (const auto& rs : j.rule_sets) {
            auto o = ordered();
            o->set("id", rs.rules->id);
            o->set("year", rs.rules->year);
            o->set("sha256", rs.rules->sha256);
            o->set("provenance", rs.rules->provenance);
            o->set("submissions", rs.submissions);
            o->set("documents", rs.documents);
            Array::Ptr us = new Array;
            for (const auto& uv : rs.units) us->add(unit_json(uv));
            o->set("units", us);
            sets->add(o);
        }
        root->set("rule_sets", sets);
    }
    return root;
}

std::string index_csv(const rules::RuleSet& rules, const judge::Judgement& j) {
    std::ostringstream os;
    write_index_csv(os, rules, j);
    return os.str();
}

}  // namespace kc::report
