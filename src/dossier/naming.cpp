#include "dossier/naming.h"

#include <array>

#include "util/text.h"

namespace kc::dossier {
namespace {

std::size_t code_points(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

std::string upper_ascii(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
}

void trim_end(std::string& s) {
    while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.pop_back();
}

}  // namespace

bool is_reserved_windows_name(std::string_view name) {
    auto stem = upper_ascii(text::trim(name.substr(0, name.find('.'))));
    static const std::array<const char*, 4> plain = {"CON", "PRN", "AUX", "NUL"};
    for (const char* p : plain)
        if (stem == p) return true;
    return stem.size() == 4 && (stem.rfind("COM", 0) == 0 || stem.rfind("LPT", 0) == 0) && stem[3] >= '1' &&
           stem[3] <= '9';
}

std::string windows_safe(std::string_view name, std::size_t max_chars) {
    const std::string in = text::nfc(name);
    std::string out;
    for (unsigned char c : in) {
        switch (c) {
            case '/': case '\\': case ':': case '|': out += '-'; break;
            case '"': out += '\''; break;
            case '<': case '>': case '?': case '*': break;
            default:
                if (c < 32 || c == 127) {
                    if (c == '\t' || c == '\n' || c == '\r') out += ' ';
                    break;
                }
                if (c == ' ' && (out.empty() || out.back() == ' ')) break;
                out += static_cast<char>(c);
        }
    }
    trim_end(out);
    if (code_points(out) > max_chars) {
        const auto dot = out.rfind('.');
        std::string ext = dot != std::string::npos && out.size() - dot <= 6 ? out.substr(dot) : "";
        std::string stem = out.substr(0, out.size() - ext.size());
        const std::size_t room = max_chars > code_points(ext) + 1 ? max_chars - code_points(ext) : 1;
        stem = text::truncate(stem, room);
        trim_end(stem);
        out = stem + ext;
    }
    if (out.empty() || out == "." || out == "..") out = "_";
    if (is_reserved_windows_name(out)) out = "_" + out;
    return out;
}

std::string number_symbol(std::string_view number, std::string_view symbol) {
    const auto n = text::trim(number), s = text::trim(symbol);
    if (n.empty()) return s;
    if (s.empty()) return n;
    return n + "/" + s;
}

std::string shorten(std::string_view text_in, std::size_t max_chars) {
    std::string s = text::trim(text::nfc(text_in));
    if (code_points(s) <= max_chars) return s;
    std::string cut = text::truncate(s, max_chars);
    // Cut back to the last space when the limit fell inside a word (and a word boundary is near).
    const bool inside_word = s.size() > cut.size() && s[cut.size()] != ' ';
    if (inside_word) {
        auto space = cut.rfind(' ');
        if (space != std::string::npos && space > cut.size() / 2) cut.resize(space);
    }
    while (!cut.empty() && (cut.back() == ' ' || cut.back() == ',' || cut.back() == ';' || cut.back() == '-'))
        cut.pop_back();
    return cut;
}

std::string evidence_file_name(std::string_view code, std::string_view number_sym, std::string_view subject,
                               std::string_view ext, std::string_view fallback_stem) {
    std::string head = windows_safe(code);
    if (auto ns = text::trim(number_sym); !ns.empty()) head += " - " + windows_safe(ns);
    std::string dot_ext = ext.empty() ? "" : "." + windows_safe(text::lower(ext), 10);
    std::string subj = windows_safe(text::trim(subject).empty() ? fallback_stem : subject, 1000);
    const std::size_t used = code_points(head) + code_points(dot_ext) + 3;
    const std::size_t room = k_max_name_chars > used ? std::min(k_max_name_chars - used, k_max_subject_chars) : 0;
    subj = shorten(subj, room);
    trim_end(subj);
    std::string name = subj.empty() ? head : head + " - " + subj;
    return windows_safe(name + dot_ext);
}

std::string unique_name(const std::string& name, std::set<std::string>& taken) {
    auto key = [](const std::string& s) { return text::lower(s); };
    if (taken.insert(key(name)).second) return name;
    const auto dot = name.rfind('.');
    const std::string stem = dot == std::string::npos ? name : name.substr(0, dot);
    const std::string ext = dot == std::string::npos ? "" : name.substr(dot);
    for (int i = 2;; ++i) {
        std::string candidate = stem + " (" + std::to_string(i) + ")" + ext;
        if (taken.insert(key(candidate)).second) return candidate;
    }
}

}  // namespace kc::dossier
