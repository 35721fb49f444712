#include "judge/document_verdict.h"

#include <algorithm>
#include <unordered_map>

#include "judge/evidence_date.h"
#include "judge/judge.h"
#include "judge/signer_unit.h"
#include "rules/evidence_dates.h"
#include "rules/hand_in.h"
#include "util/text.h"

namespace kc::judge {
namespace {

constexpr const char* k_accepted = "accepted";
constexpr const char* k_rejected = "rejected";
constexpr const char* k_review = "needs_review";

// Worse verdicts win: rejected > needs_review > accepted.
void worsen(std::string& verdict, const std::string& to) {
    auto rank = [](const std::string& v) { return v == k_rejected ? 2 : v == k_review ? 1 : 0; };
    if (rank(to) > rank(verdict)) verdict = to;
}

// text::fold goes through ICU; the same few names (units, issuers, kinds) come
// back for every document, so their folded forms are remembered (bounded).
std::string folded(const std::string& s) {
    thread_local std::unordered_map<std::string, std::string> cache;
    if (auto it = cache.find(s); it != cache.end()) return it->second;
    if (cache.size() > 50'000) cache.clear();
    return cache.emplace(s, text::fold(s)).first->second;
}

bool kind_matches(const rules::Product& p, const std::string& type) {
    if (p.kinds.empty() || type.empty()) return true;
    for (const auto& k : p.kinds)
        if (folded(k) == folded(type)) return true;
    return false;
}

bool only_evidence_kinds(const rules::Product& p) {
    for (const auto& k : p.kinds)
        if (k != "photo" && k != "screenshot" && k != "table" && k != "link") return false;
    return !p.kinds.empty();
}

// "2022-Q1" is about 2022; the product's period "2022" accepts any part of 2022
// only when the product itself is yearly; a quarterly product wants its quarter.
bool period_matches(const std::string& wanted, const std::string& found) {
    if (wanted.empty() || found.empty()) return true;
    if (wanted == found) return true;
    return false;
}

std::string day_of(const std::string& iso_time) { return iso_time.substr(0, 10); }

// "2022-01-20 > 2022-01-15" reads "20/01/2022 > 15/01/2022": dd/mm/yyyy in messages.
std::string after(const std::string& iso_day, const std::string& iso_due) {
    auto vi = [](const std::string& s) {
        auto d = date::parse_iso(s);
        return d ? date::vi(*d) : s;
    };
    return vi(iso_day) + " > " + vi(iso_due);
}

// Each signer's registry unit; a warning (verdict unchanged) when the units
// that signed are known and none is an expected issuer of the product.
void note_signer_units(Document& doc, const rules::Product& p, const rules::RuleSet& rules) {
    std::vector<std::string> issuers;
    for (const auto& code : p.expected_issuers)
        for (const auto& u : rules.expand(code)) issuers.push_back(u);
    bool any_known = false, any_expected = false;
    std::string units;
    for (auto& s : doc.signature.signers) {
        s.unit = signer_unit(s, rules);
        if (s.unit.empty()) continue;
        any_known = true;
        units += (units.empty() ? "" : ", ") + s.unit;
        if (std::find(issuers.begin(), issuers.end(), s.unit) != issuers.end()) any_expected = true;
    }
    if (any_known && !any_expected && !p.expected_issuers.empty())
        doc.reasons.push_back(make_reason(ReasonCode::SIGNER_NOT_EXPECTED_ISSUER, units));
}

}  // namespace

std::vector<Reason> signature_reasons(const SignatureResult& s, bool required, std::string& verdict) {
    std::vector<Reason> out;
    if (!required) return out;
    const std::string& st = s.status;
    if (st == "valid") return out;
    if (st == "absent" || st.empty()) {
        out.push_back(make_reason(ReasonCode::UNSIGNED));
        worsen(verdict, k_rejected);
    } else if (st == "untrusted") {
        out.push_back(make_reason(ReasonCode::SIGNATURE_UNTRUSTED));
        worsen(verdict, k_review);
    } else if (st == "indeterminate" || st == "not_checked") {
        out.push_back(make_reason(ReasonCode::SIGNATURE_INDETERMINATE, st == "not_checked" ? "not checked" : ""));
        worsen(verdict, k_review);
    } else if (st == "invalid") {
        out.push_back(make_reason(ReasonCode::SIGNATURE_INVALID));
        worsen(verdict, k_rejected);
    } else if (st == "modified") {
        out.push_back(make_reason(ReasonCode::MODIFIED_AFTER_SIGNING));
        worsen(verdict, k_rejected);
    } else if (st == "expired") {
        out.push_back(make_reason(ReasonCode::CERT_EXPIRED));
        worsen(verdict, k_rejected);
    }
    return out;
}

void judge_document(Document& doc, const rules::RuleSet& rules, const std::string& received_day,
                    const std::string& as_of_day) {
    std::map<std::string, std::vector<Date>> due;
    if (const rules::Product* p = rules.product(doc.classification.product)) due[p->id] = due_dates(p->deadline);
    judge_document(doc, rules, due, received_day, as_of_day);
}

void judge_document(Document& doc, const rules::RuleSet& rules,
                    const std::map<std::string, std::vector<Date>>& due_by_product, const std::string& received_day,
                    const std::string& as_of_day, const std::map<std::string, Date>* entered_dates) {
    if (doc.refused) {
        doc.verdict = "refused";
        return;
    }
    if (!doc.sha256 || has_reason(doc.reasons, ReasonCode::UNREADABLE) ||
        has_reason(doc.reasons, ReasonCode::UNSUPPORTED_FORMAT) ||
        has_reason(doc.reasons, ReasonCode::PARSER_CRASHED) ||
        has_reason(doc.reasons, ReasonCode::PARSER_TIMEOUT) ||
        has_reason(doc.reasons, ReasonCode::PARSER_OUT_OF_MEMORY)) {
        doc.verdict = k_rejected;
        if (doc.classification.status == "unclassified") doc.reasons.push_back(make_reason(ReasonCode::UNCLASSIFIED));
        return;
    }
    const Classification& c = doc.classification;
    const rules::Product* p = c.product.empty() ? nullptr : rules.product(c.product);
    if (c.status == "unclassified" || !p) {
        doc.verdict = "unclassified";
        doc.reasons.push_back(make_reason(ReasonCode::UNCLASSIFIED));
        return;
    }
    std::string verdict = k_accepted;
    if (c.status == "needs_review") {
        doc.reasons.push_back(make_reason(ReasonCode::NEEDS_REVIEW, "classification " + c.product));
        worsen(verdict, k_review);
    }
    const DocumentHeader& h = doc.header;
    const bool is_document = !only_evidence_kinds(*p);
    if (is_document && !kind_matches(*p, h.type)) {
        doc.reasons.push_back(make_reason(ReasonCode::WRONG_DOCUMENT_KIND, h.type + " ≠ " + text::trim([&] {
                                                                               std::string k;
                                                                               for (const auto& x : p->kinds) k += x + "/";
                                                                               if (!k.empty()) k.pop_back();
                                                                               return k;
                                                                           }())));
        worsen(verdict, k_rejected);
    }
    if (!period_matches(p->period, h.period)) {
        doc.reasons.push_back(make_reason(ReasonCode::WRONG_PERIOD, h.period + " ≠ " + p->period));
        worsen(verdict, k_rejected);
    }
    if (!p->expected_issuers.empty() && !h.issuer.empty()) {
        bool match = false;
        for (const auto& code : p->expected_issuers) {
            const rules::Unit* u = rules.unit(code);
            if (!u) continue;
            const std::string issuer = folded(h.issuer);
            if (issuer.find(folded(u->name)) != std::string::npos) match = true;
            for (const auto& a : u->aliases)
                if (folded(a).size() > 3 && issuer.find(folded(a)) != std::string::npos) match = true;
            if (!match)
                if (const rules::Unit* by_name = rules.find_unit(h.issuer); by_name && by_name->code == code) match = true;
        }
        if (!match) {
            doc.reasons.push_back(make_reason(ReasonCode::WRONG_ISSUER, h.issuer));
            worsen(verdict, k_review);
        }
    }
    auto due_it = due_by_product.find(p->id);
    const std::vector<Date> due = due_it == due_by_product.end() ? std::vector<Date>{} : due_it->second;
    // The date that counts for this kind of evidence (rules: evidence_dates).
    static const std::map<std::string, Date> k_none;
    const EvidenceDate ev = evidence_date(doc, *p, entered_dates ? *entered_dates : k_none);
    if (ev.source == "exif_date" && !ev.day) {
        // A photo's date is what proves it belongs to the period: without it an officer decides.
        doc.reasons.push_back(make_reason(ReasonCode::NO_PHOTO_DATE, doc.exif_date.empty() ? "EXIF" : doc.exif_date));
        worsen(verdict, k_review);
    }
    if (!due.empty()) {
        const std::string last_due = date::iso(due.back());
        if (!ev.day) {
            if (ev.source == "entered_date") {
                doc.reasons.push_back(make_reason(ReasonCode::NO_ENTERED_DATE));
                worsen(verdict, k_review);
            } else if (ev.source != "exif_date" && is_document) {
                doc.reasons.push_back(make_reason(
                    ReasonCode::NO_DOCUMENT_DATE, ev.source == "signing_time" ? "thời điểm ký số / signing time" : ""));
                worsen(verdict, k_review);
            }
        } else if (ev.source != "signing_time" && date::iso(*ev.day) > last_due) {
            // Signing times are judged below, signer by signer.
            const std::string label = ev.source == "document_date"
                                          ? ""
                                          : " (" + rules::date_source_vi(ev.source) + " / " + rules::date_source_en(ev.source) + ")";
            doc.reasons.push_back(make_reason(ReasonCode::LATE_DOCUMENT_DATE, after(date::iso(*ev.day), last_due) + label));
            worsen(verdict, k_rejected);
        }
        for (const auto& s : doc.signature.signers) {
            if ((s.time_source == "timestamp" || s.time_source == "signing_time") && !s.signed_at.empty()) {
                const auto signed_day = day_vn_of(s.signed_at);
                const std::string day = signed_day ? date::iso(*signed_day) : day_of(s.signed_at);
                if (day > last_due) {
                    doc.reasons.push_back(make_reason(ReasonCode::SIGNED_AFTER_DEADLINE, after(day, last_due)));
                    worsen(verdict, k_rejected);
                    break;
                }
            }
        }
    }
    // Handed in to Phòng Nội vụ after the internal hand-in deadline (seed part III):
    // a warning, the document is still judged on its own deadline above.
    const rules::ResolvedHandIn hand_in = rules::resolve_hand_in(*p, rules, due);
    if (hand_in.due && !received_day.empty() && received_day > date::iso(*hand_in.due) && received_day <= as_of_day)
        doc.reasons.push_back(make_reason(ReasonCode::SUBMITTED_LATE,
                                          after(received_day, date::iso(*hand_in.due)) + " (" + hand_in.source + ")"));
    auto sig = signature_reasons(doc.signature, p->signature_required && is_document, verdict);
    doc.reasons.insert(doc.reasons.end(), sig.begin(), sig.end());
    note_signer_units(doc, *p, rules);
    doc.verdict = verdict;
}

std::vector<Date> due_dates(const rules::Deadline& d) {
    std::vector<Date> out = d.due;
    // `inclusive: false` ("strictly before D"): the last day still in time is D-1.
    if (!d.inclusive)
        for (auto& x : out) x = date::add_days(x, -1);
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace kc::judge
