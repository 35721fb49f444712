#include "understand/text_lines.h"

#include "util/text.h"

namespace kc::understand::detail {

std::vector<std::string> split_lines(std::string_view text) {
    std::vector<std::string> out;
    std::string cur;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\r' || c == '\n' || c == '\f') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            out.push_back(std::move(cur));
            cur.clear();
        } else {
            cur += c;
        }
    }
    out.push_back(std::move(cur));
    return out;
}

std::vector<std::string> split_columns(std::string_view line) {
    std::vector<std::string> out;
    std::string cur;
    int spaces = 0;
    auto flush = [&] {
        std::string t = kc::text::trim(cur);
        if (!t.empty()) out.push_back(t);
        cur.clear();
    };
    for (char c : line) {
        if (c == '\t') {
            flush();
            spaces = 0;
            continue;
        }
        if (c == ' ') {
            ++spaces;
            if (spaces == 3) flush();
            if (spaces < 3) cur += c;
            continue;
        }
        spaces = 0;
        cur += c;
    }
    flush();
    return out;
}

std::string key(std::string_view s) {
    std::string f = kc::text::fold(s);
    std::string out;
    out.reserve(f.size());
    bool space = true;
    for (char c : f) {
        bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (alnum) {
            out += c;
            space = false;
        } else if (!space) {
            out += ' ';
            space = true;
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

bool has_words(std::string_view haystack_key, std::string_view needle_key) {
    if (needle_key.empty()) return false;
    std::string h = " " + std::string(haystack_key) + " ";
    std::string n = " " + std::string(needle_key) + " ";
    return h.find(n) != std::string::npos;
}

bool is_upper(std::string_view s) {
    std::string l = kc::text::lower(s);
    return l != s && kc::text::upper(s) == s;
}

std::string squash(std::string_view s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\t') {
            space = true;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

namespace {

struct Token {
    std::string orig;
    std::string k;
};

std::vector<Token> tokens(std::string_view s) {
    std::vector<Token> out;
    for (auto& w : kc::text::split(squash(s), ' '))
        if (!w.empty()) out.push_back({w, key(w)});
    return out;
}

// Removes every occurrence of the word sequence `motto` (keyed words), together
// with punctuation-only tokens inside it.
void erase_sequence(std::vector<Token>& t, const std::vector<std::string>& motto) {
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i].k != motto[0]) continue;
        std::size_t j = i, m = 0;
        while (j < t.size() && m < motto.size()) {
            if (t[j].k.empty()) {
                ++j;
                continue;
            }
            if (t[j].k != motto[m]) break;
            ++j;
            ++m;
        }
        if (m == motto.size()) {
            t.erase(t.begin() + static_cast<long>(i), t.begin() + static_cast<long>(j));
            --i;
        }
    }
}

}  // namespace

std::string strip_motto(std::string_view line) {
    static const std::vector<std::vector<std::string>> k_mottos = {
        {"cong", "hoa", "xa", "hoi", "chu", "nghia", "viet", "nam"},
        // the motto wrapped in a narrow column: its head, the tail ("NAM",
        // "VIỆT NAM") is skipped where issuer lines are collected
        {"cong", "hoa", "xa", "hoi", "chu", "nghia", "viet"},
        {"cong", "hoa", "xa", "hoi", "chu", "nghia"},
        {"doc", "lap", "tu", "do", "hanh", "phuc"},
    };
    std::string out;
    for (auto& col : split_columns(line)) {
        auto t = tokens(col);
        for (auto& m : k_mottos) erase_sequence(t, m);
        // drop separator / punctuation-only tokens at the edges ("____", "-")
        while (!t.empty() && t.front().k.empty()) t.erase(t.begin());
        while (!t.empty() && t.back().k.empty()) t.pop_back();
        if (t.empty()) continue;
        std::string c;
        for (auto& x : t) c += (c.empty() ? "" : " ") + x.orig;
        out += (out.empty() ? "" : "   ") + c;
    }
    return out;
}

int ocr_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    switch (c) {
        case 'O': case 'o': return 0;
        case 'l': case 'I': case 'i': case '|': case '!': return 1;
        default: return -1;
    }
}

}  // namespace kc::understand::detail
