#include "report/submission_view.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "report/appraisal_compare.h"
#include "report/report_text.h"
#include "rules/hand_in.h"
#include "util/mask.h"

namespace kc::report {
namespace {

bool names(const rules::RuleSet& rules, const std::vector<std::string>& codes, const std::string& unit) {
    for (const auto& c : codes) {
        if (c == unit) return true;
        for (const auto& u : rules.expand(c))
            if (u == unit) return true;
    }
    return false;
}

// "lead", "issuer" or "" (not this unit's product).
std::string role_of(const rules::Product& p, const rules::RuleSet& rules, const std::string& unit) {
    if (names(rules, p.lead_agencies, unit)) return "lead";
    if (names(rules, p.expected_issuers, unit)) return "issuer";
    return "";
}

// The unit verdicts judged with `rules`: its entry of Judgement::rule_sets when
// the submission was routed to it (judge_routed), else the primary's `units`.
const std::vector<judge::UnitVerdict>& units_of(const judge::Judgement& j, const rules::RuleSet& rules) {
    for (const auto& rs : j.rule_sets)
        if (rs.rules && (rs.rules == &rules || rs.rules->id == rules.id)) return rs.units;
    return j.units;
}

// Product id → its first verdict in the judgement's order (units, criteria,
// products), built once per view instead of a scan per file.
using VerdictOf = std::unordered_map<std::string_view, const judge::ProductVerdict*>;

VerdictOf product_verdicts(const judge::Judgement& j, const rules::RuleSet& rules) {
    VerdictOf out;
    for (const auto& uv : units_of(j, rules))
        for (const auto& cv : uv.criteria)
            for (const auto& pv : cv.products)
                if (pv.product) out.emplace(pv.product->id, &pv);
    return out;
}

const judge::ProductVerdict* product_verdict(const VerdictOf& m, const std::string& product) {
    if (product.empty()) return nullptr;
    auto it = m.find(product);
    return it == m.end() ? nullptr : it->second;
}

std::string hand_in_of(const rules::Product* p, const rules::RuleSet& rules, const std::string& due) {
    if (!p) return "";
    std::vector<Date> dues;
    if (auto d = date::parse_iso(due)) dues.push_back(*d);
    auto h = rules::resolve_hand_in(*p, rules, dues);
    return h.due ? date::iso(*h.due) : "";
}

// The deadline a document answers: the first due date on or after its own date, else the last.
std::string due_for(const std::vector<Date>& due, const std::string& document_date) {
    if (due.empty()) return "";
    if (auto d = date::parse_iso(document_date))
        for (const auto& x : due)
            if (x >= *d) return date::iso(x);
    return date::iso(due.back());
}

Reason with_hint(Reason r) {
    if (r.hint.empty() || r.hint_en.empty())
        if (auto code = reason_code_from_name(r.code)) {
            auto table = make_reason(*code);
            if (r.hint.empty()) r.hint = table.hint;
            if (r.hint_en.empty()) r.hint_en = table.hint_en;
        }
    return r;
}

ReportFile file_row(const Document& d, const rules::RuleSet& rules, const VerdictOf& verdicts) {
    ReportFile f;
    f.document = &d;
    f.name = visible_name(mask_identifiers(d.path_in_archive));
    f.criterion = d.classification.criterion;
    f.product = d.classification.product;
    const rules::Product* p = rules.product(f.product);
    if (p) f.product_title = p->title;
    if (!d.header.number.empty())
        f.number = d.header.number + (d.header.symbol.empty() ? "" : "/" + d.header.symbol);
    f.date = d.header.date;
    f.subject = mask_identifiers(d.header.subject);
    f.signature = d.signature.status;
    for (const auto& si : d.signature.signers)
        f.signers.push_back({signer_name(mask_identifiers(si.subject)), si.status, si.signed_at, si.time_source});
    f.verdict = d.verdict;
    f.reasons.reserve(d.reasons.size());
    for (const auto& r : d.reasons) f.reasons.push_back(with_hint(r));
    if (const auto* pv = product_verdict(verdicts, f.product)) {
        f.due = due_for(pv->due, d.header.date);
        f.hand_in_due = hand_in_of(p, rules, f.due);
    }
    if (f.due.empty() && p) f.deadline_note = p->deadline.note;
    return f;
}

}  // namespace

std::vector<ReportOwed> owed_view(const std::string& unit, const rules::RuleSet& rules, const judge::Judgement& j) {
    std::vector<ReportOwed> out;
    for (const auto& uv : units_of(j, rules))
        for (const auto& cv : uv.criteria)
            for (const auto& pv : cv.products) {
                if (!pv.product || pv.status == "accepted" || pv.status == "not_applicable") continue;
                auto role = role_of(*pv.product, rules, unit);
                if (role.empty()) continue;
                ReportOwed o;
                o.product = pv.product;
                o.criterion = cv.criterion ? cv.criterion->code : "";
                o.role = role;
                o.status = pv.status;
                if (!pv.due.empty()) {
                    o.due = date::iso(pv.due.back());
                    o.overdue = pv.due.back() < j.as_of;
                }
                o.hand_in_due = hand_in_of(pv.product, rules, o.due);
                out.push_back(std::move(o));
            }
    std::stable_sort(out.begin(), out.end(), [](const ReportOwed& a, const ReportOwed& b) {
        if (a.due.empty() != b.due.empty()) return !a.due.empty();
        if (a.due != b.due) return a.due < b.due;
        return a.product->id < b.product->id;
    });
    return out;
}

ReportPoints unit_points(const std::string& unit, const rules::RuleSet& rules, const judge::Judgement& j) {
    ReportPoints pts;
    const Date horizon = date::add_days(j.as_of, j.horizon_days);
    for (const auto& uv : units_of(j, rules)) {
        const UnitAppraisal ap = j.appraisals.empty() || !uv.unit ? UnitAppraisal{} : compare_appraisal(uv, j.appraisals);
        for (const auto& cv : uv.criteria) {
            if (!cv.criterion || cv.products.empty()) continue;
            bool mine = false, at_risk = cv.status == "rejected" || cv.status == "missing";
            for (const auto& pv : cv.products) {
                if (pv.product && !role_of(*pv.product, rules, unit).empty()) mine = true;
                if (pv.status == "accepted") continue;
                if (pv.status == "rejected" || pv.status == "missing") at_risk = true;
                for (const auto& d : pv.due)
                    if (d >= j.as_of && d <= horizon) at_risk = true;
            }
            if (!mine) continue;
            ++pts.criteria;
            pts.secured += cv.points_provisional;
            pts.max += cv.points_max;
            if (at_risk) pts.at_risk += cv.points_max - cv.points_provisional;
            if (auto a = ap.criteria.find(cv.criterion->code); a != ap.criteria.end())
                pts.appraised.push_back({cv.criterion->code, a->second.self, a->second.appraised, a->second.difference,
                                         a->second.derived});
        }
    }
    pts.secured = judge::round3(pts.secured);
    pts.max = judge::round3(pts.max);
    pts.at_risk = judge::round3(pts.at_risk);
    return pts;
}

SubmissionView submission_view(const Submission& s, const rules::RuleSet& rules, const judge::Judgement& j) {
    SubmissionView v;
    v.submission = s;
    v.submission.file = visible_name(mask_identifiers(s.file));
    for (auto& r : v.submission.reasons) r = with_hint(r);
    const rules::Unit* u = rules.unit(s.unit);
    v.unit_name = u ? u->name : s.unit;
    v.as_of = j.as_of;
    v.horizon_days = j.horizon_days;
    const auto verdicts = product_verdicts(j, rules);
    for (const auto& d : j.documents) {
        if (d.submission != s.id) continue;
        v.files.push_back(file_row(d, rules, verdicts));
        auto& c = v.counts;
        if (d.verdict == "accepted") ++c.accepted;
        else if (d.verdict == "needs_review") ++c.needs_review;
        else if (d.verdict == "unclassified") ++c.unclassified;
        else if (d.verdict == "refused") ++c.refused;
        else ++c.rejected;
    }
    v.points = unit_points(s.unit, rules, j);
    v.owed = owed_view(s.unit, rules, j);
    return v;
}

}  // namespace kc::report
