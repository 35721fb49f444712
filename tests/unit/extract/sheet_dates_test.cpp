// tests/unit/extract/sheet_dates_test.cpp — spreadsheet date formats and serials.
#include <gtest/gtest.h>

#include "extract/sheet_dates.h"

namespace kc::extract {
namespace {

TEST(SheetDates, DateFormats) {
    for (const char* f : {"dd/mm/yyyy", "d-mmm-yy", "[$-42A]dd/mm/yyyy", "[Red]dd/mm/yyyy", "yyyy-mm-dd hh:mm",
                          "DD/MM/YYYY", "mm/dd/yy;@"})
        EXPECT_TRUE(is_date_format(f)) << f;
    for (const char* f : {"0.00", "#,##0", "mm:ss", "\"ngày\" 0", "General", "0%", "[h]:mm", "\\d 0", "0;\"dd\""})
        EXPECT_FALSE(is_date_format(f)) << f;
}

TEST(SheetDates, Serials1900) {
    EXPECT_EQ(excel_date(1), "01/01/1900");
    EXPECT_EQ(excel_date(59), "28/02/1900");
    EXPECT_EQ(excel_date(61), "01/03/1900");
    EXPECT_EQ(excel_date(44561), "31/12/2021");
    EXPECT_EQ(excel_date(44635.5), "15/03/2022 12:00");
    EXPECT_EQ(excel_date(44635.999999999), "16/03/2022");
}

TEST(SheetDates, Serials1904AndOutOfRange) {
    EXPECT_EQ(excel_date(0, true), "0");  // below 1: kept as the number
    EXPECT_EQ(excel_date(1, true), "02/01/1904");
    EXPECT_EQ(excel_date(43099, true), "31/12/2021");
    EXPECT_EQ(excel_date(-3), "-3");
    EXPECT_EQ(excel_date(1e9), "1e+09");
}

}  // namespace
}  // namespace kc::extract
