// serve/password.h — account passwords: PBKDF2-HMAC-SHA256 (OpenSSL), a random
// 16-byte salt, k_default_iterations rounds; stored in the config as
//   pbkdf2-sha256$<iterations>$<salt hex>$<hash hex>
// verify_password() recomputes and compares in constant time (CRYPTO_memcmp).
// A stored hash that does not parse, or has fewer than k_min_iterations
// rounds, verifies nothing. The password itself is never logged or stored.
#pragma once
#include <string>
#include <string_view>

namespace kc::serve {

inline constexpr int k_min_iterations = 100000;
inline constexpr int k_default_iterations = 210000;

std::string hash_password(std::string_view password, int iterations = k_default_iterations);
// The same with a given salt (bytes): tests and deterministic fixtures only.
std::string hash_password_with_salt(std::string_view password, std::string_view salt, int iterations);
bool verify_password(std::string_view password, std::string_view stored);
// Syntax and strength of a stored hash (config checks); empty when fine, else why not.
std::string check_password_hash(std::string_view stored);

}  // namespace kc::serve
