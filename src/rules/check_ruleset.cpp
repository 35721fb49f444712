// rules/check_ruleset.cpp — warnings that do not stop a rule set from loading.
// The seed has quirks (points that do not add up, wrong years, typos); they are
// kept visible here instead of being silently "fixed" in the data. Each warning
// is "<code or file>: message"; rules/README.md ("rules check") lists the kinds.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "rules/hand_in.h"
#include "rules/ruleset.h"
#include "rules/yaml_reader.h"
#include "util/text.h"

namespace kc::rules {
namespace {

std::string format_points(double v) {
    std::ostringstream ss;
    ss << v;
    return ss.str();
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Years written on their own ("năm 2019", "Kế hoạch CCHC 2020"): four digits
// 20xx not part of a date (dd/mm/yyyy) or a document number (43/2005/NĐ-CP).
std::vector<int> bare_years(const std::string& s) {
    std::vector<int> out;
    for (std::size_t i = 0; i + 4 <= s.size(); ++i) {
        if (s[i] != '2' || s[i + 1] != '0' || !is_digit(s[i + 2]) || !is_digit(s[i + 3])) continue;
        const char before = i > 0 ? s[i - 1] : ' ';
        const char after = i + 4 < s.size() ? s[i + 4] : ' ';
        // ':' — a standard's edition (ISO 9001:2015), not a year the rules are about.
        if (is_digit(before) || before == '/' || before == '-' || before == ':' || is_digit(after) || after == '/' ||
            after == '-')
            continue;
        out.push_back(std::stoi(s.substr(i, 4)));
    }
    return out;
}

// Dates written dd/mm/yyyy, not part of a longer number.
std::vector<Date> written_dates(const std::string& s) {
    static const std::regex re(R"((^|[^0-9/])([0-9]{1,2})/([0-9]{1,2})/(20[0-9]{2})(?![0-9/]))");
    std::vector<Date> out;
    for (std::sregex_iterator it(s.begin(), s.end(), re), end; it != end; ++it)
        if (auto d = date::make(std::stoi((*it)[4]), std::stoi((*it)[3]), std::stoi((*it)[2]))) out.push_back(*d);
    return out;
}

// Upper-case abbreviations with a doubled pair of letters ("QPQPPL" for QPPL).
std::vector<std::string> doubled_abbreviations(const std::string& s) {
    std::vector<std::string> out;
    std::string word;
    auto flush = [&] {
        if (word.size() >= 5)
            for (std::size_t i = 0; i + 4 <= word.size(); ++i)
                if (word[i] == word[i + 2] && word[i + 1] == word[i + 3] && word[i] != word[i + 1]) {
                    out.push_back(word);
                    break;
                }
        word.clear();
    };
    for (char c : s) {
        if (c >= 'A' && c <= 'Z') word += c;
        else flush();
    }
    flush();
    return out;
}

// Legal document numbers "N/YYYY/TYPE" (43/2005/NĐ-CP) cited in a text.
void collect_refs(const std::string& s, std::map<std::string, std::set<std::string>>& by_number_type) {
    static const std::regex re(R"(([0-9]+)/((?:19|20)[0-9]{2})/([^\s,;.)]+))");
    for (std::sregex_iterator it(s.begin(), s.end(), re), end; it != end; ++it)
        by_number_type[(*it)[1].str() + "/…/" + kc::text::upper((*it)[3].str())].insert((*it)[0].str());
}

struct Texts {
    std::string where;
    std::vector<const std::string*> seed_wording;  // titles, requirements, deadline notes: the seed's words
    const std::string* deadline_note = nullptr;    // dates are checked here only: elsewhere they date cited documents
};

// A product's own hand-in that is earlier than its fixed deadline gives way
// to the deadline (rules/hand_in.h): say so, the data is probably wrong.
template <typename Warn>
void check_hand_in(const Product& p, const RuleSet& rules, Warn& warn) {
    if (p.hand_in.empty() || p.hand_in == "auto" || p.hand_in == "none" || p.deadline.kind != "absolute") return;
    std::vector<Date> due = p.deadline.due;
    if (due.empty()) return;
    std::sort(due.begin(), due.end());
    const auto r = resolve_hand_in(p, rules, due);
    if (r.source == "product_deadline")
        warn(p.id, "hand-in", "hand_in '" + p.hand_in + "' sớm hơn hạn của sản phẩm " + date::vi(due.back()) + "; áp dụng hạn sản phẩm",
             "hand_in '" + p.hand_in + "' is earlier than the product's deadline " + date::vi(due.back()) +
                 "; the deadline applies");
}

}  // namespace

std::vector<std::string> check_ruleset(const RuleSet& rules) {
    std::vector<std::string> out;
    // "<where>: <category>: <Vietnamese> / <English>"; categories are stable words
    // (rules/README.md lists them), the message is bilingual.
    auto warn = [&](const std::string& where, const std::string& category, const std::string& vi, const std::string& en) {
        out.push_back(where + ": " + category + ": " + vi_en(vi, en));
    };
    if (!rules.calendar_loaded)
        warn("calendar.yaml", "calendar", "không có: chỉ thứ Bảy và Chủ nhật được tính là ngày nghỉ",
             "absent: only Saturdays and Sundays count as days off");
    else {
        bool year_listed = false;
        for (const auto& d : rules.calendar.holidays) year_listed = year_listed || static_cast<int>(d.year()) == rules.year;
        if (!year_listed)
            warn("calendar.yaml", "calendar", "không có ngày lễ nào của năm " + std::to_string(rules.year),
                 "no holidays listed for " + std::to_string(rules.year));
    }

    for (const auto& m : rules.hand_in.milestones)
        if (static_cast<int>(m.date.year()) != rules.year)
            warn("ruleset.yaml", "hand-in",
                 "mốc nộp nội bộ " + m.id + " (" + date::vi(m.date) + ") không thuộc năm " + std::to_string(rules.year),
                 "hand-in milestone " + m.id + " (" + date::vi(m.date) + ") is not in " + std::to_string(rules.year));
    std::map<std::string, double> child_sum;
    std::map<std::string, int> child_count;
    for (const auto& c : rules.criteria) {
        if (c.parent.empty()) continue;
        child_sum[c.parent] += c.points;
        ++child_count[c.parent];
    }
    std::vector<Texts> texts;
    std::map<std::string, std::set<std::string>> refs;
    for (const auto& c : rules.criteria) {
        if (child_count.count(c.code) && std::fabs(child_sum[c.code] - c.points) > 1e-9)
            warn(c.code, "points",
                 "điểm các dòng con cộng lại " + format_points(child_sum[c.code]) + ", không phải " + format_points(c.points),
                 "points of the rows below it add up to " + format_points(child_sum[c.code]) + ", not " +
                     format_points(c.points));
        if (!c.seed_discrepancy.empty())
            warn(c.code, "seed discrepancy", "văn bản gốc sai, quy tắc đã chỉnh (xem ghi chú)", c.seed_discrepancy);
        if (c.scoring != "parent" && c.scoring != "survey" && c.products.empty())
            warn(c.code, "no products", "không có sản phẩm: không nộp được gì cho tiêu chí này",
                 "no products: nothing can be submitted for it");
        if (!c.plan_body_metric.empty() && kc::text::fold(c.plan_body_metric) != kc::text::fold(c.metric))
            warn(c.code, "threshold",
                 "phần nội dung kế hoạch (dòng " + std::to_string(c.plan_body_line) + ") ghi \"" + c.plan_body_metric +
                     "\", phụ lục ghi \"" + c.metric + "\"; áp dụng phụ lục",
                 "the plan body (seed line " + std::to_string(c.plan_body_line) + ") says \"" + c.plan_body_metric +
                     "\", the appendix \"" + c.metric + "\"; the appendix is applied");
        texts.push_back({c.code, {&c.title, &c.metric}, nullptr});
        for (const auto* s : {&c.title, &c.metric, &c.note, &c.seed_discrepancy}) collect_refs(*s, refs);
        for (const auto& p : c.products) {
            if (!p.seed_discrepancy.empty())
                warn(p.id, "seed discrepancy", "văn bản gốc sai, quy tắc đã chỉnh (xem ghi chú)", p.seed_discrepancy);
            if (!p.deadline.seed_discrepancy.empty())
                warn(p.id, "seed discrepancy", "hạn trong văn bản gốc sai, quy tắc đã chỉnh (xem ghi chú)",
                     "deadline: " + p.deadline.seed_discrepancy);
            if (p.deadline.kind == "none")
                warn(p.id, "no deadline", "văn bản gốc không nêu hạn", "no deadline in the seed");
            if (p.expected_issuers.empty() && p.signature_required)
                warn(p.id, "no issuers", "văn bản ký số mà không ghi expected_issuers",
                     "signed document without expected_issuers");
            for (const auto& d : p.deadline.due)
                if (static_cast<int>(d.year()) < rules.year - 1 || static_cast<int>(d.year()) > rules.year + 1)
                    warn(p.id, "year", "năm của hạn " + std::to_string(static_cast<int>(d.year())) + " xa năm của bộ quy tắc",
                         "deadline year " + std::to_string(static_cast<int>(d.year())) + " is far from the rule set's year");
            check_hand_in(p, rules, warn);
            texts.push_back({p.id, {&p.title, &p.requirement, &p.deadline.note}, &p.deadline.note});
            for (const auto* s : {&p.title, &p.requirement, &p.note, &p.seed_discrepancy, &p.deadline.note,
                                  &p.deadline.seed_discrepancy})
                collect_refs(*s, refs);
        }
    }

    // The seed's own words: years and dates implausible for the evaluation year,
    // doubled abbreviations. A plan may be due in December of the year before.
    const Date earliest = *date::make(rules.year - 1, 12, 1);
    for (const auto& t : texts) {
        std::set<std::string> said;
        for (const auto* s : t.seed_wording) {
            for (int y : bare_years(*s))
                if (y < rules.year - 1 || y > rules.year + 1)
                    if (said.insert("y" + std::to_string(y)).second)
                        warn(t.where, "year",
                             "văn bản gốc ghi năm " + std::to_string(y) + " trong bộ quy tắc năm " + std::to_string(rules.year),
                             "the seed's text names the year " + std::to_string(y) + " in a " +
                                 std::to_string(rules.year) + " rule set");
            for (const auto& d : s == t.deadline_note ? written_dates(*s) : std::vector<Date>{})
                if (d < earliest || static_cast<int>(d.year()) > rules.year + 1)
                    if (said.insert("d" + date::iso(d)).second)
                        warn(t.where, "year",
                             "văn bản gốc ghi ngày " + date::vi(d) + ", không hợp lý với năm " + std::to_string(rules.year),
                             "the seed's text names the date " + date::vi(d) + ", implausible for " +
                                 std::to_string(rules.year));
            for (const auto& w : doubled_abbreviations(*s))
                if (said.insert("t" + w).second)
                    warn(t.where, "typo", "\"" + w + "\" có vẻ là chữ viết tắt bị lặp",
                         "\"" + w + "\" looks like a doubled abbreviation");
        }
    }
    // The same document number and type cited with different years: at most one exists.
    for (const auto& [key, cited] : refs) {
        if (cited.size() < 2) continue;
        std::string list;
        for (const auto& r : cited) list += (list.empty() ? "" : ", ") + r;
        warn("legal references", "legal reference", "cùng số văn bản nhưng khác năm: " + list + " — kiểm tra văn bản nào có thật",
             "cited with different years: " + list + " — check which exists");
    }
    return out;
}

}  // namespace kc::rules
