#include "serve/password.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <stdexcept>
#include <vector>

#include "util/text.h"

namespace kc::serve {
namespace {

std::string hex(const unsigned char* p, std::size_t n) {
    static const char* d = "0123456789abcdef";
    std::string out;
    out.reserve(n * 2);
    for (std::size_t i = 0; i < n; ++i) out += d[p[i] >> 4], out += d[p[i] & 15];
    return out;
}

bool unhex(std::string_view s, std::string& out) {
    if (s.size() % 2) return false;
    auto v = [](char c) { return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1; };
    out.clear();
    for (std::size_t i = 0; i < s.size(); i += 2) {
        int a = v(s[i]), b = v(s[i + 1]);
        if (a < 0 || b < 0) return false;
        out += static_cast<char>(a * 16 + b);
    }
    return true;
}

std::string derive(std::string_view password, std::string_view salt, int iterations) {
    unsigned char out[32];
    if (PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()),
                          reinterpret_cast<const unsigned char*>(salt.data()), static_cast<int>(salt.size()),
                          iterations, EVP_sha256(), sizeof out, out) != 1)
        throw std::runtime_error("PKCS5_PBKDF2_HMAC failed");
    return std::string(reinterpret_cast<const char*>(out), sizeof out);
}

struct Parsed {
    int iterations = 0;
    std::string salt, hash;
};

std::string parse(std::string_view stored, Parsed& p) {
    auto parts = text::split(stored, '$');
    if (parts.size() != 4 || parts[0] != "pbkdf2-sha256") return "expected pbkdf2-sha256$ITERATIONS$SALT$HASH";
    try {
        std::size_t used = 0;
        p.iterations = std::stoi(parts[1], &used);
        if (used != parts[1].size()) return "bad iteration count";
    } catch (const std::exception&) {
        return "bad iteration count";
    }
    if (p.iterations < k_min_iterations) return "fewer than " + std::to_string(k_min_iterations) + " iterations";
    if (!unhex(parts[2], p.salt) || p.salt.size() < 16) return "salt must be at least 16 bytes, hex";
    if (!unhex(parts[3], p.hash) || p.hash.size() != 32) return "hash must be 32 bytes, hex";
    return {};
}

}  // namespace

std::string hash_password_with_salt(std::string_view password, std::string_view salt, int iterations) {
    auto h = derive(password, salt, iterations);
    return "pbkdf2-sha256$" + std::to_string(iterations) + "$" +
           hex(reinterpret_cast<const unsigned char*>(salt.data()), salt.size()) + "$" +
           hex(reinterpret_cast<const unsigned char*>(h.data()), h.size());
}

std::string hash_password(std::string_view password, int iterations) {
    unsigned char salt[16];
    if (RAND_bytes(salt, sizeof salt) != 1) throw std::runtime_error("RAND_bytes failed");
    return hash_password_with_salt(password, std::string_view(reinterpret_cast<const char*>(salt), sizeof salt),
                                   iterations);
}

bool verify_password(std::string_view password, std::string_view stored) {
    Parsed p;
    if (!parse(stored, p).empty()) return false;
    auto h = derive(password, p.salt, p.iterations);
    return CRYPTO_memcmp(h.data(), p.hash.data(), h.size()) == 0;
}

std::string check_password_hash(std::string_view stored) {
    Parsed p;
    return parse(stored, p);
}

}  // namespace kc::serve
