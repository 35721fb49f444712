// rules/parse_units.h — the units registry (rules/units.yaml): units and groups.
// Pure: YAML text in, values and diagnostics out.
#pragma once
#include <string>
#include <vector>

#include "rules/ruleset.h"
#include "rules/yaml_reader.h"

namespace kc::rules {

struct UnitsFile {
    std::vector<Unit> units;
    std::vector<UnitGroup> groups;
};

// Checks levels, duplicate codes, parents and group members that name no unit,
// and aliases that would make two units match the same name.
UnitsFile parse_units(const std::string& text, const std::string& file, Diagnostics& diag);

}  // namespace kc::rules
