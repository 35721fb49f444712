// understand/header_parts.h — the pieces parse_header() is built from (internal;
// exposed for the unit tests).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kc::understand::detail {

// "Số: 191/KH-UBND", "Số: 144/2025/QĐ-CTUBND", "Số: 12/UBND-VX", OCR "S0: l91/KH-UBND".
struct NumberLine {
    std::string number;     // "191"; "144/2025" for normative; empty when blank ("Số:   /KH-UBND")
    std::string symbol;     // "KH-UBND"
    std::string type_code;  // table code from the symbol, empty for công văn / unknown
    bool repaired = false;  // OCR digits fixed or spaces removed
    bool valid = true;      // number and symbol fit their grammar
    std::string rest;       // what follows the symbol on the same line (the date, in layout text)
    std::vector<std::string> notes;
};
std::optional<NumberLine> parse_number_line(std::string_view line);

// "Quảng Điền, ngày 30 tháng 12 năm 2021", "…, ngày 05/01/2022", "05-01-2022".
struct DateLine {
    std::string place;
    std::string iso;        // empty when the date is not a real day
    bool repaired = false;
    bool numeric = false;   // dd/mm/yyyy form rather than "ngày … tháng … năm"
    std::vector<std::string> notes;
};
std::optional<DateLine> parse_date_line(std::string_view line);

// Visible signature stamp lines.
struct StampLine {
    std::string label;  // signer | org | email | time
    std::string value;
};
std::optional<StampLine> parse_stamp_line(std::string_view column);
// "31.12.2019 14:43:19 +07:00", "2026-01-17 14:12:26 +07:00" → "2019-12-31T14:43:19+07:00".
std::string parse_stamp_time(std::string_view value);

// Period the subject is about: "2022", "2022-Q1", "2022-H1", "2022-H2", "2022-9M" (first 9 months),
// "2022-06" (one month); empty if none.
std::string period_from_subject(std::string_view subject);

// Signer block near the end: TM./KT./TL./TUQ./Q. + position, then the name.
struct SignerBlock {
    std::string name;
    std::string role;       // "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
    double confidence = 0;
};
std::optional<SignerBlock> find_signer(const std::vector<std::string>& lines);

// The "Nơi nhận:" block: its entries as written, without the leading "-"/"+" and the
// closing ";"/"." ("Như trên", "Sở Nội vụ tỉnh", "Lưu: VT, NV"); empty when there is none.
std::vector<std::string> find_recipients(const std::vector<std::string>& lines);

}  // namespace kc::understand::detail
