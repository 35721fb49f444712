#include "watch/probe.h"

#include <algorithm>
#include <fstream>

#include "util/text.h"

namespace kc::watch {
namespace {

constexpr std::size_t k_eocd_size = 22;
constexpr std::size_t k_max_comment = 0xFFFF;
constexpr std::size_t k_zip64_locator_size = 20;
constexpr std::size_t k_pdf_tail = 1024;
constexpr std::size_t k_zero_window = 1024;

std::uint64_t le(std::string_view b, std::size_t at, int n) {
    std::uint64_t v = 0;
    for (int i = n - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(b[at + i]);
    return v;
}

bool all_zero(std::string_view b) {
    return std::all_of(b.begin(), b.end(), [](char c) { return c == 0; });
}

// zip64: the locator right before the EOCD points at the zip64 EOCD record.
ProbeResult check_zip64(std::uint64_t file_size, std::uint64_t eocd_at, const ReadAt& read_at) {
    if (eocd_at < k_zip64_locator_size) return {false, "zip64 fields without a locator"};
    std::string loc = read_at(eocd_at - k_zip64_locator_size, k_zip64_locator_size);
    if (loc.size() != k_zip64_locator_size || loc.compare(0, 4, "PK\x06\x07") != 0)
        return {false, "zip64 fields without a locator"};
    std::uint64_t rec_at = le(loc, 8, 8);
    if (rec_at + 56 > eocd_at) return {false, "zip64 end record outside the file"};
    std::string rec = read_at(rec_at, 56);
    if (rec.size() != 56 || rec.compare(0, 4, "PK\x06\x06") != 0) return {false, "zip64 end record not found"};
    std::uint64_t entries = le(rec, 32, 8), cd_size = le(rec, 40, 8), cd_at = le(rec, 48, 8);
    if (cd_at > rec_at || cd_size > rec_at - cd_at) return {false, "central directory outside the file"};
    if (entries > 0 && read_at(cd_at, 4) != std::string("PK\x01\x02", 4)) return {false, "central directory not found"};
    (void)file_size;
    return {true, ""};
}

}  // namespace

ProbeKind probe_kind(const std::string& file_name, std::string_view head) {
    if (head.substr(0, 2) == "PK") return ProbeKind::zip;
    if (head.substr(0, 5) == "%PDF-") return ProbeKind::pdf;
    auto dot = file_name.rfind('.');
    std::string ext = dot == std::string::npos ? "" : text::lower(file_name.substr(dot + 1));
    static const char* zips[] = {"zip", "docx", "xlsx", "pptx", "odt", "ods", "odp", "epub"};
    for (const char* z : zips)
        if (ext == z) return ProbeKind::zip;
    if (ext == "pdf") return ProbeKind::pdf;
    return ProbeKind::other;
}

ProbeResult probe_zip(std::uint64_t file_size, const ReadAt& read_at) {
    if (file_size < k_eocd_size) return {false, "too short for a zip"};
    std::uint64_t window = std::min<std::uint64_t>(file_size, k_eocd_size + k_max_comment);
    std::uint64_t start = file_size - window;
    std::string tail = read_at(start, static_cast<std::size_t>(window));
    if (tail.size() != window) return {false, "short read"};
    // The last EOCD signature whose comment length reaches exactly the end of the file.
    for (std::size_t i = tail.size() - k_eocd_size + 1; i-- > 0;) {
        if (tail.compare(i, 4, "PK\x05\x06") != 0) continue;
        std::uint64_t comment = le(tail, i + 20, 2);
        if (i + k_eocd_size + comment != tail.size()) continue;
        std::uint64_t eocd_at = start + i;
        std::uint64_t entries = le(tail, i + 10, 2), cd_size = le(tail, i + 12, 4), cd_at = le(tail, i + 16, 4);
        if (entries == 0xFFFF || cd_size == 0xFFFFFFFF || cd_at == 0xFFFFFFFF)
            return check_zip64(file_size, eocd_at, read_at);
        if (cd_at > eocd_at || cd_size > eocd_at - cd_at) return {false, "central directory outside the file"};
        if (entries > 0 && read_at(cd_at, 4) != std::string("PK\x01\x02", 4))
            return {false, "central directory not found at its offset"};
        return {true, ""};
    }
    return {false, "no end-of-central-directory record (truncated or still being written)"};
}

ProbeResult probe_pdf(std::uint64_t file_size, const ReadAt& read_at) {
    std::uint64_t n = std::min<std::uint64_t>(file_size, k_pdf_tail);
    std::string tail = read_at(file_size - n, static_cast<std::size_t>(n));
    if (tail.find("%%EOF") == std::string::npos) return {false, "no %%EOF in the last KiB (truncated or still being written)"};
    return {true, ""};
}

ProbeResult probe_other(std::uint64_t file_size, const ReadAt& read_at) {
    if (file_size == 0) return {true, ""};
    std::string head = read_at(0, k_zero_window);
    std::uint64_t n = std::min<std::uint64_t>(file_size, k_zero_window);
    std::string tail = read_at(file_size - n, static_cast<std::size_t>(n));
    if (all_zero(head) && all_zero(tail)) return {false, "only zero bytes at both ends (pre-sized, not yet written)"};
    return {true, ""};
}

ProbeResult probe_bytes(const std::string& file_name, std::uint64_t file_size, const ReadAt& read_at) {
    std::string head = read_at(0, 8);
    switch (probe_kind(file_name, head)) {
        case ProbeKind::zip: return probe_zip(file_size, read_at);
        case ProbeKind::pdf: return probe_pdf(file_size, read_at);
        case ProbeKind::other: break;
    }
    return probe_other(file_size, read_at);
}

ProbeResult probe_file(const std::filesystem::path& file) {
    std::error_code ec;
    auto size = std::filesystem::file_size(file, ec);
    if (ec) return {false, "cannot stat: " + ec.message()};
    std::ifstream in(file, std::ios::binary);
    if (!in) return {false, "cannot be opened for reading"};
    ReadAt read_at = [&](std::uint64_t off, std::size_t n) {
        std::string buf(n, '\0');
        in.clear();
        in.seekg(static_cast<std::streamoff>(off));
        in.read(buf.data(), static_cast<std::streamsize>(n));
        buf.resize(static_cast<std::size_t>(std::max<std::streamsize>(0, in.gcount())));
        return buf;
    };
    return probe_bytes(file.filename().string(), size, read_at);
}

}  // namespace kc::watch
