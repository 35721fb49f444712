// extract/sheet_dates.h — spreadsheet cells that are dates. Pure functions.
//
// Contract
// - is_date_format: true when a number format code shows a date (d or y
//   outside quoted text, [colour]/[$-locale] brackets and \-escapes):
//   "dd/mm/yyyy", "d-mmm-yy", "[$-42A]dd/mm/yyyy" → true; "0.00", "#,##0",
//   "mm:ss", "\"ngày\" 0" → false.
// - excel_date: an Excel serial day number as Vietnamese "dd/mm/yyyy", plus
//   " HH:MM" when it has a time of day; 1900 system (with Excel's phantom
//   29/02/1900) or 1904 system. Serials below 1 or above 2958465 (31/12/9999)
//   are returned as the number.
#pragma once
#include <string>
#include <string_view>

namespace kc::extract {

bool is_date_format(std::string_view format_code);
std::string excel_date(double serial, bool date1904 = false);

}  // namespace kc::extract
