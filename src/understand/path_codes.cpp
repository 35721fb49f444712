// Units name folders after the criterion ("TC 7.4.1", "7_4_1", "Tiêu chí 1.2");
// file names also carry dates ("05.01.2022") and numbers, so a run of digits
// is a code only when every component has one or two digits.
#include "understand/path_codes.h"

#include "understand/classify.h"
#include "util/text.h"

namespace kc::understand::detail {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_sep(char c) { return c == '.' || c == '_' || c == '-'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

void scan(const std::string& f, bool in_file, std::vector<PathCode>& out) {
    std::size_t i = 0;
    while (i < f.size()) {
        if (!is_digit(f[i]) || (i > 0 && (is_digit(f[i - 1]) || (is_sep(f[i - 1]) && i > 1 && is_digit(f[i - 2]))))) {
            ++i;
            continue;
        }
        // maximal run of digit groups joined by single separators
        std::vector<std::string> comps;
        std::size_t j = i;
        while (true) {
            std::size_t b = j;
            while (j < f.size() && is_digit(f[j])) ++j;
            comps.push_back(f.substr(b, j - b));
            if (j + 1 < f.size() && is_sep(f[j]) && is_digit(f[j + 1])) {
                ++j;
                continue;
            }
            break;
        }
        std::size_t end = j;
        i = j;
        // dd.mm.yyyy is a date, not a code
        if (comps.size() == 3 && comps[2].size() == 4) continue;
        std::size_t n = 0;
        while (n < comps.size() && comps[n].size() <= 2) ++n;
        bool cut = n < comps.size();
        if (n < 2) continue;
        if (comps[0][0] == '0') continue;
        int field = std::stoi(comps[0]);
        if (field < 1 || field > 20) continue;
        std::string code;
        for (std::size_t k = 0; k < n; ++k) code += (k ? "." : "") + comps[k];
        // uncoded rows such as "1.2.a": one letter after the last group
        if (!cut) {
            std::size_t p = end;
            if (p < f.size() && is_sep(f[p])) ++p;
            if (p < f.size() && is_lower(f[p]) && (p + 1 >= f.size() || !is_lower(f[p + 1])) && p > end)
                code += std::string(".") + f[p];
        }
        bool dup = false;
        for (auto& c : out) dup |= c.code == code;
        if (!dup) out.push_back({code, in_file});
    }
}

}  // namespace

std::vector<PathCode> path_codes(std::string_view path) {
    std::vector<PathCode> out;
    auto segs = kc::text::split(path, '/');
    for (std::size_t s = 0; s < segs.size(); ++s) {
        if (segs[s].empty()) continue;
        scan(kc::text::fold(segs[s]), s + 1 == segs.size(), out);
    }
    return out;
}

}  // namespace kc::understand::detail

namespace kc::understand {

std::vector<std::string> criterion_codes_in_path(std::string_view path) {
    std::vector<std::string> out;
    for (auto& c : detail::path_codes(path)) out.push_back(c.code);
    return out;
}

}  // namespace kc::understand
