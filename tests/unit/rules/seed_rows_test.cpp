// Every row of the seed's appendix (groups 1–8, "DỰ THẢO PHỤ LỤC" to the end)
// is in the rule set at its source line: per group the same rows, coded rows
// under the same code, and the points the row's title cell states.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <vector>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "rules/ruleset.h"

namespace {

namespace fs = std::filesystem;

struct SeedRow {
    int line = 0;
    std::string code;   // empty for an uncoded row (under 1.2 and 1.4.2)
    std::string group;  // the group it belongs to
    std::optional<double> points;  // "…: 0,5đ" in its title cell
};

// The seed lives beside the repository (conventions: ../shared/seed).
fs::path seed_file() { return fs::path(KC_SOURCE_DIR).parent_path() / "shared" / "seed" / "ke-hoach-nang-cao-chi-so-cchc-2022.txt"; }

bool all_capitals(const std::string& s) {
    for (unsigned char c : s)
        if (c >= 'a' && c <= 'z') return false;
    return true;
}

std::vector<SeedRow> appendix_rows() {
    std::ifstream in(seed_file());
    std::vector<SeedRow> rows;
    std::string line, group;
    bool in_appendix = false;
    static const std::regex coded(R"(^([1-9][0-9]*(?:\.[0-9]+)*)\t(?:<p>)?([^\t]*))");
    static const std::regex uncoded(R"(^\t([^\t]+))");
    static const std::regex points(R"(:\s*([0-9]+(?:,[0-9]+)?)\s*đ)");
    for (int n = 1; std::getline(in, line); ++n) {
        if (line.rfind("DỰ THẢO PHỤ LỤC", 0) == 0) in_appendix = true;
        if (!in_appendix) continue;
        std::smatch m;
        SeedRow row;
        row.line = n;
        std::string title;
        if (std::regex_search(line, m, coded)) {
            row.code = m[1];
            title = m[2];
            group = row.code.substr(0, row.code.find('.'));
        } else if (std::regex_search(line, m, uncoded) && !group.empty()) {
            title = m[1];
            // Lower-case starts continue the cell above; capitals continue a group's title.
            const unsigned char first = static_cast<unsigned char>(title[0]);
            if ((first >= 'a' && first <= 'z') || all_capitals(title.substr(0, title.find(':')))) continue;
            if (first < 'A' || (first > 'Z' && first < 0x80)) continue;
        } else {
            continue;
        }
        row.group = group;
        std::smatch pm;
        if (std::regex_search(title, pm, points)) {
            std::string v = pm[1];
            if (auto c = v.find(','); c != std::string::npos) v[c] = '.';
            row.points = std::stod(v);
        }
        rows.push_back(row);
    }
    return rows;
}

TEST(SeedRows, EveryAppendixRowIsInTheRulesAtItsLine) {
    if (!fs::exists(seed_file())) GTEST_SKIP() << "seed not found at " << seed_file();
    auto r = kc::rules::load_ruleset(fs::path(KC_SOURCE_DIR) / "rules", "cchc-2022");
    ASSERT_TRUE(r.ok()) << r.error().detail;
    const auto rows = appendix_rows();
    ASSERT_GT(rows.size(), 100u);

    std::map<std::string, int> seed_per_group, rules_per_group;
    std::map<int, std::vector<const kc::rules::Criterion*>> by_line;
    for (const auto& c : r->criteria) by_line[c.seed_line].push_back(&c);
    for (const auto& row : rows) {
        ++seed_per_group[row.group];
        auto it = by_line.find(row.line);
        ASSERT_NE(it, by_line.end()) << "seed line " << row.line << " (" << (row.code.empty() ? "uncoded" : row.code)
                                     << ") is not in the rules";
        const auto* c = it->second.front();
        if (!row.code.empty()) {
            EXPECT_EQ(c->code, row.code) << "seed line " << row.line;
        } else {
            EXPECT_NE(c->code.find_last_of("abcdefghij"), std::string::npos) << "seed line " << row.line << ": " << c->code;
        }
        EXPECT_EQ(c->group, row.group) << c->code;
        if (row.points) EXPECT_DOUBLE_EQ(c->points, *row.points) << c->code << " at seed line " << row.line;
    }
    // And nothing in groups 1–8 that the appendix does not have (6.2.a shares 6.2's line: its product moved down).
    std::set<int> seed_lines;
    for (const auto& row : rows) seed_lines.insert(row.line);
    for (const auto& c : r->criteria) {
        if (c.group == "9") continue;
        ++rules_per_group[c.group];
        EXPECT_TRUE(seed_lines.count(c.seed_line)) << c.code << " claims seed line " << c.seed_line;
    }
    --rules_per_group["6"];  // 6.2.a
    EXPECT_EQ(seed_per_group, rules_per_group);
    // The counts as transcribed (coded and uncoded rows, group headers included).
    const std::map<std::string, int> expected = {{"1", 16}, {"2", 7}, {"3", 23}, {"4", 12},
                                                 {"5", 21}, {"6", 17}, {"7", 22}, {"8", 5}};
    EXPECT_EQ(seed_per_group, expected);
}

}  // namespace
