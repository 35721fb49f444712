// Test helper: writes small zip files byte by byte, so a test controls what
// ordinary tools refuse to produce: raw legacy-code-page names without the
// UTF-8 flag, "../" and absolute names, symlink entries, truncation.
#pragma once
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace kc::unpack::testing {

struct ZipMember {
    std::string name;          // raw bytes, written as given
    std::string data;
    bool utf8_flag = false;    // general purpose bit 11
    std::uint32_t unix_mode = 0100644;  // 0120777 makes a symlink (data = target)
};

// Stored (uncompressed) zip with a central directory.
std::string build_zip(const std::vector<ZipMember>& members);
void write_file(const std::filesystem::path& file, const std::string& bytes);
std::string read_file(const std::filesystem::path& file);

}  // namespace kc::unpack::testing
