// rules/load_ruleset.cpp — the only place that reads rules/ files: reads them,
// hands the text to the pure parsers and gathers every problem before failing.
#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <system_error>

#include "rules/evidence_dates.h"
#include "rules/manifest.h"
#include "rules/parse_hand_in.h"
#include "rules/parse_calendar.h"
#include "rules/parse_criteria.h"
#include "rules/parse_units.h"
#include "rules/ruleset.h"
#include "rules/yaml_reader.h"

namespace kc::rules {

namespace fs = std::filesystem;

namespace {

std::optional<std::string> read_text(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

Error failure(const Diagnostics& diag) {
    std::string detail;
    for (const auto& line : diag.lines()) detail += (detail.empty() ? "" : "\n") + line;
    return Error{"RULES_INVALID", detail};
}

}  // namespace

Result<RuleSet> load_ruleset(const fs::path& rules_dir, const std::string& id) {
    Diagnostics diag;
    RuleSet rs;
    const fs::path dir = rules_dir / id;
    const std::string head_file = (dir / "ruleset.yaml").string();
    const auto head_text = read_text(dir / "ruleset.yaml");
    if (!head_text) {
        diag.error(head_file, YAML::Mark(), vi_en("không đọc được ('" + id + "' có phải bộ quy tắc trong " + rules_dir.string() + "?)",
                                                  "cannot be read (is '" + id + "' a rule set under " + rules_dir.string() + "?)"));
        return failure(diag);
    }
    const YAML::Node head = parse_yaml(*head_text, head_file, diag);
    if (!head) return failure(diag);
    MapReader r(head, head_file, diag,
                {"id", "year", "title", "assessed_unit", "provenance", "criteria", "note", "deadline_inclusive", "hand_in",
                 "evidence_dates"},
                "ruleset.yaml");
    if (!r.ok()) return failure(diag);
    rs.id = r.str("id", true);
    rs.year = r.integer("year", true).value_or(0);
    rs.title = r.str("title", true);
    rs.assessed_unit = r.str("assessed_unit", true);
    rs.provenance = r.str("provenance", true);
    const std::vector<std::string> criteria_files = r.strings("criteria", true);
    if (!rs.id.empty() && rs.id != id)
        diag.error(head_file, r.mark("id"), vi_en("id '" + rs.id + "' khác tên thư mục '" + id + "'",
                                                  "id '" + rs.id + "' differs from its folder name '" + id + "'"));
    if (r.has("year") && (rs.year < 2000 || rs.year > 2100))
        diag.error(head_file, r.mark("year"), vi_en("năm " + std::to_string(rs.year) + " không hợp lý",
                                                    "year " + std::to_string(rs.year) + " is not plausible"));

    // Units first: criteria files refer to their codes.
    const std::string units_file = (rules_dir / "units.yaml").string();
    if (const auto text = read_text(rules_dir / "units.yaml")) {
        UnitsFile units = parse_units(*text, units_file, diag);
        rs.units = std::move(units.units);
        rs.groups = std::move(units.groups);
    } else {
        diag.error(units_file, YAML::Mark(), vi_en("không đọc được (danh mục đơn vị dùng chung cho mọi bộ quy tắc)",
                                                   "cannot be read (the units registry is shared by all rule sets)"));
    }
    if (!rs.assessed_unit.empty()) {
        const Unit* u = rs.unit(rs.assessed_unit);
        if (!u)
            diag.error(head_file, r.mark("assessed_unit"), vi_en("assessed_unit '" + rs.assessed_unit + "' không phải mã đơn vị",
                                                                 "assessed_unit '" + rs.assessed_unit + "' is not a unit code"));
        else if (!u->assessed)
            diag.error(head_file, r.mark("assessed_unit"),
                       vi_en("assessed_unit '" + rs.assessed_unit + "' chưa ghi assessed: true trong units.yaml",
                             "assessed_unit '" + rs.assessed_unit + "' is not marked assessed: true in units.yaml"));
    }

    CriteriaIndex index;
    for (const auto& u : rs.units) index.unit_codes.insert(u.code);
    for (const auto& g : rs.groups) index.unit_codes.insert(g.code);
    index.default_period = std::to_string(rs.year);
    index.default_inclusive = r.boolean("deadline_inclusive").value_or(true);
    rs.hand_in = parse_hand_in(r.node("hand_in"), head_file, index.default_inclusive, diag);
    for (const auto& m : rs.hand_in.milestones) index.hand_in_milestones.insert(m.id);
    // The built-in sources, then what the rule set says.
    rs.evidence_dates = builtin_evidence_dates();
    for (const auto& [kind, source] : read_evidence_dates(r.node("evidence_dates"), head_file, "ruleset.yaml", diag, true))
        rs.evidence_dates[kind] = source;
    index.evidence_dates = rs.evidence_dates;

    // The working-day calendar is optional: without it only weekends are days off
    // (check_ruleset warns).
    const std::string calendar_file = (rules_dir / "calendar.yaml").string();
    std::error_code exists_ec;
    if (fs::exists(rules_dir / "calendar.yaml", exists_ec)) {
        if (const auto text = read_text(rules_dir / "calendar.yaml")) {
            rs.calendar = parse_calendar(*text, calendar_file, diag);
            rs.calendar_loaded = true;
        } else {
            diag.error(calendar_file, YAML::Mark(), vi_en("không đọc được", "cannot be read"));
        }
    }
    std::set<std::string> listed;
    for (const auto& rel : criteria_files) {
        listed.insert(fs::path(rel).lexically_normal().generic_string());
        const std::string file = (dir / rel).string();
        if (const auto text = read_text(dir / rel))
            parse_criteria(*text, file, index, rs.criteria, diag);
        else
            diag.error(head_file, r.mark("criteria"), vi_en("không đọc được tệp tiêu chí '" + rel + "'", "criteria file '" + rel + "' cannot be read"));
    }
    finish_criteria(rs.criteria, index, diag);

    // A YAML file nobody loads would be edited in vain: say so.
    std::error_code ec;
    for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const fs::path& p = it->path();
        if (!it->is_regular_file(ec) || p.extension() != ".yaml" || p.filename() == "ruleset.yaml") continue;
        const std::string rel = fs::relative(p, dir, ec).generic_string();
        if (!listed.count(rel))
            diag.error(p.string(), YAML::Mark(), vi_en("không có trong 'criteria' của ruleset.yaml nên sẽ bị bỏ qua",
                                                      "not listed under 'criteria' in ruleset.yaml, so it would be ignored"));
    }

    if (!diag.empty()) return failure(diag);
    auto sha = ruleset_sha256(rules_dir, id);
    if (!sha.ok()) return sha.error();
    rs.sha256 = sha.value();
    return rs;
}

}  // namespace kc::rules

namespace kc::rules {

std::vector<std::string> list_rulesets(const std::filesystem::path& rules_dir) {
    std::vector<std::string> out;
    std::error_code ec;
    for (std::filesystem::directory_iterator it(rules_dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_directory(ec) && std::filesystem::is_regular_file(it->path() / "ruleset.yaml", ec))
            out.push_back(it->path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace kc::rules
