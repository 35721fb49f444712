// extract/stamped_text.cpp — see stamped_text.h.
#include "extract/stamped_text.h"

#include <cctype>

#include "util/text.h"

namespace kc::extract {
namespace {

// A stamped word may sit at most this many page words after the previous one
// (poppler interleaves a stamp drawn into a gap with the words around it).
constexpr std::size_t k_max_gap_words = 3;

std::vector<std::string> words(std::string_view utf8, bool strip_punctuation) {
    std::vector<std::string> out;
    const std::string folded = kc::text::lower(kc::text::nfc(utf8));
    std::string w;
    auto flush = [&] {
        if (strip_punctuation) {
            auto is_punct = [](char c) { return std::ispunct(static_cast<unsigned char>(c)) != 0; };
            std::size_t b = 0, e = w.size();
            while (b < e && is_punct(w[b])) ++b;
            while (e > b && is_punct(w[e - 1])) --e;
            w = w.substr(b, e - b);
        }
        if (!w.empty()) out.push_back(w);
        w.clear();
    };
    for (char c : folded) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') flush();
        else w += c;
    }
    flush();
    return out;
}

}  // namespace

bool text_shown(std::string_view page_text, std::string_view stamp) {
    const std::vector<std::string> need = words(stamp, true);
    if (need.empty()) return true;
    const std::vector<std::string> have = words(page_text, false);
    // Try each place the first word occurs; then follow the rest greedily.
    for (std::size_t start = 0; start < have.size(); ++start) {
        if (have[start].find(need[0]) == std::string::npos) continue;
        std::size_t at = start, k = 1;
        for (; k < need.size(); ++k) {
            std::size_t next = at + 1, limit = std::min(have.size(), at + 1 + k_max_gap_words);
            while (next < limit && have[next].find(need[k]) == std::string::npos) ++next;
            if (next >= limit) break;
            at = next;
        }
        if (k == need.size()) return true;
    }
    return false;
}

std::string merge_stamped(std::string page_text, const std::vector<std::string>& stamps, int& added) {
    added = 0;
    for (const auto& raw : stamps) {
        std::string s = kc::text::trim(kc::text::nfc(raw));
        if (s.empty() || text_shown(page_text, s)) continue;
        if (!page_text.empty() && page_text.back() != '\n') page_text += '\n';
        page_text += s;
        ++added;
    }
    return page_text;
}

}  // namespace kc::extract
