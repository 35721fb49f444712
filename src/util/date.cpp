#include "util/date.h"

#include <cstdio>

namespace kc::date {
using namespace std::chrono;

static constexpr int k_utc_offset_seconds = 7 * 3600;

std::optional<Date> make(int y, int m, int d) {
    Date ymd{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
    if (m < 1 || m > 12 || d < 1 || !ymd.ok()) return std::nullopt;
    return ymd;
}

std::optional<Date> parse_iso(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    int y = 0, m = 0, d = 0;
    if (std::sscanf(std::string(s).c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3) return std::nullopt;
    return make(y, m, d);
}

std::string iso(const Date& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(d.year()), unsigned(d.month()), unsigned(d.day()));
    return buf;
}

std::string vi(const Date& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02u/%02u/%04d", unsigned(d.day()), unsigned(d.month()), int(d.year()));
    return buf;
}

std::int64_t now_unix() {
    return duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
}

Date day_vn(std::int64_t unix_seconds) {
    return Date{floor<days>(sys_seconds{seconds{unix_seconds + k_utc_offset_seconds}})};
}

Date today_vn() { return day_vn(now_unix()); }

Date add_days(const Date& d, int n) { return Date{sys_days{d} + days{n}}; }

int days_between(const Date& from, const Date& to) {
    return static_cast<int>((sys_days{to} - sys_days{from}).count());
}

std::string timestamp_vn(std::int64_t unix_seconds) {
    auto local = sys_seconds{seconds{unix_seconds + k_utc_offset_seconds}};
    auto dp = floor<days>(local);
    hh_mm_ss hms{local - dp};
    char buf[40];
    std::snprintf(buf, sizeof buf, "%sT%02ld:%02ld:%02ld+07:00", iso(Date{dp}).c_str(),
                  static_cast<long>(hms.hours().count()), static_cast<long>(hms.minutes().count()),
                  static_cast<long>(hms.seconds().count()));
    return buf;
}

}  // namespace kc::date
