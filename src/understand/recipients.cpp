// The "Nơi nhận:" block (Nghị định 30/2020, bottom left): one recipient per line,
// each starting with "-" or "+", the last usually "Lưu: VT, …". In layout text the
// block shares its lines with the signer block on the right: only the first
// column is read. The last "Nơi nhận" wins (an attachment's own block comes after).
#include "understand/header_parts.h"
#include "understand/text_lines.h"
#include "util/text.h"

namespace kc::understand::detail {
namespace {

constexpr std::size_t k_max_recipients = 40;
constexpr std::size_t k_max_len = 200;  // one recipient line; longer is body text, not a list

// "- Như trên;" → "Như trên"; "+ Lưu: VT, NV." → "Lưu: VT, NV"
std::string clean_entry(std::string s) {
    s = squash(s);
    while (!s.empty() && (s[0] == '-' || s[0] == '+' || s[0] == ' ')) s.erase(0, 1);
    if (s.rfind("•", 0) == 0) s.erase(0, std::string("•").size());
    s = kc::text::trim(s);
    if (s.size() >= 2 && s.compare(s.size() - 2, 2, "./") == 0) s.resize(s.size() - 2);
    while (!s.empty() && (s.back() == ';' || s.back() == '.' || s.back() == ',' || s.back() == ' ')) s.pop_back();
    return s;
}

bool is_entry(const std::string& c) {
    return !c.empty() && (c[0] == '-' || c[0] == '+' || c.rfind("•", 0) == 0);
}

}  // namespace

std::vector<std::string> find_recipients(const std::vector<std::string>& lines) {
    std::size_t at = lines.size();
    std::string first;  // what follows "Nơi nhận:" on its own line
    for (std::size_t i = lines.size(); i-- > 0 && at == lines.size();) {
        auto cols = split_columns(lines[i]);
        if (cols.empty()) continue;
        std::string c = squash(cols[0]);
        std::string f = kc::text::fold(c);
        if (f.rfind("noi nhan", 0) != 0) continue;
        at = i;
        auto colon = c.find(':');
        if (colon != std::string::npos) first = kc::text::trim(c.substr(colon + 1));
    }
    if (at == lines.size()) return {};
    std::vector<std::string> out;
    if (!first.empty() && first.size() <= k_max_len) {
        std::string e = clean_entry(first);
        if (!e.empty()) out.push_back(e);
    }
    int blanks = 0;
    for (std::size_t i = at + 1; i < lines.size() && out.size() < k_max_recipients; ++i) {
        auto cols = split_columns(lines[i]);
        std::string c = cols.empty() ? "" : squash(cols[0]);
        if (c.empty()) {
            if (++blanks > 1) break;
            continue;
        }
        blanks = 0;
        if (!is_entry(c) || c.size() > k_max_len) {
            // a wrapped recipient: lower-case continuation of the previous entry, same column
            std::string word = c.substr(0, c.find(' '));
            if (!out.empty() && kc::text::lower(word) == word && lines[i].find_first_not_of(' ') < 4 &&
                c.size() <= k_max_len) {
                out.back() = clean_entry(out.back() + " " + c);
                continue;
            }
            break;
        }
        std::string e = clean_entry(c);
        if (!e.empty()) out.push_back(e);
    }
    return out;
}

}  // namespace kc::understand::detail
