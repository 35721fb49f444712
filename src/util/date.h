// util/date.h — calendar dates. Every date in kiemchung is a calendar day in
// UTC+7 (Asia/Ho_Chi_Minh, no DST). Data uses YYYY-MM-DD, Vietnamese text dd/mm/yyyy.
#pragma once
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace kc {

using Date = std::chrono::year_month_day;

namespace date {
std::optional<Date> make(int y, int m, int d);  // nullopt unless a real day (no 31/02)
std::optional<Date> parse_iso(std::string_view s);  // "2022-01-05"
std::string iso(const Date& d);                     // "2022-01-05"
std::string vi(const Date& d);                      // "05/01/2022"
Date today_vn();                                    // today in UTC+7
Date add_days(const Date& d, int days);
int days_between(const Date& from, const Date& to);  // to - from
// "2022-01-05T09:30:00+07:00" for a unix time, in UTC+7.
std::string timestamp_vn(std::int64_t unix_seconds);
std::int64_t now_unix();
// Calendar day in UTC+7 of an instant.
Date day_vn(std::int64_t unix_seconds);
}  // namespace date

}  // namespace kc
