// judge/judge.h — verdicts, as of a day. Pure: no I/O.
//
// Contract
//  - input: the rule set, every recorded submission and document (facts found
//    by the earlier stages: header, classification, signature, problems), and
//    the as-of day. as-of never filters submissions; it decides whether a
//    product without evidence is missing or not yet due.
//  - output: a Judgement: each document's verdict and reasons, each product's
//    and criterion's status with evidence and reasons, provisional points.
//  - reason codes: UNCLASSIFIED, NEEDS_REVIEW, WRONG_DOCUMENT_KIND, WRONG_PERIOD,
//    WRONG_ISSUER, NO_DOCUMENT_DATE, LATE_DOCUMENT_DATE, SIGNED_AFTER_DEADLINE,
//    UNSIGNED, SIGNATURE_*, MODIFIED_AFTER_SIGNING, CERT_EXPIRED, SUBMITTED_LATE,
//    DUPLICATE, MISSING, NOT_DUE, NO_DEADLINE, VALUE_NEEDED, SURVEY_CRITERION.
//  - the same bytes in two submissions are two occurrences but count once.
//  - deterministic: the same input gives the same output, byte for byte.
//  - facts (metric values, "không phát sinh", event dates, requested deadlines)
//    and reviewer decisions are inputs; a not-arising criterion is
//    not_applicable and leaves the maximum; relative deadlines resolve from
//    event facts or the header date of the accepted document of the event's
//    product; points are provisional.
//  - also: REVIEWER_ACCEPTED, REVIEWER_REJECTED, WITHDRAWN, NOT_ARISING, THRESHOLD_NOT_MET.
//  - the date judged against a deadline is the one the rules name for the kind
//    of evidence (judge/evidence_date.h): NO_PHOTO_DATE, NO_ENTERED_DATE; facts
//    `evidence_date` (key: document id) give a link's posting date.
//  - SUBMITTED_LATE compares the UTC+7 day of receipt with the product's
//    internal hand-in deadline (rules/hand_in.h), not with its own deadline.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "core/appraisal.h"
#include "core/decisions.h"
#include "core/model.h"
#include "rules/ruleset.h"
#include "util/date.h"

namespace kc::judge {

struct Evidence {
    std::string document;  // document id
    std::string sha256;
    int pages = 0;
    std::string status;    // the document's verdict
};

struct ProductVerdict {
    const rules::Product* product = nullptr;
    std::string status;  // accepted | partial | rejected | needs_review | missing | not_due | no_deadline | not_applicable
    std::vector<Evidence> evidence;
    std::vector<Reason> reasons;
    std::vector<Date> due;  // resolved deadlines
};

struct CriterionVerdict {
    const rules::Criterion* criterion = nullptr;
    std::string status;  // the statuses above, plus value_needed
    double points_max = 0;
    double points_provisional = 0;
    std::vector<ProductVerdict> products;
    std::vector<Reason> reasons;
    std::string value;           // threshold/formula/count/survey: the metric value in force (a fact), or empty
    std::string value_document;  // the document the officer named for it
};

struct UnitVerdict {
    const rules::Unit* unit = nullptr;
    double points_max = 0;
    double points_provisional = 0;
    std::vector<CriterionVerdict> criteria;
    struct Total { double points_max = 0, points_provisional = 0; };
    std::map<std::string, Total> groups;  // top-level criterion code → totals
    // Provisional points of products rejected, missing, or due within the horizon and not yet accepted.
    double points_at_risk = 0;
};

// What the judge would say without reviewer decisions, kept beside the decided verdict.
struct AutomaticVerdict {
    std::string product;
    std::string verdict;
    std::vector<Reason> reasons;
};

// Inputs entered by officers (catalog facts and decisions, every row: the
// judge takes the ones in force) and the look-ahead horizon.
struct Inputs {
    std::vector<Fact> facts;
    std::vector<Decision> decisions;
    int horizon_days = 14;
};

// One rule set's share of a routed judgement (judge_routed): the submissions
// routed to it, their documents, and its assessed units' totals.
struct RuleSetVerdict {
    const rules::RuleSet* rules = nullptr;
    int submissions = 0;
    int documents = 0;
    std::vector<UnitVerdict> units;
};

struct Judgement {
    Date as_of;
    std::vector<Document> documents;  // input order, with verdict and reasons filled in
    std::vector<UnitVerdict> units;   // assessed units only
    struct Counts { int accepted = 0, rejected = 0, needs_review = 0, unclassified = 0, refused = 0; } counts;
    int horizon_days = 14;
    std::map<std::string, AutomaticVerdict> automatic;          // decided documents only
    std::map<std::string, std::vector<Decision>> decisions;     // document id → its decisions, in order
    std::vector<Fact> facts;                                    // in force
    // The province's appraised scores (core/appraisal.h) in force, loaded by the caller; not judged, carried to the index.
    std::vector<Appraisal> appraisals;
    // judge_routed() only: every rule set judged, the primary first; `units`
    // above are the primary's. Empty from judge().
    std::vector<RuleSetVerdict> rule_sets;
};

Judgement judge(const rules::RuleSet& rules, const std::vector<Submission>& submissions,
                std::vector<Document> documents, const Date& as_of);
// With officers' facts and reviewer decisions (see judge/decide.h for how decisions apply).
Judgement judge(const rules::RuleSet& rules, const std::vector<Submission>& submissions,
                std::vector<Document> documents, const Date& as_of, const Inputs& inputs);

// Routed (pipeline/route.h): the documents of each submission are judged with
// the rule set it was routed to at ingest (Submission::rules names it). `others`
// are the other rule sets available; a submission naming none of them (nor the
// primary) is judged with `primary`. Each rule set sees only its own
// submissions' documents; facts and decisions apply to all. documents[] keeps
// the input order; DUPLICATE and counts are over all documents; `units` are
// the primary's and `rule_sets` lists every rule set that was judged (the
// primary always, the others when a submission was routed to them).
Judgement judge_routed(const rules::RuleSet& primary, const std::vector<const rules::RuleSet*>& others,
                       const std::vector<Submission>& submissions, std::vector<Document> documents,
                       const Date& as_of, const Inputs& inputs);

// Pieces, exposed for tests.
std::vector<Reason> signature_reasons(const SignatureResult& s, bool required, std::string& verdict);
// The last day still in time for each deadline, sorted: the date itself when the
// deadline is inclusive (the default), the day before when `inclusive: false`.
std::vector<Date> due_dates(const rules::Deadline& d);
double round3(double v);
// each_unit: the units a product needs one accepted evidence from — its lead
// agencies with groups ("all-communes") expanded from the units registry.
// A document is for its submitting unit and for the unit its header's issuer names.
std::vector<std::string> units_required(const rules::Product& p, const rules::RuleSet& rules);
// per_event: the instances of the product's event, from `event` facts in force
// keyed by the product id or its deadline's event name, one instance per key
// ("KEY" or "KEY#n", e.g. `facts set event "3.2.1/sp2#2" 2022-06-10`); sorted,
// distinct dates. None → the product is value_needed. Each accepted document
// (distinct content) covers the latest uncovered instance on or before its date.
std::vector<Date> event_instances(const rules::Product& p, const std::vector<Fact>& facts_in_force);

}  // namespace kc::judge
