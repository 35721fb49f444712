#include "rules/parse_calendar.h"

#include <chrono>
#include <set>

namespace kc::rules {
namespace {

constexpr int k_max_range_days = 31;  // the longest run of days off (Tết) is 9 days

std::vector<Date> read_days(const YAML::Node& list, const std::string& key, const std::string& file, Diagnostics& diag) {
    std::vector<Date> out;
    if (!list || list.IsNull()) return out;
    if (!list.IsSequence()) {
        diag.error(file, list.Mark(), vi_en("lịch: '" + key + "' phải là danh sách", "calendar: '" + key + "' must be a list"));
        return out;
    }
    for (const auto& item : list) {
        MapReader r(item, file, diag, {"date", "from", "to", "name", "source"}, "lịch/calendar " + key);
        if (!r.ok()) continue;
        r.str("name", true);
        auto day = [&](const char* k) {
            auto d = date::parse_iso(r.str(k));
            if (!d)
                diag.error(file, r.mark(k), vi_en("lịch: '" + r.str(k) + "' không phải ngày có thật viết YYYY-MM-DD",
                                                  "calendar: '" + r.str(k) + "' is not a real date written YYYY-MM-DD"));
            return d;
        };
        if (r.has("date") && !r.has("from") && !r.has("to")) {
            if (auto d = day("date")) out.push_back(*d);
        } else if (!r.has("date") && r.has("from") && r.has("to")) {
            auto from = day("from");
            auto to = day("to");
            if (!from || !to) continue;
            const int n = date::days_between(*from, *to);
            if (n < 0 || n > k_max_range_days) {
                const std::string n_days = std::to_string(k_max_range_days + 1);
                diag.error(file, r.mark("to"), vi_en("lịch: khoảng ngày phải đi từ trước ra sau và dài tối đa " + n_days + " ngày",
                                                     "calendar: a range runs forward and lasts at most " + n_days + " days"));
                continue;
            }
            for (int i = 0; i <= n; ++i) out.push_back(date::add_days(*from, i));
        } else {
            diag.error(file, r.mark(), vi_en("lịch: ghi 'date', hoặc 'from' và 'to'", "calendar: write either 'date' or 'from' and 'to'"));
        }
    }
    return out;
}

}  // namespace

Calendar parse_calendar(const std::string& text, const std::string& file, Diagnostics& diag) {
    Calendar cal;
    const YAML::Node root = parse_yaml(text, file, diag);
    if (!root) return cal;
    MapReader top(root, file, diag, {"provenance", "sources", "holidays", "working_weekend_days"}, "calendar.yaml");
    if (!top.ok()) return cal;
    top.str("provenance", true);
    top.strings("sources");  // where the dates were checked: kept for the reader, type-checked here
    for (const auto& d : read_days(top.node("holidays"), "holidays", file, diag)) cal.holidays.insert(d);
    for (const auto& d : read_days(top.node("working_weekend_days"), "working_weekend_days", file, diag)) {
        const std::chrono::weekday wd{std::chrono::sys_days{d}};
        if (wd != std::chrono::Saturday && wd != std::chrono::Sunday)
            diag.error(file, top.mark("working_weekend_days"),
                       vi_en("lịch: ngày làm bù " + date::iso(d) + " không phải thứ Bảy hay Chủ nhật",
                             "calendar: working weekend day " + date::iso(d) + " is not a Saturday or a Sunday"));
        if (cal.holidays.count(d))
            diag.error(file, top.mark("working_weekend_days"),
                       vi_en("lịch: " + date::iso(d) + " vừa là ngày nghỉ vừa là ngày làm việc",
                             "calendar: " + date::iso(d) + " is both a holiday and a working day"));
        cal.working_weekend_days.insert(d);
    }
    return cal;
}

}  // namespace kc::rules
