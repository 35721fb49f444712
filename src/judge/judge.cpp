#include "judge/judge.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <set>

#include "judge/deadlines.h"
#include "judge/decide.h"
#include "judge/document_verdict.h"
#include "judge/evidence_date.h"
#include "judge/scoring.h"

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

// The first unit a document is for: its submitting unit, or the unit its
// header's issuer names (a commune's photo sent by the district office).
// `issuer_units` memoizes find_unit (it folds the text through ICU) per issuer text.
std::vector<std::string> document_units(const Document& d, const rules::RuleSet& rules,
                                        std::map<std::string, std::string>& issuer_units) {
    std::vector<std::string> out;
    if (!d.submitted_by.empty()) out.push_back(d.submitted_by);
    if (!d.header.issuer.empty()) {
        auto it = issuer_units.find(d.header.issuer);
        if (it == issuer_units.end()) {
            const rules::Unit* u = rules.find_unit(d.header.issuer);
            it = issuer_units.emplace(d.header.issuer, u ? u->code : std::string()).first;
        }
        if (!it->second.empty() && it->second != d.submitted_by) out.push_back(it->second);
    }
    return out;
}

std::string join_codes(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
    return out;
}

struct ProductInputs {
    const rules::RuleSet& rules;
    const DeadlineContext& ctx;
    const std::vector<Fact>& facts;  // in force
    std::map<std::string, std::string>& issuer_units;
};

