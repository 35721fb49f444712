// Deadline resolution around its boundaries, with the shipped calendar
// (rules/calendar.yaml): the counting convention of rules/README.md.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "rules/deadline.h"
#include "rules/parse_calendar.h"
#include "rules/ruleset.h"
#include "util/date.h"

namespace {

using kc::rules::Calendar;
using kc::rules::Deadline;
using kc::rules::EventDates;

kc::Date day(const char* iso) { return *kc::date::parse_iso(iso); }

const Calendar& shipped_calendar() {
    static const Calendar cal = [] {
        auto r = kc::rules::load_ruleset(std::filesystem::path(KC_SOURCE_DIR) / "rules", "cchc-2022");
        if (!r.ok()) {
            ADD_FAILURE() << r.error().detail;
            return Calendar{};
        }
        EXPECT_TRUE(r->calendar_loaded);
        return r->calendar;
    }();
    return cal;
}

Deadline relative(int days, const std::string& event, bool working_days = false, int months = 0) {
    Deadline d;
    d.kind = "relative";
    d.days = days;
    d.months = months;
    d.event = event;
    d.working_days = working_days;
    return d;
}

Deadline absolute(std::vector<const char*> dates, bool inclusive = true) {
    Deadline d;
    d.kind = "absolute";
    for (auto s : dates) d.due.push_back(day(s));
    d.inclusive = inclusive;
    return d;
}

struct Case {
    const char* name;
    Deadline deadline;
    EventDates events;
    std::vector<const char*> due;  // empty: unresolved (or no deadline)
    bool resolved;
};

std::vector<Case> cases() {
    const std::string x = "kết thúc đợt kiểm tra";
    return {
        // relative, calendar days: the event day is not counted (Điều 147)
        {"relative_plain_weekday", relative(10, x), {{x, day("2022-11-01")}}, {"2022-11-11"}, true},
        {"relative_zero_days_is_the_event_day", relative(0, x), {{x, day("2022-11-13")}}, {"2022-11-13"}, true},
        // … a last day off work moves to the next working day (Điều 148 k5)
        {"relative_ends_on_sunday", relative(30, x), {{x, day("2022-10-14")}}, {"2022-11-14"}, true},
        {"relative_ends_on_saturday", relative(1, x), {{x, day("2022-11-11")}}, {"2022-11-14"}, true},
        {"relative_ends_in_tet_2022", relative(30, x), {{x, day("2022-01-01")}}, {"2022-02-07"}, true},
        {"relative_ends_on_2_9_2022", relative(1, x), {{x, day("2022-08-31")}}, {"2022-09-05"}, true},
        {"relative_ends_on_day_in_lieu_2023", relative(30, x), {{x, day("2023-04-03")}}, {"2023-05-04"}, true},
        // 6/5/2023 is an ordinary Saturday (no swap was announced for 2023): moved to Monday.
        {"relative_ends_on_saturday_after_30_4_2023", relative(30, x), {{x, day("2023-04-06")}}, {"2023-05-08"}, true},
        {"relative_ends_on_working_saturday", relative(30, x), {{x, day("2024-04-04")}}, {"2024-05-04"}, true},
        {"relative_ends_on_gio_to_in_lieu_2022", relative(10, x), {{x, day("2022-04-01")}}, {"2022-04-12"}, true},
        {"relative_ends_on_2_5_2022_in_lieu", relative(2, x), {{x, day("2022-04-30")}}, {"2022-05-04"}, true},
        {"relative_ends_day_before_tet", relative(30, x), {{x, day("2021-12-29")}}, {"2022-01-28"}, true},
        // months are calendar months, clamped to the month's end (Điều 148 k3)
        {"one_month_clamped_to_february", relative(0, x, false, 1), {{x, day("2022-01-31")}}, {"2022-02-28"}, true},
        {"one_month_ends_on_30_4_2022", relative(0, x, false, 1), {{x, day("2022-03-30")}}, {"2022-05-04"}, true},
        {"one_month_plain", relative(0, x, false, 1), {{x, day("2022-06-15")}}, {"2022-07-15"}, true},
        // working days
        {"working_days_across_tet_2022", relative(5, x, true), {{x, day("2022-01-27")}}, {"2022-02-10"}, true},
        {"working_days_across_tet_2023", relative(1, x, true), {{x, day("2023-01-19")}}, {"2023-01-27"}, true},
        {"working_days_onto_working_saturday", relative(1, x, true), {{x, day("2024-05-03")}}, {"2024-05-04"}, true},
        {"working_days_over_30_4_2023", relative(1, x, true), {{x, day("2023-04-28")}}, {"2023-05-04"}, true},
        {"working_days_over_weekend", relative(7, x, true), {{x, day("2022-11-14")}}, {"2022-11-23"}, true},
        {"working_days_negative_across_tet", relative(-2, x, true), {{x, day("2022-02-07")}}, {"2022-01-27"}, true},
        // negative offsets ("trước thời điểm kiểm tra 15 ngày") are not moved
        {"fifteen_days_before_inspection", relative(-15, x), {{x, day("2022-06-20")}}, {"2022-06-05"}, true},
        {"fifteen_days_before_on_weekday", relative(-15, x), {{x, day("2022-06-22")}}, {"2022-06-07"}, true},
        // one obligation per event instance
        {"one_due_per_instance", relative(10, x),
         {{x, day("2022-03-01")}, {x + "#2", day("2022-09-01")}, {x + "x", day("2022-01-01")}},
         {"2022-03-11", "2022-09-12"}, true},
        {"relative_without_event_date", relative(30, x), {{"something else", day("2022-01-01")}}, {}, false},
        // absolute: inclusive by default; never moved off a non-working day
        {"absolute_inclusive", absolute({"2022-11-15"}), {}, {"2022-11-15"}, true},
        {"absolute_exclusive", absolute({"2022-11-15"}, false), {}, {"2022-11-14"}, true},
        {"absolute_on_saturday_kept", absolute({"2022-01-15"}), {}, {"2022-01-15"}, true},
        {"absolute_several_sorted", absolute({"2022-12-12", "2022-03-12", "2022-06-12", "2022-09-12"}), {},
         {"2022-03-12", "2022-06-12", "2022-09-12", "2022-12-12"}, true},
    };
}

class ResolveDeadline : public ::testing::TestWithParam<Case> {};

TEST_P(ResolveDeadline, GivesTheLastDayInTime) {
    const Case& c = GetParam();
    auto r = kc::rules::resolve_deadline(c.deadline, shipped_calendar(), c.events, 2022);
    EXPECT_EQ(r.resolved, c.resolved);
    std::vector<std::string> got, want;
    for (const auto& d : r.due) got.push_back(kc::date::iso(d));
    for (auto s : c.due) want.push_back(s);
    EXPECT_EQ(got, want);
    EXPECT_FALSE(r.explanation_vi.empty());
    EXPECT_FALSE(r.explanation_en.empty());
}

INSTANTIATE_TEST_SUITE_P(Boundaries, ResolveDeadline, ::testing::ValuesIn(cases()),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(ResolveDeadline, EventProductComesBeforeTheEventName) {
    Deadline d = relative(30, "Thông báo kết luận");
    d.event_product = "1.3.1/sp4";
    EventDates ev{{"1.3.1/sp4", day("2022-07-01")}, {"Thông báo kết luận", day("2022-01-03")}};
    auto r = kc::rules::resolve_deadline(d, shipped_calendar(), ev, 2022);
    ASSERT_EQ(r.due.size(), 1u);
    EXPECT_EQ(kc::date::iso(r.due[0]), "2022-08-01");  // 31/07 is a Sunday
    ev.erase("1.3.1/sp4");
    r = kc::rules::resolve_deadline(d, shipped_calendar(), ev, 2022);
    EXPECT_EQ(kc::date::iso(r.due.at(0)), "2022-02-07");  // 02/02 is in Tết
}

TEST(ResolveDeadline, DuringYearEndsOnTheLastDayOfTheYear) {
    Deadline d;
    d.kind = "during_year";
    auto r = kc::rules::resolve_deadline(d, shipped_calendar(), {}, 2022);
    EXPECT_TRUE(r.resolved);
    ASSERT_EQ(r.due.size(), 1u);
    EXPECT_EQ(kc::date::iso(r.due[0]), "2022-12-31");
    r = kc::rules::resolve_deadline(d, shipped_calendar(), {}, 2023);
    EXPECT_EQ(kc::date::iso(r.due.at(0)), "2023-12-31");
}

TEST(ResolveDeadline, ByRequestWaitsForTheRequestsDate) {
    Deadline d;
    d.kind = "by_request";
    d.event = "yêu cầu của Sở Tài chính";
    auto r = kc::rules::resolve_deadline(d, shipped_calendar(), {}, 2022);
    EXPECT_FALSE(r.resolved);
    EXPECT_TRUE(r.due.empty());
    EXPECT_NE(r.explanation_vi.find("chưa nhập"), std::string::npos);
    r = kc::rules::resolve_deadline(d, shipped_calendar(), {{d.event, day("2022-03-20")}}, 2022);
    EXPECT_TRUE(r.resolved);
    ASSERT_EQ(r.due.size(), 1u);
    EXPECT_EQ(kc::date::iso(r.due[0]), "2022-03-20");  // the request's own date, a Sunday, is kept
}

TEST(ResolveDeadline, NoneMeansNoDeadline) {
    Deadline d;
    auto r = kc::rules::resolve_deadline(d, shipped_calendar(), {}, 2022);
    EXPECT_TRUE(r.resolved);
    EXPECT_TRUE(r.due.empty());
}

TEST(Calendar, WorkingDays) {
    const Calendar& cal = shipped_calendar();
    EXPECT_FALSE(cal.is_working_day(day("2022-11-13")));  // Sunday
    EXPECT_TRUE(cal.is_working_day(day("2022-11-14")));   // Monday
    EXPECT_FALSE(cal.is_working_day(day("2022-02-01")));  // mùng 1 Tết Nhâm Dần
    EXPECT_FALSE(cal.is_working_day(day("2022-01-03")));  // nghỉ bù Tết Dương lịch
    EXPECT_TRUE(cal.is_working_day(day("2024-05-04")));   // compensating Saturday
    EXPECT_FALSE(cal.is_working_day(day("2024-04-29")));  // the weekday it swapped
    // 2022 and 2023 as announced (rules/calendar.yaml, sources).
    for (const char* off : {"2022-01-29", "2022-01-31", "2022-02-04", "2022-02-06", "2022-04-11", "2022-05-02",
                            "2022-05-03", "2022-09-01", "2022-09-02", "2023-01-02", "2023-01-20", "2023-01-26",
                            "2023-05-02", "2023-05-03", "2023-09-01", "2023-09-04"})
        EXPECT_FALSE(cal.is_working_day(day(off))) << off;
    for (const char* on : {"2022-01-28", "2022-02-07", "2022-04-12", "2022-05-04", "2022-09-05", "2023-01-27",
                           "2023-05-04", "2023-09-05"})
        EXPECT_TRUE(cal.is_working_day(day(on))) << on;
    EXPECT_FALSE(cal.is_working_day(day("2023-05-06"))) << "no working Saturday was announced for 30/4/2023";
    EXPECT_EQ(kc::date::iso(cal.add_working_days(day("2022-11-14"), 0)), "2022-11-14");
    EXPECT_EQ(kc::date::iso(cal.next_working_day(day("2022-01-29"))), "2022-02-07");
}

TEST(Calendar, EveryYearFrom2021To2026HasTetAndNationalDay) {
    const Calendar& cal = shipped_calendar();
    // Tết Nguyên đán (mùng 1) and 2/9 of each year.
    for (const char* d : {"2021-02-12", "2022-02-01", "2023-01-22", "2024-02-10", "2025-01-29", "2026-02-17",
                          "2021-09-02", "2022-09-02", "2023-09-02", "2024-09-02", "2025-09-02", "2026-09-02"})
        EXPECT_TRUE(cal.holidays.count(day(d))) << d;
}

TEST(ParseCalendar, ErrorsCarryLineAndColumn) {
    kc::rules::Diagnostics diag;
    kc::rules::parse_calendar(
        "provenance: test\n"
        "holidays:\n"
        "  - {date: 2022-02-30, name: x}\n"
        "working_weekend_days:\n"
        "  - {date: 2022-11-14, name: a Monday}\n",
        "cal.yaml", diag);
    ASSERT_EQ(diag.lines().size(), 2u);
    EXPECT_EQ(diag.lines()[0].rfind("cal.yaml:3:", 0), 0u) << diag.lines()[0];
    EXPECT_NE(diag.lines()[0].find("not a real date"), std::string::npos);
    EXPECT_NE(diag.lines()[1].find("not a Saturday or a Sunday"), std::string::npos) << diag.lines()[1];
}

}  // namespace

namespace {

// `rules check` warns about what is suspicious in the seed itself.
TEST(CheckRuleset, WarnsAboutTheSeedsOwnInconsistencies) {
    auto r = kc::rules::load_ruleset(std::filesystem::path(KC_SOURCE_DIR) / "rules", "cchc-2022");
    ASSERT_TRUE(r.ok()) << r.error().detail;
    const auto warnings = kc::rules::check_ruleset(r.value());
    auto has = [&](const std::string& prefix, const std::string& part) {
        for (const auto& w : warnings)
            if (w.rfind(prefix, 0) == 0 && w.find(part) != std::string::npos) return true;
        return false;
    };
    EXPECT_TRUE(has("1.1.2: threshold:", "trên 95%")) << "plan body 95% vs appendix 90%";
    EXPECT_TRUE(has("5.6: threshold:", "trên 85%")) << "plan body 85% vs appendix 80%";
    EXPECT_TRUE(has("1.4.2: points", "0.75, not 1"));
    EXPECT_TRUE(has("1.1.2/sp1: year:", "2020")) << "Kế hoạch CCHC 2020";
    EXPECT_TRUE(has("1.1.2/sp2: year:", "31/10/2020"));
    EXPECT_TRUE(has("2.1.1/sp1: year:", "15/01/2021"));
    EXPECT_TRUE(has("6.2.a/sp1: year:", "2019"));
    EXPECT_TRUE(has("legal references: legal reference:", "43/2005/NĐ-CP"));
    EXPECT_TRUE(has("legal references: legal reference:", "16/2005/NĐ-CP"));
    EXPECT_TRUE(has("1.4.1/sp3: no deadline", ""));
    EXPECT_TRUE(has("2.3", "QPQPPL"));
    EXPECT_FALSE(has("calendar.yaml", "")) << "the shipped calendar covers 2022";
    // A plan due in December of the year before, and last year's reports, are plausible.
    EXPECT_FALSE(has("1.4.1/sp1: year:", "")) << "Trước 31/12/2021 for the 2022 plan";
}

}  // namespace
