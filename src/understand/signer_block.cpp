// The signer block: "TM./KT./TL./TUQ./Q." + position in capitals, then the
// signer's name, near the end. In layout text it shares lines with the "Nơi
// nhận:" list on the left, so the right-most column is read.
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
    for (auto p : k_positions)
        if (k == p) return true;
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
    for (std::size_t i = from; i < lines.size() && i < from + 10; ++i) {
        std::string c = last_column(lines[i]);
        if (c.empty() || c[0] == '(') continue;  // blank, "(Đã ký)", "(Ký, ghi rõ họ tên)"
        int shape = name_shape(c);
        if (shape == 1 || (shape == 2 && role_lines > 0)) {
            return SignerBlock{squash(c), role, shape == 1 ? base : base - 0.15};
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
    return std::nullopt;
}

}  // namespace kc::understand::detail
