// judge/decide.h — reviewer decisions applied to a document (pure).
//
// Decisions apply in seq order. Before judging: `correct` replaces one header
// field (date, number, symbol, type, period, issuer, subject, signer);
// `reclassify` (and `accept --product P`) sets the product, classification
// status "classified", confidence 1, signal "reviewer". After judging, the last
// of accept / reject / withdraw decides the verdict: accept → accepted
// (REVIEWER_ACCEPTED; the automatic reasons stay listed), reject → rejected
// (REVIEWER_REJECTED), withdraw → rejected (WITHDRAWN) and no longer evidence.
// A later reclassify or correct does not undo an earlier accept/reject.
#pragma once
#include <vector>

#include "core/decisions.h"
#include "core/model.h"
#include "rules/ruleset.h"

namespace kc::judge {

void apply_before(Document& doc, const std::vector<Decision>& decisions, const rules::RuleSet& rules);
void apply_after(Document& doc, const std::vector<Decision>& decisions);
bool is_withdrawn(const Document& doc);

}  // namespace kc::judge
