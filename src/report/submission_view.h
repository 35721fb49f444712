// report/submission_view.h — what one submission's report says, before it is
// written as HTML or JSON (pure). Both renderers (report/submission_report.h)
// read this one view, so the .json mirrors the .html.
//
// Contract
//  - input: a submission, the rule set (units registry, products, hand-in
//    milestones) and a judgement as of a day (judge/judge.h). Deadlines,
//    points and owed come from the unit verdicts judged with that rule set:
//    its Judgement::rule_sets entry when there is one (a routed submission,
//    judge_routed), else Judgement::units.
//  - files: the submission's documents in judgement order; names as the unit
//    wrote them, personal identifiers masked (util/mask.h) and bidirectional
//    controls made visible (report_text.h visible_name); not HTML-escaped.
//  - deadlines: each file's recognised product's deadline (the first resolved
//    due date on or after the document's date, else the last) and its internal
//    hand-in deadline (rules/hand_in.h); both empty when unknown.
//  - points: leaf criteria with a product the unit leads or is expected to
//    issue (groups expanded); secured = provisional points; at risk = what
//    judge counts as at risk for those criteria. Provisional, never official.
//    When appraisals were imported, each of those criteria the province
//    appraised also carries its appraised score and the difference.
//  - owed: products the unit leads or issues that are not accepted and not
//    "not applicable" as of the day, sorted by deadline (undated last), then id.
#pragma once
#include <string>
#include <vector>

#include "core/model.h"
#include "judge/judge.h"
#include "rules/ruleset.h"

namespace kc::report {

struct ReportSigner {
    std::string name;         // certificate CN, masked
    std::string status;       // the signer's own status
    std::string signed_at;    // ISO 8601 as recorded, or empty
    std::string time_source;  // timestamp | signing_time | claimed | empty
};

struct ReportFile {
    const Document* document = nullptr;
    std::string name;            // path in the archive, masked, controls visible
    std::string criterion, product, product_title;
    std::string number;          // "191/KH-UBND" or empty
    std::string date;            // document date, ISO, or empty
    std::string subject;         // trích yếu, masked
    std::string signature;       // SignatureResult::status
    std::vector<ReportSigner> signers;
    std::string verdict;
    std::vector<Reason> reasons;  // hints filled in from core/reason.cpp
    std::string due;              // ISO or empty
    std::string hand_in_due;      // ISO or empty
    std::string deadline_note;    // the rule set's wording when there is no date ("Theo yêu cầu" …)
};

struct ReportOwed {
    const rules::Product* product = nullptr;
    std::string criterion;
    std::string role;         // lead | issuer
    std::string status;       // product status as of the day
    std::string due;          // ISO or empty
    std::string hand_in_due;  // ISO or empty
    bool overdue = false;     // due before the as-of day and not accepted
};

// One of the unit's criteria the province appraised (report/appraisal_compare.h).
struct ReportAppraised {
    std::string criterion;
    double self = 0, appraised = 0, difference = 0;  // difference = appraised − self
    bool derived = false;                            // summed from its children's appraised scores
};

struct ReportPoints {
    int criteria = 0;
    double secured = 0, at_risk = 0, max = 0;
    // The same criteria's appraised scores, in judgement order; empty when no
    // appraisal was imported (Judgement::appraisals) for them.
    std::vector<ReportAppraised> appraised;
};

struct ReportCounts {
    int accepted = 0, rejected = 0, needs_review = 0, unclassified = 0, refused = 0;
};

struct SubmissionView {
    Submission submission;  // file masked
    std::string unit_name;  // from the units registry, else the code
    Date as_of;
    int horizon_days = 14;
    ReportCounts counts;
    ReportPoints points;
    std::vector<ReportFile> files;
    std::vector<ReportOwed> owed;
};

SubmissionView submission_view(const Submission& s, const rules::RuleSet& rules, const judge::Judgement& j);

// Pieces, for tests and the digest.
std::vector<ReportOwed> owed_view(const std::string& unit, const rules::RuleSet& rules, const judge::Judgement& j);
ReportPoints unit_points(const std::string& unit, const rules::RuleSet& rules, const judge::Judgement& j);

}  // namespace kc::report
