#include "report/digest.h"

#include <set>
#include <sstream>

#include <Poco/JSON/Array.h>

#include "core/model_json.h"
#include "report/submission_report.h"
#include "rules/hand_in.h"

namespace kc::report {
namespace {

using Poco::JSON::Array;

Poco::Dynamic::Var null_or(const std::string& s) { return s.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(s); }

bool within(const std::string& due, const Date& as_of, int days) {
    auto d = date::parse_iso(due);
    return d && *d >= as_of && *d <= date::add_days(as_of, days);
}

// The internal hand-in deadline of a product whose last due date is `due` (ISO or empty).
Poco::Dynamic::Var hand_in_due(const rules::Product* p, const rules::RuleSet& rules, const std::string& due) {
    if (!p) return {};
    std::vector<Date> dues;
    if (auto d = date::parse_iso(due)) dues.push_back(*d);
    const auto h = rules::resolve_hand_in(*p, rules, dues);
    return h.due ? Poco::Dynamic::Var(date::iso(*h.due)) : Poco::Dynamic::Var();
}

std::string hand_in_note(const rules::RuleSet& rules) {
    if (rules.hand_in.milestones.empty())
        return "Quy định không có hạn nộp nội bộ / the rules give no internal hand-in deadline";
    std::string vi = "Hạn nộp về UBND huyện (qua Phòng Nội vụ):", en = "Hand-in to UBND huyện via Phòng Nội vụ:";
    for (const auto& m : rules.hand_in.milestones) {
        vi += " " + m.title + " trước " + date::vi(m.date) + ";";
        en += " " + m.id + " by " + date::vi(m.date) + ";";
    }
    return vi + " / " + en;
}

}  // namespace

std::vector<std::string> lead_agencies(const rules::RuleSet& rules) {
    std::set<std::string> out;
    for (const auto& c : rules.criteria)
        for (const auto& p : c.products)
            for (const auto& a : p.lead_agencies)
                for (const auto& u : rules.expand(a)) out.insert(u);
    return {out.begin(), out.end()};
}

Poco::JSON::Object::Ptr digest_json(const std::string& unit, const rules::RuleSet& rules, const judge::Judgement& j) {
    auto o = json::ordered();
    o->set("schema", k_digest_schema);
    o->set("unit", unit);
    const rules::Unit* u = rules.unit(unit);
    o->set("name", u ? u->name : unit);
    o->set("as_of", date::iso(j.as_of));
    o->set("horizon_days", j.horizon_days);
    o->set("provisional", true);
    o->set("hand_in_note", hand_in_note(rules));
    Array::Ptr owes = new Array, soon = new Array, rejected = new Array;
    auto owed = owed_by(unit, rules, j);
    for (auto& w : owed_by_routed(unit, j)) owed.push_back(std::move(w));  // after the configured set's
    for (const auto& w : owed) {
        auto wo = json::ordered();
        wo->set("product", w.product->id);
        wo->set("criterion", w.criterion);
        wo->set("title", w.product->title);
        wo->set("status", w.status);
        wo->set("due", null_or(w.due));
        wo->set("hand_in_due", hand_in_due(w.product, w.rule_set ? *w.rule_set : rules, w.due));
        if (w.rule_set) wo->set("rule_set", w.rule_set->id);  // owed under another routed rule set
        owes->add(wo);
        if (within(w.due, j.as_of, j.horizon_days)) soon->add(wo);
    }
    for (const auto& d : j.documents) {
        if (d.submitted_by != unit || d.verdict != "rejected") continue;
        auto ro = json::ordered();
        ro->set("document", d.id);
        ro->set("submission", d.submission);
        ro->set("path_in_archive", d.path_in_archive);
        ro->set("product", null_or(d.classification.product));
        const rules::Product* p = rules.product(d.classification.product);
        std::string due;
        for (const auto& uv : j.units)
            for (const auto& cv : uv.criteria)
                for (const auto& pv : cv.products)
                    if (p && pv.product == p && !pv.due.empty()) due = date::iso(pv.due.back());
        ro->set("due", null_or(due));
        ro->set("hand_in_due", hand_in_due(p, rules, due));
        ro->set("reasons", json::to_json(d.reasons));
        rejected->add(ro);
    }
    o->set("owes", owes);
    o->set("due_within_horizon", soon);
    o->set("rejected", rejected);
    return o;
}

std::string digest_text(const std::string& unit, const rules::RuleSet& rules, const judge::Judgement& j) {
    auto o = digest_json(unit, rules, j);
    std::ostringstream t;
    t << o->getValue<std::string>("name") << " — tóm tắt / digest, xét đến ngày / as of " << date::vi(j.as_of)
      << " (điểm tạm tính / provisional)\n";
    t << o->getValue<std::string>("hand_in_note") << "\n";
    auto section = [&](const char* title, const char* key) {
        auto a = o->getArray(key);
        t << "\n" << title << ": " << a->size() << "\n";
        for (std::size_t i = 0; i < a->size(); ++i) {
            auto e = a->getObject(static_cast<unsigned>(i));
            t << "  - " << (e->has("document") ? e->getValue<std::string>("document") + " " : "")
              << (e->isNull("product") ? std::string("?") : e->getValue<std::string>("product"))
              << (e->has("rule_set") ? " (" + e->getValue<std::string>("rule_set") + ")" : std::string());
            if (e->has("status")) t << " [" << e->getValue<std::string>("status") << "]";
            t << "  hạn tỉnh / province due: " << (e->isNull("due") ? std::string("—") : e->getValue<std::string>("due"))
              << "  hạn nộp nội bộ / hand-in due: "
              << (e->isNull("hand_in_due") ? std::string("—") : e->getValue<std::string>("hand_in_due"));
            if (e->has("reasons")) {
                auto rs = e->getArray("reasons");
                for (std::size_t k = 0; k < rs->size(); ++k) {
                    auto r = rs->getObject(static_cast<unsigned>(k));
                    t << "\n      " << r->getValue<std::string>("code") << ": " << r->getValue<std::string>("vi") << " / "
                      << r->getValue<std::string>("en");
                }
            }
            t << "\n";
        }
    };
    section("Còn nợ / still owed", "owes");
    section("Đến hạn trong kỳ / due within the horizon", "due_within_horizon");
    section("Bị từ chối / rejected", "rejected");
    return t.str();
}

}  // namespace kc::report
