// The signer block: "TM./KT./TL./TUQ./Q." + position in capitals, then the
// signer's name, near the end. In layout text it shares lines with the "Nơi
// nhận:" list on the left, so the right-most column is read.
#include <algorithm>
#include <string>
#include <vector>

#include "understand/header_parts.h"
#include "understand/text_lines.h"
#include "util/text.h"

namespace kc::understand::detail {
namespace {

std::string clean(std::string_view s) {
    std::string t = kc::text::trim(s);
    while (!t.empty() && (t.front() == '*' || t.front() == '_')) t.erase(t.begin());
    while (!t.empty() && (t.back() == '*' || t.back() == '_')) t.pop_back();
    return kc::text::trim(t);
}

std::string last_column(const std::string& line) {
    auto cols = split_columns(line);
    return cols.empty() ? std::string() : clean(cols.back());
}

// Levenshtein distance of two short ASCII keys.
std::size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diag = up;
        }
    }
    return row[b.size()];
}

// OCR under a seal: a word or two of noise ("Ta", "¬", "NN", "l") between the title and the name.
bool is_noise(const std::string& col) {
    std::string k = key(col);
    for (auto& w : kc::text::split(k, ' '))
        if (w.size() >= 3) return false;
    return true;
}

// A name with OCR debris: stray dots, commas, quotes ("Phan. Hữu Huyền"), "Ou" read for "Qu"
// at a word's start ("Trần Ouang Huyền"; no Vietnamese word starts with "Ou").
std::string denoise_name(const std::string& col) {
    std::string t;
    for (char c : col)
        if (c != '.' && c != ',' && c != '\'' && c != '`' && c != '"') t += c;
    t = squash(kc::text::trim(t));
    std::string out;
    for (auto& w : kc::text::split(t, ' ')) {
        std::string x = w;
        if (x.size() > 2 && x[0] == 'O' && x[1] == 'u') x[0] = 'Q';
        out += (out.empty() ? "" : " ") + x;
    }
    return out;
}

bool is_marker(const std::string& col) {
    static const char* const k_markers[] = {"tm.", "kt.", "tl.", "tuq.", "q."};
    std::string f = kc::text::fold(col);
    for (auto m : k_markers)
        if (f.rfind(m, 0) == 0) return is_upper(col);
    return false;
}

bool is_position(const std::string& col) {
    static const char* const k_positions[] = {
        "chu tich", "pho chu tich", "giam doc", "pho giam doc", "truong phong", "pho truong phong",
        "chanh van phong", "pho chanh van phong", "truong ban", "pho truong ban", "truong doan",
        "chanh thanh tra", "pho chanh thanh tra", "hieu truong", "thu truong", "bi thu", "nguoi lap bieu",
        "nguoi lap", "thu ky", "chu tri", "to truong", "cuc truong", "vu truong", "bo truong"};
    if (!is_upper(col)) return false;
    std::string k = key(col);
    for (auto p : k_positions) {
        std::size_t n = std::char_traits<char>::length(p);
        std::size_t allow = n >= 8 ? 2 : n >= 6 ? 1 : 0;  // OCR: "CHỦ 1ỊCH", "PS CHỦ TỊCH"
        if (k == p || (allow > 0 && k.size() + allow >= n && k.size() <= n + allow && edit_distance(k, p) <= allow))
            return true;
    }
    return false;
}

// 0 = not a name, 1 = Title Case name, 2 = name in capitals (weaker).
int name_shape(const std::string& col) {
    if (col.empty() || col[0] == '-' || col[0] == '+' || col[0] == '(') return 0;
    for (char c : col)
        if ((c >= '0' && c <= '9') || c == ':' || c == ';' || c == ',' || c == '/' || c == '.') return 0;
    auto words = kc::text::split(squash(col), ' ');
    if (words.size() < 2 || words.size() > 6) return 0;
    for (auto& w : words) {
        std::string first = kc::text::truncate(w, 1);
        if (!is_upper(first)) return 0;
    }
    if (is_upper(col)) return is_position(col) || is_marker(col) ? 0 : 2;
    return 1;
}

std::optional<SignerBlock> name_after(const std::vector<std::string>& lines, std::size_t from, std::string role,
                                      double base) {
    int role_lines = 0;
    int noise = 0;
    for (std::size_t i = from; i < lines.size() && i < from + 14; ++i) {
        std::string c = last_column(lines[i]);
        if (c.empty() || c[0] == '(') continue;  // blank, "(Đã ký)", "(Ký, ghi rõ họ tên)"
        int shape = name_shape(c);
        if (shape == 1 || (shape == 2 && role_lines > 0)) {
            std::string name = squash(c), fixed = denoise_name(c);
            return SignerBlock{name_shape(fixed) == 1 ? fixed : name, role, shape == 1 ? base : base - 0.15};
        }
        if (c[0] != '-' && c[0] != '+' && c.find_first_of("0123456789:;/") == std::string::npos) {
            std::string fixed = denoise_name(c);
            if (fixed != squash(c) && name_shape(fixed) == 1) return SignerBlock{fixed, role, base - 0.2};
        }
        if (is_noise(c) && noise < 4) {  // seal debris between the title and the name
            ++noise;
            continue;
        }
        if (is_upper(c) && role_lines < 2 && c[0] != '-') {
            role += " / " + squash(c);
            ++role_lines;
            continue;
        }
        if (kc::text::fold(c).rfind("noi nhan", 0) == 0 || c[0] == '-' || c[0] == '+') continue;
        break;
    }
    return std::nullopt;
}

}  // namespace

std::optional<SignerBlock> find_signer(const std::vector<std::string>& lines) {
    // the last marker wins: attachments after the signature carry none
    for (std::size_t i = lines.size(); i-- > 0;) {
        for (auto& col : split_columns(lines[i])) {
            std::string c = clean(col);
            if (!is_marker(c)) continue;
            if (auto s = name_after(lines, i + 1, squash(c), 0.9)) return s;
        }
    }
    for (std::size_t i = lines.size(); i-- > 0;) {
        std::string c = last_column(lines[i]);
        if (!is_position(c)) continue;
        if (auto s = name_after(lines, i + 1, squash(c), 0.75)) return s;
    }
    // OCR lost the title under the seal: the name is then the document's last words (after the
    // recipients and the seal's debris), read with a low confidence
    int seen = 0;
    for (std::size_t i = lines.size(); i-- > 0 && seen < 8;) {
        std::string c = last_column(lines[i]);
        if (c.empty()) continue;
        ++seen;
        if (is_noise(c)) continue;
        if (name_shape(c) == 1) return SignerBlock{denoise_name(c), "", 0.5};
        break;
    }
    return std::nullopt;
}

}  // namespace kc::understand::detail
