// judge/document_verdict.h — the verdict on one document for the product it
// was classified as (pure).
#pragma once
#include <map>
#include <vector>

#include "core/model.h"
#include "rules/ruleset.h"

namespace kc::judge {

// Fills doc.verdict and appends to doc.reasons. `received_day` is the day the
// submission arrived (UTC+7), for SUBMITTED_LATE; `as_of_day` the judging day:
// a submission received after it is a replay of old evidence, and its hand-in
// is not judged (tests and audits replay 2022 evidence today).
void judge_document(Document& doc, const rules::RuleSet& rules, const std::string& received_day,
                    const std::string& as_of_day = "9999-12-31");
// The same with the due dates resolved by the caller (judge/deadlines.h): a
// product absent from `due_by_product` has no deadline yet (dates not judged).
void judge_document(Document& doc, const rules::RuleSet& rules,
                    const std::map<std::string, std::vector<Date>>& due_by_product, const std::string& received_day,
                    const std::string& as_of_day);

}  // namespace kc::judge
