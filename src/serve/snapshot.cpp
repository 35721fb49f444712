#include "serve/snapshot.h"

#include <algorithm>

namespace kc::serve {

const Document* Snapshot::document(const std::string& id) const {
    auto it = document_at.find(id);
    return it == document_at.end() ? nullptr : &judgement.documents[it->second];
}

const Submission* Snapshot::submission(const std::string& id) const {
    auto it = submission_at.find(id);
    return it == submission_at.end() ? nullptr : &submissions[it->second];
}

const judge::UnitVerdict* Snapshot::assessed() const {
    for (const auto& u : judgement.units)
        if (u.unit && rules && u.unit->code == rules->assessed_unit) return &u;
    return judgement.units.empty() ? nullptr : &judgement.units.front();
}

Snapshot make_snapshot(const rules::RuleSet& rules, std::vector<Submission> submissions, judge::Judgement j,
                       std::map<std::string, std::string> folded_text) {
    Snapshot s;
    s.as_of = j.as_of;
    s.rules = &rules;
    s.submissions = std::move(submissions);
    s.judgement = std::move(j);
    s.folded_text = std::move(folded_text);
    for (std::size_t i = 0; i < s.judgement.documents.size(); ++i) s.document_at[s.judgement.documents[i].id] = i;
    for (std::size_t i = 0; i < s.submissions.size(); ++i) s.submission_at[s.submissions[i].id] = i;
    return s;
}

std::vector<UnitRisk> lead_agency_risk(const Snapshot& s) {
    std::map<std::string, UnitRisk> by;
    const auto* uv = s.assessed();
    if (!uv || !s.rules) return {};
    const Date horizon = date::add_days(s.as_of, s.judgement.horizon_days);
    for (const auto& c : uv->criteria) {
        if (c.products.empty()) continue;
        bool at_risk = c.status == "rejected" || c.status == "missing";
        std::vector<const judge::ProductVerdict*> open;
        for (const auto& p : c.products) {
            if (p.status == "accepted") continue;
            bool this_one = p.status == "rejected" || p.status == "missing";
            for (const auto& d : p.due)
                if (d >= s.as_of && d <= horizon) this_one = true;
            if (this_one) at_risk = true, open.push_back(&p);
        }
        double pts = c.points_max - c.points_provisional;
        if (!at_risk || pts <= 0) continue;
        std::map<std::string, bool> seen;
        for (const auto* p : open) {
            if (!p->product) continue;
            for (const auto& lead : p->product->lead_agencies)
                for (const auto& code : s.rules->expand(lead)) {
                    auto& r = by[code];
                    r.unit = code;
                    r.products += 1;
                    if (!seen[code]) r.points += pts, seen[code] = true;
                }
        }
    }
    std::vector<UnitRisk> out;
    for (auto& [_, r] : by) out.push_back(r);
    std::stable_sort(out.begin(), out.end(), [](const UnitRisk& a, const UnitRisk& b) {
        return a.points != b.points ? a.points > b.points : a.unit < b.unit;
    });
    return out;
}

std::vector<DueSoon> due_within_horizon(const Snapshot& s) {
    std::vector<DueSoon> out;
    const auto* uv = s.assessed();
    if (!uv) return out;
    const Date horizon = date::add_days(s.as_of, s.judgement.horizon_days);
    for (const auto& c : uv->criteria)
        for (const auto& p : c.products) {
            if (p.status == "accepted" || p.status == "not_applicable" || !p.product) continue;
            for (const auto& d : p.due)
                if (d >= s.as_of && d <= horizon) {
                    out.push_back({p.product, c.criterion ? c.criterion->code : "", p.status, d});
                    break;
                }
        }
    std::stable_sort(out.begin(), out.end(), [](const DueSoon& a, const DueSoon& b) { return a.due < b.due; });
    return out;
}

}  // namespace kc::serve
