#include "judge/scoring.h"

#include <cctype>
#include <cstdlib>
#include <vector>

#include "util/text.h"

namespace kc::judge {
namespace {

// The first number at or after `from`, and where it ends.
std::optional<double> number_at(const std::string& s, std::size_t from, std::size_t* end = nullptr) {
    std::size_t i = from;
    while (i < s.size() && !std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    if (i >= s.size()) return std::nullopt;
    std::size_t j = i;
    while (j < s.size() && (std::isdigit(static_cast<unsigned char>(s[j])) ||
                            ((s[j] == ',' || s[j] == '.') && j + 1 < s.size() &&
                             std::isdigit(static_cast<unsigned char>(s[j + 1])))))
        ++j;
    std::string n = s.substr(i, j - i);
    for (auto& c : n)
        if (c == ',') c = '.';
    if (end) *end = j;
    return std::strtod(n.c_str(), nullptr);
}

}  // namespace

std::optional<double> parse_number(const std::string& s) {
    std::string t = text::trim(s);
    if (t.empty()) return std::nullopt;
    std::size_t end = 0;
    auto v = number_at(t, 0, &end);
    if (!v) return std::nullopt;
    if (t.find_first_of("0123456789") != 0) return std::nullopt;
    std::string rest = text::trim(t.substr(end));
    if (!rest.empty() && rest != "%") return std::nullopt;
    return v;
}

Threshold parse_threshold(const std::string& metric) {
    const std::string m = text::fold(metric);  // lower case, no diacritics
    struct Word { const char* word; const char* op; };
    static const std::vector<Word> k_words = {
        {">=", ">="}, {"≥", ">="}, {"<=", "<="}, {"≤", "<="}, {"khong qua", "<="}, {"tren", ">"},
        {"duoi", "<"}, {"tu ", ">="}, {">", ">"}, {"<", "<"},
    };
    Threshold t;
    std::size_t best = std::string::npos;
    for (const auto& w : k_words) {
        auto at = m.find(w.word);
        if (at == std::string::npos || (best != std::string::npos && at >= best)) continue;
        std::size_t after = at + std::string(w.word).size();
        while (after < m.size() && m[after] == ' ') ++after;  // the number must follow the word
        if (after >= m.size() || !std::isdigit(static_cast<unsigned char>(m[after]))) continue;
        if (auto v = number_at(m, after)) {
            // "từ 15% trở lên" is ≥; a bare "từ" without "trở lên" is too.
            best = at;
            t.op = w.op;
            t.value = *v;
        }
    }
    if (!t.op.empty()) return t;
    auto pct = m.find('%');
    if (pct != std::string::npos) {
        std::size_t start = pct;
        while (start > 0 && (std::isdigit(static_cast<unsigned char>(m[start - 1])) || m[start - 1] == ',' ||
                             m[start - 1] == '.'))
            --start;
        if (start < pct) {
            t.op = ">=";
            t.value = *number_at(m, start);
        }
    }
    return t;
}

std::optional<bool> threshold_met(const Threshold& t, const std::string& value) {
    if (t.op.empty()) {
        std::string v = text::fold(text::trim(value));
        if (v == "dat" || v == "yes" || v == "true" || v == "1" || v == "met") return true;
        if (v == "khong dat" || v == "no" || v == "false" || v == "0" || v == "not met") return false;
        return std::nullopt;
    }
    auto v = parse_number(value);
    if (!v) return std::nullopt;
    if (t.op == ">") return *v > t.value;
    if (t.op == ">=") return *v >= t.value;
    if (t.op == "<") return *v < t.value;
    return *v <= t.value;
}

double formula_points(double ratio_percent, double points_max) {
    if (ratio_percent < 95.0) return 0;
    if (ratio_percent > 100.0) ratio_percent = 100.0;
    return ratio_percent * points_max / 100.0;
}

double count_points(double count, double points_max) { return count >= 1 ? points_max : 0; }

}  // namespace kc::judge
