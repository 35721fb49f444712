// The period a document is about, from its subject. The issue year is never
// used: the 2022 plan is issued in December 2021. Vocabulary: "2022", "2022-Q1"…Q4,
// "2022-H1"/"H2", "2022-9M" (the first N months), "2022-06" (one month).
#include <regex>

#include "understand/header_parts.h"
#include "understand/text_lines.h"

namespace kc::understand::detail {
namespace {

bool plausible_year(const std::string& y) {
    int v = std::stoi(y);
    return v >= 2000 && v <= 2100;
}

}  // namespace

std::string period_from_subject(std::string_view subject) {
    static const std::regex k_quarter("\\bquy (iv|iii|ii|i|1|2|3|4) (?:nam )?(\\d{4})\\b");
    static const std::regex k_months("\\b(\\d{1,2}|sau|chin) thang (dau |cuoi )?(?:nam )?(\\d{4})\\b");
    static const std::regex k_year("\\bnam (\\d{4})\\b");
    // A cited document's date ("… Quyết định số 12/QĐ-UBND ngày 10 tháng 5 năm 2019") is not
    // the period the document is about: dates are taken out before looking for a year.
    static const std::regex k_cited_date("\\bngay \\d{1,2} thang \\d{1,2} nam \\d{4}\\b");
    constexpr std::size_t k_max_subject = 2000;  // a trích yếu is a few lines; bounds the regex time
    std::string k = std::regex_replace(key(subject.substr(0, k_max_subject)), k_cited_date, " ");
    std::smatch m;
    if (std::regex_search(k, m, k_quarter) && plausible_year(m[2])) {
        static const char* const k_q[] = {"i", "ii", "iii", "iv"};
        std::string q = m[1];
        int n = 0;
        for (int i = 0; i < 4; ++i)
            if (q == k_q[i] || q == std::to_string(i + 1)) n = i + 1;
        return m[2].str() + "-Q" + std::to_string(n);
    }
    if (std::regex_search(k, m, k_months) && plausible_year(m[3])) {
        std::string n = m[1];
        if (n == "sau") n = "6";
        if (n == "chin") n = "9";
        int months = std::stoi(n);
        if (months < 1 || months > 12) return {};
        if (months == 12) return m[3].str();
        if (months == 6) return m[3].str() + (m[2].str() == "cuoi " ? "-H2" : "-H1");
        if (months == 3) return m[3].str() + "-Q1";
        return m[3].str() + "-" + std::to_string(months) + "M";
    }
    // one month: "tháng 6 năm 2022", "tháng 01/2022", "tháng 12-2022" → "2022-06"
    static const std::regex k_month("\\bthang (\\d{1,2}) (?:nam )?(\\d{4})\\b");
    if (std::regex_search(k, m, k_month) && plausible_year(m[2])) {
        int mo = std::stoi(m[1]);
        if (mo >= 1 && mo <= 12) return m[2].str() + (mo < 10 ? "-0" : "-") + std::to_string(mo);
    }
    if (std::regex_search(k, m, k_year) && plausible_year(m[1])) return m[1];
    // "… đến ngày 30/10/2022": a state as of a day is about that day's year
    static const std::regex k_as_of("\\bden ngay \\d{1,2} \\d{1,2} (\\d{4})\\b");
    if (std::regex_search(k, m, k_as_of) && plausible_year(m[1])) return m[1];
    return {};
}

}  // namespace kc::understand::detail
