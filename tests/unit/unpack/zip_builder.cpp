#include "zip_builder.h"

#include <array>
#include <fstream>
#include <iterator>

namespace kc::unpack::testing {
namespace {

std::uint32_t crc32(const std::string& s) {
    static const auto table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    std::uint32_t c = 0xFFFFFFFFu;
    for (unsigned char b : s) c = table[(c ^ b) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

void u16(std::string& out, std::uint32_t v) {
    out += static_cast<char>(v & 0xFF);
    out += static_cast<char>((v >> 8) & 0xFF);
}
void u32(std::string& out, std::uint32_t v) {
    u16(out, v & 0xFFFF);
    u16(out, v >> 16);
}

}  // namespace

std::string build_zip(const std::vector<ZipMember>& members) {
    std::string body, central;
    for (const auto& m : members) {
        const std::uint32_t offset = static_cast<std::uint32_t>(body.size());
        const std::uint32_t crc = crc32(m.data);
        const std::uint32_t size = static_cast<std::uint32_t>(m.data.size());
        const std::uint16_t flags = m.utf8_flag ? 0x0800 : 0;
        u32(body, 0x04034b50);
        u16(body, 20);
        u16(body, flags);
        u16(body, 0);  // stored
        u16(body, 0);
        u16(body, 0x21);  // 1980-01-01
        u32(body, crc);
        u32(body, size);
        u32(body, size);
        u16(body, static_cast<std::uint32_t>(m.name.size()));
        u16(body, 0);
        body += m.name;
        body += m.data;

        u32(central, 0x02014b50);
        u16(central, (3 << 8) | 20);  // made by Unix, so the mode below counts
        u16(central, 20);
        u16(central, flags);
        u16(central, 0);
        u16(central, 0);
        u16(central, 0x21);
        u32(central, crc);
        u32(central, size);
        u32(central, size);
        u16(central, static_cast<std::uint32_t>(m.name.size()));
        u16(central, 0);
        u16(central, 0);
        u16(central, 0);
        u16(central, 0);
        u32(central, m.unix_mode << 16);
        u32(central, offset);
        central += m.name;
    }
    std::string out = body + central;
    u32(out, 0x06054b50);
    u16(out, 0);
    u16(out, 0);
    u16(out, static_cast<std::uint32_t>(members.size()));
    u16(out, static_cast<std::uint32_t>(members.size()));
    u32(out, static_cast<std::uint32_t>(central.size()));
    u32(out, static_cast<std::uint32_t>(body.size()));
    u16(out, 0);
    return out;
}

void write_file(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream(file, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::string read_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace kc::unpack::testing
