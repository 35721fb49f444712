// rules/calendar.h — the working-day calendar of a rule set (rules/calendar.yaml,
// shared by every rule set): public holidays as the government announces them
// each year (Tết, Giỗ Tổ Hùng Vương, 30/4, 1/5, 2/9 … and the days taken in
// lieu) and the Saturdays/Sundays worked in compensation for a swapped day.
//
// Contract: pure values. A day is a working day when it is a compensating
// working weekend day, or a Monday–Friday that is not a holiday. A year the
// file does not list has weekends as its only non-working days.
#pragma once
#include <set>

#include "util/date.h"

namespace kc::rules {

struct Calendar {
    std::set<Date> holidays;              // every day off, weekend days inside a Tết range included
    std::set<Date> working_weekend_days;  // Saturdays/Sundays worked in compensation
    bool is_working_day(const Date& d) const;
    // The n-th working day after `from` (from itself not counted); n < 0 counts
    // backwards (the n-th working day before `from`); n == 0 gives `from`.
    Date add_working_days(const Date& from, int n) const;
    // `d` if it is a working day, else the first working day after it.
    Date next_working_day(const Date& d) const;
};

}  // namespace kc::rules
