// rules/deadline.cpp — deadline resolution; the convention is stated in
// deadline.h and rules/README.md ("Counting days").
#include "rules/deadline.h"

#include <algorithm>
#include <chrono>

namespace kc::rules {
namespace {

using namespace std::chrono;

bool is_weekend(const Date& d) {
    const weekday wd{sys_days{d}};
    return wd == Saturday || wd == Sunday;
}

std::string list_vi(const std::vector<Date>& due) {
    std::string s;
    for (const auto& d : due) s += (s.empty() ? "" : ", ") + date::vi(d);
    return s;
}

// The event instances for `key`: "KEY" itself and "KEY#2", "KEY#3" …
std::vector<Date> instances(const EventDates& events, const std::string& key) {
    std::vector<Date> out;
    if (key.empty()) return out;
    for (const auto& [name, when] : events)
        if (name == key || (name.size() > key.size() + 1 && name.compare(0, key.size(), key) == 0 &&
                            name[key.size()] == '#'))
            out.push_back(when);
    return out;
}

Date relative_due(const Deadline& d, const Calendar& cal, const Date& event) {
    if (d.working_days) return cal.add_working_days(add_months(event, d.months), d.days);
    const Date end = date::add_days(add_months(event, d.months), d.days);
    const bool counts_forward = d.months > 0 || (d.months == 0 && d.days > 0);
    return counts_forward ? cal.next_working_day(end) : end;
}

std::string period_vi(const Deadline& d) {
    std::string s;
    if (d.months) s += std::to_string(std::abs(d.months)) + " tháng";
    if (d.days || s.empty()) s += (s.empty() ? "" : " ") + std::to_string(std::abs(d.days)) +
                                   (d.working_days ? " ngày làm việc" : " ngày");
    return s;
}

std::string period_en(const Deadline& d) {
    std::string s;
    if (d.months) s += std::to_string(std::abs(d.months)) + " month(s)";
    if (d.days || s.empty()) s += (s.empty() ? "" : " ") + std::to_string(std::abs(d.days)) +
                                   (d.working_days ? " working day(s)" : " day(s)");
    return s;
}

}  // namespace

bool Calendar::is_working_day(const Date& d) const {
    if (working_weekend_days.count(d)) return true;
    if (holidays.count(d)) return false;
    return !is_weekend(d);
}

Date Calendar::add_working_days(const Date& from, int n) const {
    Date d = from;
    const int step = n >= 0 ? 1 : -1;
    for (int left = std::abs(n); left > 0;) {
        d = date::add_days(d, step);
        if (is_working_day(d)) --left;
    }
    return d;
}

Date Calendar::next_working_day(const Date& d) const {
    Date x = d;
    // A calendar cannot hold more than a few weeks of consecutive days off;
    // the bound only guards against a malformed one.
    for (int i = 0; i < 366 && !is_working_day(x); ++i) x = date::add_days(x, 1);
    return x;
}

Date add_months(const Date& from, int months) {
    const year_month ym = year_month{from.year(), from.month()} + std::chrono::months{months};
    const day last = year_month_day_last{ym.year(), month_day_last{ym.month()}}.day();
    return Date{ym.year(), ym.month(), std::min(from.day(), last)};
}

ResolvedDeadline resolve_deadline(const Deadline& d, const Calendar& cal, const EventDates& events, int year) {
    ResolvedDeadline r;
    if (d.kind == "absolute") {
        r.due = d.due;
        if (!d.inclusive)
            for (auto& x : r.due) x = date::add_days(x, -1);
        std::sort(r.due.begin(), r.due.end());
        r.resolved = true;
        r.explanation_vi = "Hạn cố định: " + list_vi(r.due) + (d.inclusive ? " (tính cả ngày đó)" : " (trước ngày ghi trong quy định)");
        r.explanation_en = "Fixed date(s): " + list_vi(r.due) + (d.inclusive ? " (the day itself counts)" : " (strictly before the stated day)");
    } else if (d.kind == "during_year") {
        r.due = {Date{std::chrono::year{year}, std::chrono::December, std::chrono::day{31}}};
        r.resolved = true;
        r.explanation_vi = "Trong năm " + std::to_string(year) + ": đến hết 31/12/" + std::to_string(year);
        r.explanation_en = "During " + std::to_string(year) + ": by 31/12/" + std::to_string(year);
    } else if (d.kind == "by_request") {
        const auto given = instances(events, d.event);
        if (given.empty()) {
            r.explanation_vi = "Thời hạn theo yêu cầu (" + d.event + "): chưa nhập ngày hạn của văn bản yêu cầu";
            r.explanation_en = "Deadline set by a request (" + d.event + "): the request's due date has not been entered";
            return r;
        }
        r.due = given;
        std::sort(r.due.begin(), r.due.end());
        r.resolved = true;
        r.explanation_vi = "Theo yêu cầu (" + d.event + "): hạn " + list_vi(r.due);
        r.explanation_en = "Set by a request (" + d.event + "): due " + list_vi(r.due);
    } else if (d.kind == "relative") {
        std::string key = d.event_product;
        auto given = instances(events, key);
        if (given.empty()) given = instances(events, key = d.event);
        if (given.empty()) {
            r.explanation_vi = "Thời hạn tính từ sự kiện \"" + d.event + "\"" +
                               (d.event_product.empty() ? "" : " (" + d.event_product + ")") + ": chưa có ngày của sự kiện";
            r.explanation_en = "Deadline counted from \"" + d.event + "\"" +
                               (d.event_product.empty() ? "" : " (" + d.event_product + ")") + ": its date is not known yet";
            return r;
        }
        for (const auto& x : given) r.due.push_back(relative_due(d, cal, x));
        std::sort(r.due.begin(), r.due.end());
        r.resolved = true;
        const bool before = d.months < 0 || (d.months == 0 && d.days < 0);
        r.explanation_vi = (before ? "Chậm nhất " + period_vi(d) + " trước " : "Chậm nhất " + period_vi(d) + " kể từ ") +
                           d.event + " (không tính ngày sự kiện" +
                           (before || d.working_days ? "" : "; hạn rơi vào ngày nghỉ thì chuyển sang ngày làm việc kế tiếp") +
                           "): " + list_vi(r.due);
        r.explanation_en = period_en(d) + (before ? " before " : " after ") + d.event + " (the event day not counted" +
                           (before || d.working_days ? "" : "; a last day off work moves to the next working day") +
                           "): " + list_vi(r.due);
    } else {
        r.resolved = true;
        r.explanation_vi = "Không có thời hạn";
        r.explanation_en = "No deadline";
    }
    return r;
}

}  // namespace kc::rules
