// Place and date line, and the stamp time. "First date in the text" picks wrong
// dates (domain notes §6), so only a line shaped like the decree's date line is
// read, and a date that is not a real day is rejected rather than guessed.
#include <regex>

#include "understand/header_parts.h"
#include "understand/text_lines.h"
#include "util/date.h"
#include "util/text.h"

namespace kc::understand::detail {
namespace {

constexpr std::size_t k_max_date_line = 300;  // bytes: "Thành phố …, ngày 30 tháng 12 năm 2021" is < 100

// Digits with OCR look-alikes and stray single spaces ("2O21", "3 0"); keyed text is lower case.
const char* const k_dg = "([0-9oil](?: ?[0-9oil])*)";

int digits_value(const std::string& raw, bool* repaired) {
    std::string d;
    for (char c : raw) {
        if (c == ' ') {
            *repaired = true;
            continue;
        }
        int v = ocr_digit(c);
        if (v < 0) return -1;
        if (c < '0' || c > '9') *repaired = true;
        d += static_cast<char>('0' + v);
    }
    if (d.empty() || d.size() > 4) return -1;
    return std::stoi(d);
}

bool plausible_place(const std::string& place) {
    if (place.empty()) return true;
    int words = 1;
    for (char c : place) {
        if (c >= '0' && c <= '9') return false;
        if (c == ':' || c == ';' || c == '/') return false;
        if (c == ' ') ++words;
    }
    return words <= 6;
}

}  // namespace

std::optional<DateLine> parse_date_line(std::string_view line) {
    static const std::regex k_words(std::string("^ngay ") + k_dg + " thang " + k_dg + " nam " + k_dg + "\\b");
    static const std::regex k_numeric(std::string("^(?:ngay )?") + k_dg + " ?[/.-] ?" + k_dg + " ?[/.-] ?" + k_dg + "\\b");
    // A date line is short. std::regex recurses per repeated character, so a long run of
    // digits would overflow the stack (found by feeding the parser a 200,000-character line).
    if (line.size() > k_max_date_line) return std::nullopt;
    std::string s = kc::text::trim(line);
    std::string place, right = s;
    auto comma = s.find(',');
    if (comma != std::string::npos) {
        place = kc::text::trim(s.substr(0, comma));
        right = s.substr(comma + 1);
    }
    // keyed text drops '/', '.', '-': match the numeric form on the folded text instead
    std::string k = key(right);
    std::string f = squash(kc::text::fold(kc::text::trim(right)));
    std::smatch m;
    DateLine out;
    static const std::regex k_blank("^ngay thang(?: [0-9]{1,2})? nam(?: [0-9]{4})?$");
    if (std::regex_search(k, m, k_blank) && plausible_place(place)) {
        out.place = place;
        out.notes.push_back("ngày văn bản để trống (có thể được cấp khi ký số) / document date blank (may be stamped at signing)");
        return out;
    }
    if (std::regex_search(k, m, k_words)) {
        // fine
    } else if (std::regex_search(f, m, k_numeric)) {
        out.numeric = true;
    } else {
        return std::nullopt;
    }
    if (!plausible_place(place)) return std::nullopt;
    if (comma == std::string::npos && !out.numeric && k.rfind("ngay", 0) != 0) return std::nullopt;
    if (comma == std::string::npos && out.numeric && f.rfind("ngay", 0) != 0) return std::nullopt;
    out.place = place;
    int d = digits_value(m[1].str(), &out.repaired);
    int mo = digits_value(m[2].str(), &out.repaired);
    int y = digits_value(m[3].str(), &out.repaired);
    std::string shown = m[1].str() + "/" + m[2].str() + "/" + m[3].str();
    auto date = (y >= 2000 && y <= 2100 && d > 0 && mo > 0) ? kc::date::make(y, mo, d) : std::nullopt;
    if (!date) {
        out.notes.push_back("ngày văn bản không hợp lệ: " + shown + " / document date is not a real day: " + shown);
        return out;
    }
    out.iso = kc::date::iso(*date);
    if (out.repaired)
        out.notes.push_back("ngày văn bản đã sửa lỗi nhận dạng: " + out.iso + " / document date repaired from OCR: " + out.iso);
    return out;
}

std::string parse_stamp_time(std::string_view value) {
    if (value.size() > k_max_date_line) return {};
    static const std::regex k_dmy(
        "(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([+-]\\d{2}:?\\d{2})?");
    static const std::regex k_ymd(
        "(\\d{4})-(\\d{1,2})-(\\d{1,2})[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([+-]\\d{2}:?\\d{2})?");
    std::string v(value);
    std::smatch m;
    int y, mo, d;
    if (std::regex_search(v, m, k_ymd)) {
        y = std::stoi(m[1]), mo = std::stoi(m[2]), d = std::stoi(m[3]);
    } else if (std::regex_search(v, m, k_dmy)) {
        d = std::stoi(m[1]), mo = std::stoi(m[2]), y = std::stoi(m[3]);
    } else {
        return {};
    }
    auto date = kc::date::make(y, mo, d);
    int hh = std::stoi(m[4]), mm = std::stoi(m[5]), ss = m[6].matched ? std::stoi(m[6]) : 0;
    if (!date || hh > 23 || mm > 59 || ss > 60) return {};
    std::string off = m[7].matched ? m[7].str() : "+07:00";
    if (off.size() == 5) off = off.substr(0, 3) + ":" + off.substr(3);
    char buf[64];
    std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", hh, mm, ss);
    return kc::date::iso(*date) + buf + off;
}

}  // namespace kc::understand::detail
