#include "rules/manifest.h"

#include <algorithm>
#include <system_error>

#include "util/hash.h"

namespace kc::rules {

namespace fs = std::filesystem;

std::vector<std::string> ruleset_files(const fs::path& rules_dir, const std::string& id) {
    std::vector<std::string> out;
    std::error_code ec;
    if (fs::is_regular_file(rules_dir / "units.yaml", ec)) out.push_back("units.yaml");
    if (fs::is_regular_file(rules_dir / "calendar.yaml", ec)) out.push_back("calendar.yaml");
    for (fs::recursive_directory_iterator it(rules_dir / id, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec)) out.push_back(fs::relative(it->path(), rules_dir, ec).generic_string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

Result<std::string> ruleset_sha256(const fs::path& rules_dir, const std::string& id) {
    std::string manifest;
    for (const auto& rel : ruleset_files(rules_dir, id)) {
        const auto digest = kc::hash::sha256_file(rules_dir / rel);
        if (!digest) return Error{"RULES_INVALID", (rules_dir / rel).string() + ":1: không đọc được / cannot be read"};
        manifest += rel + " " + *digest + "\n";
    }
    return kc::hash::sha256_hex(manifest);
}

}  // namespace kc::rules
