// rules/deadline.h — a product's deadline resolved to dates (pure functions).
//
// Contract: resolve_deadline() turns a Deadline of the rule set, the working-day
// calendar, the event dates known so far and the evaluation year into the last
// day(s) on which the product is still in time. Every date in `due` is such a
// last day, inclusive: a document dated on it is in time, one dated later is
// late. The counting convention (rules/README.md, "Counting days"):
//   absolute     the listed dates; `inclusive: false` ("strictly before D") gives D-1.
//                Fixed dates are not moved off non-working days [assumption].
//   relative     from the event date X (looked up by event_product, then event;
//                "KEY#2", "KEY#3" … are further instances, one obligation each):
//                X itself is not counted (BLDS 2015 Điều 147), then `months`
//                calendar months (day clamped to the month's end, Điều 148 k3) and
//                `days` calendar days; a positive period ending on a non-working day
//                ends on the next working day (Điều 148 k5). `working_days: true`
//                counts working days of the calendar instead. Negative offsets
//                ("15 ngày trước thời điểm kiểm tra") are not moved [assumption].
//   by_request   the date the request sets, given as the event date (key: event);
//                unresolved without it.
//   during_year  31/12 of `year`.
//   none         no deadline: due empty, resolved = true.
// resolved == false means a date this deadline depends on is not known yet: the
// verdict says no_deadline and explanation_* says which fact is missing.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "rules/calendar.h"
#include "rules/ruleset.h"

namespace kc::rules {

// Event dates known for this resolution: event name or product id → date (e.g.
// "1.3.1/sp4" → the Thông báo kết luận's date; facts entered by officers).
using EventDates = std::map<std::string, Date>;

struct ResolvedDeadline {
    std::vector<Date> due;  // sorted; one per event instance for a relative deadline
    bool resolved = false;
    std::string explanation_vi, explanation_en;
};

ResolvedDeadline resolve_deadline(const Deadline& d, const Calendar& cal, const EventDates& events, int year);

// The date `months` calendar months after `from`, the day clamped to the end of
// the month (31/01 + 1 month = 28/02 or 29/02). Negative months count back.
Date add_months(const Date& from, int months);

}  // namespace kc::rules
