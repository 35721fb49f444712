#include "judge/judge.h"

#include <cmath>
#include <functional>
#include <set>

#include "judge/document_verdict.h"

namespace kc::judge {
namespace {

// Status precedence when several parts are combined (worst first).
int severity(const std::string& s) {
    static const std::vector<std::string> order = {"rejected", "missing",     "needs_review", "partial",
                                                   "value_needed", "not_due", "no_deadline",  "accepted",
                                                   "not_applicable"};
    for (std::size_t i = 0; i < order.size(); ++i)
        if (order[i] == s) return static_cast<int>(i);
    return static_cast<int>(order.size());
}

std::string combine(const std::vector<std::string>& statuses) {
    if (statuses.empty()) return "not_applicable";
    bool any_accepted = false, all_accepted = true;
    std::string worst = "not_applicable";
    for (const auto& s : statuses) {
        if (s == "accepted") any_accepted = true;
        if (s != "accepted" && s != "not_applicable") all_accepted = false;
        if (severity(s) < severity(worst)) worst = s;
    }
    if (all_accepted && any_accepted) return "accepted";
    if (any_accepted) return "partial";
    return worst;
}

std::string status_without_evidence(const rules::Product& p, const std::vector<Date>& due, const Date& as_of,
                                    std::vector<Reason>& reasons) {
    const auto& d = p.deadline;
    if (!due.empty()) {
        const Date& last = due.back();
        if (as_of > last) {
            reasons.push_back(make_reason(ReasonCode::MISSING, "hạn/due " + date::vi(last)));
            return "missing";
        }
        reasons.push_back(make_reason(ReasonCode::NOT_DUE, "hạn/due " + date::vi(last)));
        return "not_due";
    }
    reasons.push_back(make_reason(ReasonCode::NO_DEADLINE, d.note));
    return "no_deadline";
}

ProductVerdict judge_product(const rules::Product& p, const std::vector<Document>& docs, const Date& as_of) {
    ProductVerdict v;
    v.product = &p;
    v.due = due_dates(p.deadline);
    std::set<std::string> accepted_sha, accepted_units;
    bool any_review = false, any_rejected = false;
    for (const auto& d : docs) {
        // Only documents recognised as this product are its evidence; an
        // unclassified or refused one is reported on its own, not here.
        if (d.classification.product != p.id || d.verdict == "unclassified" || d.verdict == "refused") continue;
        v.evidence.push_back({d.id, d.sha256.value_or(""), d.pages, d.verdict});
        if (d.verdict == "accepted") {
            accepted_sha.insert(d.sha256.value_or(d.id));
            accepted_units.insert(d.submitted_by);
        } else if (d.verdict == "needs_review") {
            any_review = true;
        } else {
            any_rejected = true;
        }
    }
    int needed = p.quantifier == "at_least" ? std::max(1, p.min_count) : 1;
    int have = static_cast<int>(accepted_sha.size());
    if (p.quantifier == "each_unit") {
        needed = std::max<int>(1, static_cast<int>(p.lead_agencies.size()));
        have = static_cast<int>(accepted_units.size());
    }
    if (have >= needed) {
        v.status = "accepted";
    } else if (have > 0) {
        v.status = "partial";
        v.reasons.push_back(make_reason(ReasonCode::MISSING, std::to_string(have) + "/" + std::to_string(needed)));
    } else if (any_review) {
        v.status = "needs_review";
        v.reasons.push_back(make_reason(ReasonCode::NEEDS_REVIEW));
    } else if (any_rejected) {
        v.status = "rejected";
    } else {
        v.status = status_without_evidence(p, v.due, as_of, v.reasons);
    }
    return v;
}

struct Tree {
    const rules::RuleSet& rules;
    std::map<std::string, std::vector<const rules::Criterion*>> children;
    explicit Tree(const rules::RuleSet& r) : rules(r) {
        for (const auto& c : r.criteria) children[c.parent].push_back(&c);
    }
};

}  // namespace

double round3(double v) { return std::round(v * 1000.0) / 1000.0; }

Judgement judge(const rules::RuleSet& rules, const std::vector<Submission>& submissions, std::vector<Document> documents,
                const Date& as_of) {
    Judgement j;
    j.as_of = as_of;
    std::map<std::string, std::string> received_day;
    for (const auto& s : submissions) received_day[s.id] = s.received_at.substr(0, 10);

    std::set<std::string> seen_sha;
    for (auto& d : documents) {
        judge_document(d, rules, received_day[d.submission], date::iso(as_of));
        if (d.sha256 && !d.refused && !seen_sha.insert(*d.sha256).second)
            d.reasons.push_back(make_reason(ReasonCode::DUPLICATE));
        if (d.verdict == "accepted") ++j.counts.accepted;
        else if (d.verdict == "rejected") ++j.counts.rejected;
        else if (d.verdict == "needs_review") ++j.counts.needs_review;
        else if (d.verdict == "unclassified") ++j.counts.unclassified;
        else if (d.verdict == "refused") ++j.counts.refused;
    }

    Tree tree(rules);
    for (const rules::Unit* unit : rules.assessed_units()) {
        UnitVerdict uv;
        uv.unit = unit;
        // Post-order over the criteria tree; returns the index of the node's verdict.
        std::function<CriterionVerdict(const rules::Criterion&)> visit = [&](const rules::Criterion& c) {
            CriterionVerdict cv;
            cv.criterion = &c;
            std::vector<std::string> statuses;
            double child_max = 0, child_prov = 0;
            std::size_t my_index = uv.criteria.size();
            uv.criteria.emplace_back();  // placeholder keeps catalogue order (parent before children)
            for (const rules::Criterion* child : tree.children[c.code]) {
                CriterionVerdict ch = visit(*child);
                statuses.push_back(ch.status);
                child_max += ch.points_max;
                child_prov += ch.points_provisional;
            }
            int accepted_products = 0;
            for (const auto& p : c.products) {
                cv.products.push_back(judge_product(p, documents, as_of));
                statuses.push_back(cv.products.back().status);
                if (cv.products.back().status == "accepted") ++accepted_products;
            }
            cv.points_max = c.points > 0 ? c.points : child_max;
            if (c.scoring == "survey") {
                cv.status = "value_needed";
                cv.reasons.push_back(make_reason(ReasonCode::SURVEY_CRITERION));
            } else if (c.scoring == "threshold" || c.scoring == "formula" || c.scoring == "count") {
                cv.status = statuses.empty() ? "value_needed" : combine(statuses);
                if (cv.status == "accepted" || statuses.empty()) cv.status = "value_needed";
                cv.reasons.push_back(make_reason(ReasonCode::VALUE_NEEDED, c.metric));
            } else if (child_max > 0) {
                cv.status = combine(statuses);
                cv.points_provisional = cv.points_max * (child_prov / child_max);
            } else {
                cv.status = combine(statuses);
                if (!c.products.empty())
                    cv.points_provisional = cv.points_max * accepted_products / static_cast<double>(c.products.size());
                else if (!tree.children[c.code].empty())
                    cv.points_provisional = cv.status == "accepted" ? cv.points_max : 0;
            }
            cv.points_max = round3(cv.points_max);
            cv.points_provisional = round3(cv.points_provisional);
            uv.criteria[my_index] = cv;
            return cv;
        };
        for (const rules::Criterion* root : tree.children[""]) {
            CriterionVerdict r = visit(*root);
            uv.points_max += r.points_max;
            uv.points_provisional += r.points_provisional;
        }
        uv.points_max = round3(uv.points_max);
        uv.points_provisional = round3(uv.points_provisional);
        j.units.push_back(std::move(uv));
    }
    j.documents = std::move(documents);
    return j;
}

}  // namespace kc::judge
