// serve/session.h — logged-in sessions: a random 256-bit token (OpenSSL
// RAND_bytes, hex) in a cookie, mapped in memory to the principal. Sessions end
// after k_idle_seconds without a request or k_max_seconds in all, on logout, and
// when the server stops (nothing is written to disk). Clock passed by the caller.
#pragma once
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "serve/auth.h"

namespace kc::serve {

inline constexpr const char* k_cookie_name = "kc_session";
inline constexpr std::int64_t k_idle_seconds = 2 * 3600;
inline constexpr std::int64_t k_max_seconds = 12 * 3600;

class SessionStore {
public:
    std::string create(const Principal& who, std::int64_t now);  // returns the token
    std::optional<Principal> find(const std::string& token, std::int64_t now);  // touches it
    void remove(const std::string& token);
    std::size_t size();

private:
    struct Entry {
        Principal who;
        std::int64_t created = 0, seen = 0;
    };
    std::mutex m_mutex;
    std::map<std::string, Entry> m_sessions;
};

// Set-Cookie value for a token ("" clears it): HttpOnly, SameSite=Strict, Path=/,
// Secure when served over HTTPS.
std::string session_cookie(const std::string& token, bool https);
// The session token from a Cookie header, or empty.
std::string token_from_cookie_header(const std::string& header);

}  // namespace kc::serve
