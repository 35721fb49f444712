// util/hash.h — SHA-256 (OpenSSL EVP) of bytes and of files, lowercase hex.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace kc::hash {

std::string sha256_hex(std::string_view bytes);
// Streams the file; nullopt when it cannot be read.
std::optional<std::string> sha256_file(const std::filesystem::path& file);

// Incremental hasher for streamed data (unpacking).
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;
    void update(const void* data, std::size_t size);
    std::string hex();  // finishes the digest

private:
    void* m_ctx;
};

}  // namespace kc::hash
