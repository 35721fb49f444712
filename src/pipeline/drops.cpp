#include "pipeline/drops.h"

#include <algorithm>

#include "util/text.h"

namespace kc {
namespace fs = std::filesystem;

bool is_ignored_name(const std::string& name) {
    std::string f = text::lower(name);
    auto ends = [&](const std::string& s) { return f.size() >= s.size() && f.compare(f.size() - s.size(), s.size(), s) == 0; };
    return f.empty() || f[0] == '.' || text::starts_with(f, "~$") || ends(".part") || ends(".tmp") ||
           ends(".crdownload") || f == "thumbs.db" || f == "desktop.ini";
}

std::string known_units_list(const rules::RuleSet& rules) {
    std::string out;
    for (const auto& u : rules.units) out += "  " + u.code + "  (" + u.name + ")\n";
    return out;
}

static Result<std::string> resolve_unit(const std::string& name, const rules::RuleSet& rules) {
    const rules::Unit* u = rules.find_unit(name);
    if (!u) return Error{"UNKNOWN_UNIT", "unknown unit '" + name + "'; known units:\n" + known_units_list(rules)};
    return u->code;
}

static std::vector<fs::path> sorted_children(const fs::path& dir) {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

Result<std::vector<Drop>> find_drops(const std::vector<std::string>& paths, const std::string& unit_arg,
                                     const rules::RuleSet& rules) {
    std::vector<Drop> drops;
    std::string forced;
    if (!unit_arg.empty()) {
        auto u = resolve_unit(unit_arg, rules);
        if (!u) return u.error();
        forced = *u;
    }
    for (const auto& p : paths) {
        fs::path path(p);
        std::error_code ec;
        if (!fs::exists(path, ec)) return Error{"NOT_FOUND", p + ": no such file or folder"};
        if (!fs::is_directory(path, ec)) {
            std::string unit = forced;
            if (unit.empty()) {  // a zip inside inbox/<unit>/: the folder names the unit
                auto u = resolve_unit(path.parent_path().filename().string(), rules);
                if (!u) return Error{"UNKNOWN_UNIT", p + ": give --unit (the parent folder is not a unit)\n" + u.error().detail};
                unit = *u;
            }
            drops.push_back({path, unit, false});
            continue;
        }
        if (!forced.empty()) {
            drops.push_back({path, forced, true});
            continue;
        }
        for (const auto& unit_dir : sorted_children(path)) {
            if (!fs::is_directory(unit_dir) || is_ignored_name(unit_dir.filename().string())) continue;
            auto u = resolve_unit(unit_dir.filename().string(), rules);
            if (!u) return u.error();
            for (const auto& item : sorted_children(unit_dir)) {
                if (is_ignored_name(item.filename().string()) || fs::is_symlink(item)) continue;
                drops.push_back({item, *u, fs::is_directory(item)});
            }
        }
    }
    return drops;
}

}  // namespace kc
