// rules/manifest.h — the fingerprint of a rule set: which files, which bytes.
#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "util/result.h"

namespace kc::rules {

// Files of rules/<id>/ (recursively) plus rules/units.yaml and rules/calendar.yaml, as '/'-separated
// paths relative to rules_dir, sorted.
std::vector<std::string> ruleset_files(const std::filesystem::path& rules_dir, const std::string& id);

// SHA-256 over the manifest lines "<relative path> <sha256 of file>\n" in
// sorted order, so the same bytes give the same id on every machine.
Result<std::string> ruleset_sha256(const std::filesystem::path& rules_dir, const std::string& id);

}  // namespace kc::rules
