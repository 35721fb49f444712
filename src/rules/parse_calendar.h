// rules/parse_calendar.h — rules/calendar.yaml: days off and compensating
// working weekend days, per year. Pure: YAML text in, values and diagnostics out.
#pragma once
#include <string>

#include "rules/calendar.h"
#include "rules/yaml_reader.h"

namespace kc::rules {

// Each entry is {date: D} or {from: D1, to: D2} with a name; ranges are
// inclusive. A day may not be both a holiday and a working weekend day, and a
// working weekend day must be a Saturday or a Sunday.
Calendar parse_calendar(const std::string& text, const std::string& file, Diagnostics& diag);

}  // namespace kc::rules
