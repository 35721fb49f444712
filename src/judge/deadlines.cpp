#include "judge/deadlines.h"

#include <algorithm>

#include "judge/judge.h"

// Issue 3 is landing rules/deadline.{h,cpp} in parallel: use it as soon as its
// implementation is there (the header alone would not link), else the stand-in below.
#if __has_include("rules/deadline.h") && __has_include("rules/deadline.cpp")
#include "rules/deadline.h"
#define KC_HAVE_RULES_DEADLINE 1
#endif

namespace kc::judge {
namespace {

std::optional<Date> event_date(const rules::Deadline& d, const DeadlineContext& ctx) {
    // An officer's fact for the event name wins over a document's header date.
    if (!d.event.empty())
        if (auto it = ctx.events.find(d.event); it != ctx.events.end()) return it->second;
    if (!d.event_product.empty())
        if (auto it = ctx.events.find(d.event_product); it != ctx.events.end()) return it->second;
    return std::nullopt;
}

#ifdef KC_HAVE_RULES_DEADLINE
// RuleSet gains `calendar` with issue 3; until then weekends only.
template <typename R>
const rules::Calendar& calendar_of(const R& r) {
    if constexpr (requires { r.calendar; }) {
        return r.calendar;
    } else {
        static const rules::Calendar k_weekends_only{};
        return k_weekends_only;
    }
}
#else
// Stand-in until rules/deadline.h (issue 3) lands: weekends only, no holidays.
// A period ending on a non-working day ends on the next working day
// (Bộ luật Dân sự 2015, Điều 148 khoản 5).
bool working(const Date& d) {
    std::chrono::weekday wd{std::chrono::sys_days{d}};
    return wd != std::chrono::Saturday && wd != std::chrono::Sunday;
}
Date next_working(Date d) {
    while (!working(d)) d = date::add_days(d, 1);
    return d;
}
Date add_working(Date d, int n) {
    int step = n < 0 ? -1 : 1;
    for (int left = std::abs(n); left > 0;) {
        d = date::add_days(d, step);
        if (working(d)) --left;
    }
    return d;
}
#endif

}  // namespace

std::vector<Date> resolve_due(const rules::Product& p, const rules::RuleSet& rules, const DeadlineContext& ctx) {
    const rules::Deadline& d = p.deadline;
    if (d.kind == "by_request") {
        auto it = ctx.requested.find(p.id);
        if (it == ctx.requested.end()) return {};
        return {it->second};
    }
    // "Trong năm": by 31/12 of the rule set's year (rules/deadline.h says the same).
    if (d.kind == "during_year" && d.due.empty() && ctx.year > 0)
        return {Date{std::chrono::year{ctx.year}, std::chrono::December, std::chrono::day{31}}};
    if (d.kind != "relative") return due_dates(d);
    if (!event_date(d, ctx)) return {};
#ifdef KC_HAVE_RULES_DEADLINE
    rules::EventDates events(ctx.events.begin(), ctx.events.end());
    auto r = rules::resolve_deadline(d, calendar_of(rules), events, ctx.year);
    if (!r.resolved) return {};
    auto out = r.due;
    std::sort(out.begin(), out.end());
    return out;
#else
    (void)rules;
    auto from = event_date(d, ctx);
    if (!from) return {};
    Date due = d.working_days ? add_working(*from, d.days) : date::add_days(*from, d.days);
    if (d.days > 0) due = next_working(due);
    if (!d.inclusive) due = date::add_days(due, -1);
    return {due};
#endif
}

}  // namespace kc::judge
