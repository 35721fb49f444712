#include "signature/byte_range.h"

#include <cctype>
#include <limits>

namespace kc::signature {

ByteRangeCheck check_byte_range(const std::vector<std::int64_t>& br, std::int64_t file_size,
                                std::optional<Span> contents) {
    ByteRangeCheck r;
    auto fail = [&](const char* why) {
        r.ok = false;
        r.problem = why;
        return r;
    };
    if (br.size() != 4) return fail("not_four_numbers");
    for (auto v : br)
        if (v < 0) return fail("negative_number");
    if (br[0] != 0) return fail("does_not_start_at_zero");
    // Guard the additions below against overflow from hostile numbers.
    constexpr auto k_max = std::numeric_limits<std::int64_t>::max() / 4;
    for (auto v : br)
        if (v > k_max) return fail("beyond_end_of_file");
    const std::int64_t gap_begin = br[0] + br[1];
    const std::int64_t gap_end = br[2];
    const std::int64_t end = br[2] + br[3];
    if (gap_end < gap_begin) return fail("ranges_overlap");
    if (end > file_size || gap_begin > file_size) return fail("beyond_end_of_file");
    if (br[1] == 0 || br[3] == 0) return fail("empty_range");
    if (!contents) return fail("contents_not_found");
    if (gap_begin != contents->begin || gap_end != contents->end) return fail("gap_not_contents");
    r.ok = true;
    r.signed_end = end;
    r.signed_revision_is_last = end == file_size;
    return r;
}

static int hex_value(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static bool is_pdf_space(unsigned char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

std::vector<Span> find_contents_spans(std::string_view bytes, std::string_view value) {
    std::vector<Span> out;
    constexpr std::string_view k_key = "/Contents";
    for (std::size_t at = bytes.find(k_key); at != std::string_view::npos;
         at = bytes.find(k_key, at + 1)) {
        std::size_t p = at + k_key.size();
        while (p < bytes.size() && is_pdf_space(static_cast<unsigned char>(bytes[p]))) ++p;
        // "<<" would be a dictionary, not a hex string.
        if (p >= bytes.size() || bytes[p] != '<' || (p + 1 < bytes.size() && bytes[p + 1] == '<'))
            continue;
        const std::size_t begin = p++;
        // Decode while comparing, so a mismatch stops early (signature blobs are large).
        std::size_t matched = 0;
        int high = -1;
        bool same = true;
        for (; p < bytes.size() && bytes[p] != '>'; ++p) {
            auto c = static_cast<unsigned char>(bytes[p]);
            if (is_pdf_space(c)) continue;
            int v = hex_value(c);
            if (v < 0) { same = false; break; }
            if (high < 0) { high = v; continue; }
            const auto byte = static_cast<char>(high * 16 + v);
            high = -1;
            if (matched >= value.size() || value[matched] != byte) { same = false; break; }
            ++matched;
        }
        if (!same || p >= bytes.size()) continue;
        if (high >= 0) {  // odd digit count: the last digit is followed by an implied 0
            const auto byte = static_cast<char>(high * 16);
            if (matched >= value.size() || value[matched] != byte) continue;
            ++matched;
        }
        if (matched != value.size()) continue;
        out.push_back({static_cast<std::int64_t>(begin), static_cast<std::int64_t>(p + 1)});
    }
    return out;
}

std::optional<Span> choose_contents_span(const std::vector<Span>& spans,
                                         const std::vector<std::int64_t>& br) {
    if (spans.empty()) return std::nullopt;
    if (br.size() >= 2)
        for (const auto& s : spans)
            if (s.begin == br[0] + br[1]) return s;
    return spans.front();
}

bool ends_at_revision_boundary(std::string_view bytes, std::int64_t prefix_end) {
    if (prefix_end <= 0 || prefix_end > static_cast<std::int64_t>(bytes.size())) return false;
    auto head = bytes.substr(0, static_cast<std::size_t>(prefix_end));
    // Allow the EOL after the marker (CR, LF or CRLF) and nothing else.
    std::size_t n = head.size();
    int eol = 0;
    while (n > 0 && (head[n - 1] == '\n' || head[n - 1] == '\r') && eol < 2) { --n; ++eol; }
    constexpr std::string_view k_eof = "%%EOF";
    return n >= k_eof.size() && head.substr(n - k_eof.size(), k_eof.size()) == k_eof;
}

}  // namespace kc::signature
