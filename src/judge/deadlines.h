// judge/deadlines.h — the one place the judge turns a product's deadline into
// due dates (pure). Absolute dates come from the rules; relative deadlines
// count from an event date (a fact entered by an officer, or the header date
// of the accepted document of the event's product, e.g. the Thông báo kết
// luận 1.3.1/sp4 for 1.3.2); by_request deadlines come from a `deadline` fact
// keyed by the product id. Unresolved → empty (the product has no deadline yet).
#pragma once
#include <map>
#include <string>
#include <vector>

#include "rules/ruleset.h"
#include "util/date.h"

namespace kc::judge {

struct DeadlineContext {
    std::map<std::string, Date> events;     // event name or product id → date
    std::map<std::string, Date> requested;  // product id → deadline set by another body
    int year = 0;
};

// The last day still in time for each deadline, sorted.
std::vector<Date> resolve_due(const rules::Product& p, const rules::RuleSet& rules, const DeadlineContext& ctx);

}  // namespace kc::judge
