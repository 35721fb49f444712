// rules/parse_hand_in.h — the `hand_in` block of ruleset.yaml: the internal
// hand-in deadlines (seed part III) and the default choice for products.
// Pure: YAML in, values and diagnostics out.
#pragma once
#include <string>

#include "rules/ruleset.h"
#include "rules/yaml_reader.h"

namespace kc::rules {

// Milestones come back sorted by date. Errors: unknown keys, bad or duplicate
// ids (auto and none are reserved), dates that are not real days, a default
// that names no milestone.
HandIn parse_hand_in(const YAML::Node& node, const std::string& file, bool default_inclusive, Diagnostics& diag);

}  // namespace kc::rules
