// report/digest.h — the nightly digest for one lead agency (pure): what it
// still owes, what falls due within the horizon, what was rejected and why —
// each on both clocks: the province's deadline (the rule set's due date) and
// the internal hand-in deadline (rules/hand_in.h: the seed's 30/6 and 15/11
// milestones, or the product's own choice); `hand_in_due` is null where the
// product has none, and `hand_in_note` states the milestones.
#pragma once
#include <string>

#include <Poco/JSON/Object.h>

#include "judge/judge.h"
#include "rules/ruleset.h"

namespace kc::report {

inline constexpr const char* k_digest_schema = "kiemchung/digest/v1";

Poco::JSON::Object::Ptr digest_json(const std::string& unit, const rules::RuleSet& rules, const judge::Judgement& j);
std::string digest_text(const std::string& unit, const rules::RuleSet& rules, const judge::Judgement& j);
// Units that lead at least one product (groups expanded), sorted.
std::vector<std::string> lead_agencies(const rules::RuleSet& rules);

}  // namespace kc::report