ProductVerdict judge_product(const rules::Product& p, const std::vector<const Document*>& docs, const Date& as_of,
                             const std::vector<Date>& due, const ProductInputs& in) {
    ProductVerdict v;
    v.product = &p;
    v.due = due;
    std::set<std::string> accepted_sha, accepted_units;
    std::vector<const Document*> accepted;  // one per distinct content
    bool any_review = false, any_rejected = false;
    for (const Document* dp : docs) {
        const Document& d = *dp;
        // Only documents recognised as this product are its evidence; an
        // unclassified or refused one is reported on its own, not here.
        if (d.classification.product != p.id || d.verdict == "unclassified" || d.verdict == "refused" ||
            is_withdrawn(d))
            continue;
        v.evidence.push_back({d.id, d.sha256.value_or(""), d.pages, d.verdict});
        if (d.verdict == "accepted") {
            if (accepted_sha.insert(d.sha256.value_or(d.id)).second) accepted.push_back(&d);
            if (p.quantifier == "each_unit")
                for (const auto& u : document_units(d, in.rules, in.issuer_units)) accepted_units.insert(u);
        } else if (d.verdict == "needs_review") {
            any_review = true;
        } else {
            any_rejected = true;
        }
    }
    auto without_accepted = [&] {
        if (any_review) {
            v.status = "needs_review";
            v.reasons.push_back(make_reason(ReasonCode::NEEDS_REVIEW));
        } else if (any_rejected) {
            v.status = "rejected";
        } else {
            v.status = status_without_evidence(p, v.due, as_of, v.reasons);
        }
    };
    if (p.quantifier == "per_event") {
        auto instances = event_instances(p, in.facts);
        if (instances.empty() && p.deadline.kind == "relative") {
            // No instance entered: the one event a document dates (the Thông báo kết luận) is one instance.
            for (const auto& key : {p.deadline.event, p.deadline.event_product})
                if (auto it = in.ctx.events.find(key); !key.empty() && it != in.ctx.events.end()) {
                    instances.push_back(it->second);
                    break;
                }
        }
        if (instances.empty()) {  // the officer has not entered the events yet
            v.status = "value_needed";
            v.reasons.push_back(make_reason(ReasonCode::VALUE_NEEDED,
                                            "sự kiện/event: " + (p.deadline.event.empty() ? p.id : p.deadline.event)));
            return v;
        }
        // Each accepted document covers the latest uncovered instance on or before its date (undated: the earliest).
        std::vector<bool> covered(instances.size(), false);
        std::vector<const Document*> by_date = accepted;
        std::stable_sort(by_date.begin(), by_date.end(),
                         [](const Document* a, const Document* b) { return a->header.date < b->header.date; });
        for (const Document* d : by_date) {
            auto day = date::parse_iso(d->header.date);
            int pick = -1;
            for (int i = static_cast<int>(instances.size()) - 1; i >= 0; --i)
                if (!covered[i] && (!day || instances[i] <= *day)) {
                    pick = i;
                    if (day) break;
                }
            if (pick >= 0) covered[pick] = true;
        }
        // Each instance has its own deadline when the product's is relative to the event.
        std::vector<Date> all_due;
        std::vector<std::string> open;
        bool overdue = false;
        for (std::size_t i = 0; i < instances.size(); ++i) {
            std::vector<Date> due_i = due;
            if (p.deadline.kind == "relative") {
                // This instance alone: drop every "KEY" / "KEY#n" of the event, then set it.
                DeadlineContext c = in.ctx;
                const std::string keys[] = {p.deadline.event.empty() ? p.id : p.deadline.event, p.deadline.event_product};
                for (const auto& k : keys) {
                    if (k.empty()) continue;
                    for (auto it = c.events.begin(); it != c.events.end();)
                        it = it->first == k || it->first.rfind(k + "#", 0) == 0 ? c.events.erase(it) : std::next(it);
                    c.events[k] = instances[i];
                }
                due_i = resolve_due(p, in.rules, c);
            }
            all_due.insert(all_due.end(), due_i.begin(), due_i.end());
            if (covered[i]) continue;
            open.push_back(date::iso(instances[i]));
            if (!due_i.empty() && as_of > due_i.back()) overdue = true;
        }
        std::sort(all_due.begin(), all_due.end());
        all_due.erase(std::unique(all_due.begin(), all_due.end()), all_due.end());
        if (p.deadline.kind == "relative") v.due = all_due;
        const int have = static_cast<int>(instances.size() - open.size());
        if (open.empty()) {
            v.status = "accepted";
        } else if (have > 0) {
            v.status = "partial";
            v.reasons.push_back(make_reason(ReasonCode::MISSING, std::to_string(have) + "/" +
                                                                     std::to_string(instances.size()) +
                                                                     " sự kiện/events; thiếu/missing: " + join_codes(open)));
        } else if (any_review || any_rejected) {
            without_accepted();
        } else if (overdue) {
            v.status = "missing";
            v.reasons.push_back(make_reason(ReasonCode::MISSING, "sự kiện/events: " + join_codes(open)));
        } else {
            v.status = status_without_evidence(p, v.due, as_of, v.reasons);
        }
        return v;
    }
    if (p.quantifier == "each_unit") {
        const auto units = units_required(p, in.rules);
        if (!units.empty()) {
            std::vector<std::string> missing;
            for (const auto& u : units)
                if (!accepted_units.count(u)) missing.push_back(u);
            const int have = static_cast<int>(units.size() - missing.size());
            if (missing.empty()) {
                v.status = "accepted";
            } else if (have > 0) {
                v.status = "partial";
                v.reasons.push_back(make_reason(ReasonCode::MISSING, std::to_string(have) + "/" +
                                                                         std::to_string(units.size()) +
                                                                         " đơn vị/units; thiếu/missing: " +
                                                                         join_codes(missing)));
            } else {
                without_accepted();
            }
            return v;
        }
    }
    int needed = p.quantifier == "at_least" ? std::max(1, p.min_count) : 1;
    int have = static_cast<int>(accepted_sha.size());
    if (have >= needed) {
        v.status = "accepted";
    } else if (have > 0) {
        v.status = "partial";
        v.reasons.push_back(make_reason(ReasonCode::MISSING, std::to_string(have) + "/" + std::to_string(needed)));
    } else {
        without_accepted();
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

// Threshold / formula / count criteria: the officer's value decides the
// points; the products are still judged and shown. No value → value_needed.
void score_by_value(const rules::Criterion& c, const Fact* value, const std::vector<std::string>& statuses,
                    int accepted_products, CriterionVerdict& cv) {
    std::string evidence = statuses.empty() ? "accepted" : combine(statuses);
    if (c.scoring == "count" && !value) {
        // No fact: count the accepted recognition decisions (see judge/scoring.h).
        if (accepted_products > 0) {
            cv.status = "accepted";
            cv.points_provisional = count_points(accepted_products, cv.points_max);
            return;
        }
    }
    if (!value) {
        cv.status = evidence == "accepted" ? "value_needed" : evidence;
        if (cv.status == "not_applicable") cv.status = "value_needed";
        cv.reasons.push_back(make_reason(ReasonCode::VALUE_NEEDED, c.metric));
        return;
    }
    double points = 0;
    bool readable = true;
    if (c.scoring == "threshold") {
        auto met = threshold_met(parse_threshold(c.metric), value->value);
        readable = met.has_value();
        if (met && *met) points = cv.points_max;
        else if (met) cv.reasons.push_back(make_reason(ReasonCode::THRESHOLD_NOT_MET, value->value + " / " + c.metric));
    } else {
        auto n = parse_number(value->value);
        readable = n.has_value();
        if (n) points = c.scoring == "formula" ? formula_points(*n, cv.points_max) : count_points(*n, cv.points_max);
        if (n && points == 0) cv.reasons.push_back(make_reason(ReasonCode::THRESHOLD_NOT_MET, value->value + " / " + c.metric));
    }
    if (!readable) {
        cv.status = "value_needed";
        cv.reasons.push_back(make_reason(ReasonCode::VALUE_NEEDED, "'" + value->value + "' ≠ " + c.metric));
        return;
    }
    cv.points_provisional = points;
    cv.status = points > 0 ? "accepted" : "rejected";
}

// Leaf criteria whose points are not yet earned and that are rejected or
// missing, or have a product due within the horizon that is not accepted.
double points_at_risk(const UnitVerdict& uv, const Date& as_of, int horizon_days) {
    const Date horizon = date::add_days(as_of, horizon_days);
    double risk = 0;
    for (const auto& c : uv.criteria) {
        if (c.products.empty()) continue;
        bool at_risk = c.status == "rejected" || c.status == "missing";
        for (const auto& p : c.products) {
            if (p.status == "accepted") continue;
            if (p.status == "rejected" || p.status == "missing") at_risk = true;
            for (const auto& d : p.due)
                if (d >= as_of && d <= horizon) at_risk = true;
        }
        if (at_risk) risk += c.points_max - c.points_provisional;
    }
    return risk;
}

}  // namespace

double round3(double v) { return std::round(v * 1000.0) / 1000.0; }

std::vector<std::string> units_required(const rules::Product& p, const rules::RuleSet& rules) {
    std::vector<std::string> out;
    for (const auto& code : p.lead_agencies)
        for (const auto& u : rules.expand(code))
            if (std::find(out.begin(), out.end(), u) == out.end()) out.push_back(u);
    return out;
}

std::vector<Date> event_instances(const rules::Product& p, const std::vector<Fact>& facts) {
    std::vector<std::string> keys = {p.id};
    if (!p.deadline.event.empty()) keys.push_back(p.deadline.event);
    std::vector<Date> out;
    for (const auto& f : facts) {
        if (f.kind != "event") continue;
        bool match = false;
        for (const auto& k : keys)
            match = match || f.key == k || (f.key.size() > k.size() + 1 && f.key.compare(0, k.size() + 1, k + "#") == 0);
        if (!match) continue;
        if (auto d = date::parse_iso(f.value)) out.push_back(*d);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

Judgement judge(const rules::RuleSet& rules, const std::vector<Submission>& submissions, std::vector<Document> documents,
                const Date& as_of) {
    return judge(rules, submissions, std::move(documents), as_of, Inputs{});
}

Judgement judge(const rules::RuleSet& rules, const std::vector<Submission>& submissions, std::vector<Document> documents,
                const Date& as_of, const Inputs& inputs) {
    Judgement j;
    j.as_of = as_of;
    j.horizon_days = inputs.horizon_days;
    j.facts = facts_in_force(inputs.facts);
    std::map<std::string, std::string> received_day;
    // The day in UTC+7 the drop arrived, whatever offset its time was written with.
    for (const auto& s : submissions) {
        const auto day = day_vn_of(s.received_at);
        received_day[s.id] = day ? date::iso(*day) : s.received_at.substr(0, 10);
    }
    for (const auto& d : inputs.decisions) j.decisions[d.document].push_back(d);

    DeadlineContext ctx;
    ctx.year = rules.year;
    std::map<std::string, const Fact*> metric, not_arising;
    std::set<std::string> from_fact;  // event keys an officer entered
    std::map<std::string, Date> entered;  // document id → date entered with it (a link's posting date)
    for (const auto& f : j.facts) {
        auto day = date::parse_iso(f.value);
        if (f.kind == "event" && day) ctx.events[f.key] = *day, from_fact.insert(f.key);
        else if (f.kind == "deadline" && day) ctx.requested[f.key] = *day;
        else if (f.kind == "metric") metric[f.key] = &f;
        else if (f.kind == "not_arising") not_arising[f.key] = &f;
        else if (f.kind == "evidence_date" && day) entered[f.key] = *day;
    }
    auto due_all = [&] {
        std::map<std::string, std::vector<Date>> due;
        for (const auto& c : rules.criteria)
            for (const auto& p : c.products) due[p.id] = resolve_due(p, rules, ctx);
        return due;
    };
    const std::string as_of_day = date::iso(as_of);
    auto judge_all = [&](std::vector<Document>& docs, const std::map<std::string, std::vector<Date>>& due) {
        for (auto& d : docs) {
            auto it = j.decisions.find(d.id);
            if (it != j.decisions.end()) apply_before(d, it->second, rules);
            judge_document(d, rules, due, received_day[d.submission], as_of_day, &entered);
            if (it != j.decisions.end()) apply_after(d, it->second);
        }
    };
    // Pass 1 finds the event dates documents give: the header date of the
    // earliest accepted document of each product (e.g. the Thông báo kết luận
    // that starts 1.3.2's 30 days). An officer's event fact wins.
    std::set<std::string> event_products;
    for (const auto& c : rules.criteria)
        for (const auto& p : c.products)
            if (p.deadline.kind == "relative" && !p.deadline.event_product.empty())
                event_products.insert(p.deadline.event_product);
    if (!event_products.empty()) {
        std::vector<Document> first;
        for (const auto& d : documents) {
            auto it = j.decisions.find(d.id);
            if (it == j.decisions.end()) {
                if (event_products.count(d.classification.product)) first.push_back(d);
                continue;
            }
            Document c = d;
            apply_before(c, it->second, rules);
            if (event_products.count(c.classification.product)) first.push_back(d);
        }
        judge_all(first, due_all());
        for (const auto& d : first) {
            if (d.verdict != "accepted" || d.header.date.empty()) continue;
            auto day = date::parse_iso(d.header.date);
            if (!day) continue;
            const std::string& product = d.classification.product;
            if (from_fact.count(product)) continue;
            auto it = ctx.events.find(product);
            if (it == ctx.events.end() || *day < it->second) ctx.events[product] = *day;
        }
    }
    const auto due = due_all();
    for (const auto& d : documents) {
        if (!j.decisions.count(d.id)) continue;
        Document automatic = d;
        judge_document(automatic, rules, due, received_day[d.submission], as_of_day, &entered);
        j.automatic[d.id] = {automatic.classification.product, automatic.verdict, automatic.reasons};
    }
    judge_all(documents, due);

    std::set<std::string> seen_sha;
    for (auto& d : documents) {
        if (d.sha256 && !d.refused && !seen_sha.insert(*d.sha256).second)
            d.reasons.push_back(make_reason(ReasonCode::DUPLICATE));
        if (d.verdict == "accepted") ++j.counts.accepted;
        else if (d.verdict == "rejected") ++j.counts.rejected;
        else if (d.verdict == "needs_review") ++j.counts.needs_review;
        else if (d.verdict == "unclassified") ++j.counts.unclassified;
        else if (d.verdict == "refused") ++j.counts.refused;
    }

    // Each product's candidate documents, in input order (one pass, not one per product).
    std::map<std::string, std::vector<const Document*>> by_product;
    const std::vector<const Document*> no_documents;
    for (const auto& d : documents) by_product[d.classification.product].push_back(&d);
    Tree tree(rules);
    std::map<std::string, std::string> issuer_units;  // issuer text → unit code ("" = none)
    std::map<std::string, double> removed_of;  // criterion code → points it took out of the maximum
    for (const rules::Unit* unit : rules.assessed_units()) {
        UnitVerdict uv;
        uv.unit = unit;
        // Post-order over the criteria tree; returns the index of the node's verdict.
        std::function<CriterionVerdict(const rules::Criterion&)> visit = [&](const rules::Criterion& c) {
            CriterionVerdict cv;
            cv.criterion = &c;
            std::vector<std::string> statuses;
            double child_max = 0, child_prov = 0;
            double removed = 0;  // points of not-arising criteria below, out of this one's maximum
            std::size_t my_index = uv.criteria.size();
            uv.criteria.emplace_back();  // placeholder keeps catalogue order (parent before children)
            for (const rules::Criterion* child : tree.children[c.code]) {
                CriterionVerdict ch = visit(*child);
                statuses.push_back(ch.status);
                child_max += ch.points_max;
                removed += removed_of[child->code];
                child_prov += ch.points_provisional;
            }
            int accepted_products = 0;
            for (const auto& p : c.products) {
                auto it = by_product.find(p.id);
                cv.products.push_back(judge_product(p, it == by_product.end() ? no_documents : it->second, as_of,
                                                    due.at(p.id), ProductInputs{rules, ctx, j.facts, issuer_units}));
                statuses.push_back(cv.products.back().status);
                if (cv.products.back().status == "accepted") ++accepted_products;
            }
            cv.points_max = c.points > 0 ? std::max(0.0, c.points - removed) : child_max;
            removed_of[c.code] = removed;
            const Fact* value = metric.count(c.code) ? metric.at(c.code) : nullptr;
            if (value) {
                cv.value = value->value;
                cv.value_document = value->document;
            }
            // "Không phát sinh" on a criterion covers its sub-criteria too.
            const Fact* off = nullptr;
            for (const rules::Criterion* a = &c; a && !off; a = a->parent.empty() ? nullptr : rules.criterion(a->parent))
                if (auto it = not_arising.find(a->code); it != not_arising.end()) off = it->second;
            if (off) {
                cv.status = "not_applicable";
                removed_of[c.code] = c.points > 0 ? c.points : child_max + removed;
                cv.points_max = 0;
                cv.points_provisional = 0;
                cv.reasons.push_back(make_reason(ReasonCode::NOT_ARISING, off->document));
            } else if (c.scoring == "survey") {
                cv.status = "value_needed";
                cv.reasons.push_back(make_reason(ReasonCode::SURVEY_CRITERION));
                if (value) {
                    cv.status = "accepted";
                    cv.points_provisional = std::clamp(parse_number(value->value).value_or(0), 0.0, cv.points_max);
                }
            } else if (c.scoring == "threshold" || c.scoring == "formula" || c.scoring == "count") {
                score_by_value(c, value, statuses, accepted_products, cv);
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
            uv.groups[root->code] = {r.points_max, r.points_provisional};
        }
        uv.points_at_risk = round3(points_at_risk(uv, as_of, inputs.horizon_days));
        uv.points_max = round3(uv.points_max);
        uv.points_provisional = round3(uv.points_provisional);
        j.units.push_back(std::move(uv));
    }
    j.documents = std::move(documents);
    return j;
}

}  // namespace kc::judge
