// pipeline/route.h — which rule set a submission is judged by (pure).
//
// Contract: when several rule sets are configured (`rule_sets`), a submission
// goes to the one whose `year` is the period its documents are about:
//   - each document whose header names a period votes for the rule set of that
//     period's year, unless the rule sets' classifiers say otherwise: a document
//     recognised (by its rule set's products) as a product that declares its
//     period — a report "năm 2021" asked by the 2022 rules (6.5, 6.6.2) — votes
//     for the rule set that asks for it; claimed by several, it does not vote;
//   - the most votes win, a tie goes to the later year (this year's rules ask
//     for last year's reports, never the reverse);
//   - no vote: the rule set of the year of receipt (UTC+7);
//   - none of those: the configured rules_id, and the submission says so.
// Rule sets are told apart by year only: the submitting unit's level is not
// used yet (every shipped rule set is the district's).
#pragma once
#include <string>
#include <vector>

#include "rules/ruleset.h"

namespace kc {

struct DocumentPeriod {
    std::string period;                   // header period: "2022", "2022-Q1" … or empty
    std::vector<std::string> claimed_by;  // rule set ids asking for a product about exactly this year
};

struct Route {
    const rules::RuleSet* rules = nullptr;
    std::string basis;  // period | receipt | configured
    int votes = 0;      // documents that voted for the chosen rule set
};

// `configured` first; `others` the rest of rule_sets. received_day: YYYY-MM-DD (UTC+7).
Route route_submission(const rules::RuleSet& configured, const std::vector<const rules::RuleSet*>& others,
                       const std::vector<DocumentPeriod>& documents, const std::string& received_day);

}  // namespace kc
