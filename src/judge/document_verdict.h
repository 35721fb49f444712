// judge/document_verdict.h — the verdict on one document for the product it
// was classified as (pure).
#pragma once
#include <map>
#include <vector>

#include "core/model.h"
#include "rules/ruleset.h"

namespace kc::judge {

// Fills doc.verdict and appends to doc.reasons. `received_day` is the day the
// submission arrived (UTC+7, YYYY-MM-DD), for SUBMITTED_LATE; `as_of_day` the judging day:
// a submission received after it is a replay of old evidence, and its hand-in
// is not judged (tests and audits replay 2022 evidence today).
void judge_document(Document& doc, const rules::RuleSet& rules, const std::string& received_day,
                    const std::string& as_of_day = "9999-12-31");
// The same with the due dates resolved by the caller (judge/deadlines.h): a
// product absent from `due_by_product` has no deadline yet (dates not judged).
// `entered_dates`: document id → the date an officer entered with it (fact
// `evidence_date`: a web link's posting date), for evidence judged by it.
//
// Which date is judged against the product's last due date depends on the kind
// of evidence (judge/evidence_date.h): a late one rejects (LATE_DOCUMENT_DATE,
// or SIGNED_AFTER_DEADLINE for a signing time); a missing one needs review
// (NO_DOCUMENT_DATE, NO_ENTERED_DATE; a photo without an EXIF date is
// NO_PHOTO_DATE even when the product has no deadline yet). SUBMITTED_LATE is
// judged against the internal hand-in deadline that applies to the product
// (rules/hand_in.h), on the UTC+7 day the submission was received, and is a
// warning only.
void judge_document(Document& doc, const rules::RuleSet& rules,
                    const std::map<std::string, std::vector<Date>>& due_by_product, const std::string& received_day,
                    const std::string& as_of_day, const std::map<std::string, Date>* entered_dates = nullptr);

}  // namespace kc::judge
