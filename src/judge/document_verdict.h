// judge/document_verdict.h — the verdict on one document for the product it
// was classified as (pure).
#pragma once
#include "core/model.h"
#include "rules/ruleset.h"

namespace kc::judge {

// Fills doc.verdict and appends to doc.reasons. `received_day` is the day the
// submission arrived (UTC+7), for SUBMITTED_LATE.
void judge_document(Document& doc, const rules::RuleSet& rules, const std::string& received_day);

}  // namespace kc::judge
