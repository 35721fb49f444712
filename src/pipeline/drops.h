// pipeline/drops.h — turning command-line PATHs into submissions ("drops").
// A zip PATH is one submission; a folder PATH with --unit is one submission; a
// folder PATH without --unit holds one subfolder per unit whose zips and
// folders are each a submission. Pure apart from listing directories.
#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "rules/ruleset.h"
#include "util/result.h"

namespace kc {

struct Drop {
    std::filesystem::path path;
    std::string unit;     // unit code (resolved)
    bool folder = false;  // a folder submission
};

// `unit_arg` empty when --unit was not given. Errors: UNKNOWN_UNIT (exit 2, with
// the list of known units in the detail), NOT_FOUND.
Result<std::vector<Drop>> find_drops(const std::vector<std::string>& paths, const std::string& unit_arg,
                                     const rules::RuleSet& rules);
bool is_ignored_name(const std::string& file_name);  // *.part, *.tmp, ~$*, .~lock*, Thumbs.db, desktop.ini, dot files
std::string known_units_list(const rules::RuleSet& rules);

}  // namespace kc
