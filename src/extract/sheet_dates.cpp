#include "extract/sheet_dates.h"

#include <cmath>
#include <cstdio>

namespace kc::extract {

bool is_date_format(std::string_view code) {
    bool quoted = false;
    int bracket = 0;
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        if (quoted) {
            quoted = c != '"';
        } else if (c == '"') {
            quoted = true;
        } else if (c == '\\' || c == '_' || c == '*') {
            ++i;  // the next character is literal (or padding)
        } else if (c == '[') {
            ++bracket;
        } else if (c == ']') {
            bracket = bracket > 0 ? bracket - 1 : 0;
        } else if (bracket == 0 && (c == 'd' || c == 'D' || c == 'y' || c == 'Y')) {
            return true;
        } else if (c == ';') {
            return false;  // only the first (positive numbers) section decides
        }
    }
    return false;
}

std::string excel_date(double serial, bool date1904) {
    char buf[40];
    if (!(serial >= 1 && serial < 2958466)) {
        std::snprintf(buf, sizeof buf, "%g", serial);
        return buf;
    }
    double day_part = std::floor(serial);
    long minutes = std::lround((serial - day_part) * 24 * 60);
    if (minutes >= 24 * 60) {
        minutes = 0;
        day_part += 1;
    }
    long days = static_cast<long>(day_part);
    // days since 1970-01-01
    if (date1904) days += -24107;                 // 1904-01-01 is serial 0
    else days += days < 60 ? -25568 : -25569;     // 1900-01-01 is serial 1; serial 60 is the phantom 29/02/1900
    // civil_from_days (H. Hinnant)
    long z = days + 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const long d = doy - (153 * mp + 2) / 5 + 1;
    const long m = mp < 10 ? mp + 3 : mp - 9;
    const long y = yoe + era * 400 + (m <= 2);
    if (minutes == 0) std::snprintf(buf, sizeof buf, "%02ld/%02ld/%04ld", d, m, y);
    else std::snprintf(buf, sizeof buf, "%02ld/%02ld/%04ld %02ld:%02ld", d, m, y, minutes / 60, minutes % 60);
    return buf;
}

}  // namespace kc::extract
