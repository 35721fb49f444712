// rules/hand_in.h — the internal hand-in deadline that applies to a product
// (pure). The seed's part III asks the units to report to UBND huyện via Phòng
// Nội vụ "trước ngày 30 tháng 6" (the first-half review) and "trước ngày 15
// tháng 11" (the self-assessment dossier); evidence that reaches Phòng Nội vụ
// later is flagged SUBMITTED_LATE (a warning: the document is still judged on
// its own deadline). The convention (rules/README.md, "Hand-in deadlines"):
//   choice       the product's `hand_in`, else the rule set's hand_in.default
//   none         no hand-in deadline: nothing is flagged
//   <milestone>  that milestone's date
//   YYYY-MM-DD   that date
//   auto         the first milestone on or after the product's last due date;
//                a product without a due date yet goes into the last one (the
//                self-assessment dossier); a product due after every milestone
//                (or a rule set without milestones) is handed in by its own
//                deadline, and one with neither has no hand-in deadline
//   inclusive    "Trước D" counts D as in time unless hand_in.inclusive: false
//                (then D-1), as for deadlines
//   never before a hand-in earlier than the product's own last due date gives
//                way to that date: a unit cannot be late handing in what is not
//                due yet [assumption]
// Days are calendar days in UTC+7: a drop received 23:50 on 15/11 (+07:00) is
// received on 15/11.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "rules/ruleset.h"

namespace kc::rules {

struct ResolvedHandIn {
    std::optional<Date> due;  // last day still in time; nullopt: no hand-in deadline
    std::string source;       // a milestone id | "date" | "product_deadline" | "none"
    std::string explanation_vi, explanation_en;
};

// product_due: the product's resolved due dates (sorted; empty when unknown).
ResolvedHandIn resolve_hand_in(const Product& p, const RuleSet& rules, const std::vector<Date>& product_due);

}  // namespace kc::rules
