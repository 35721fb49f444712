#include "serve/session.h"

#include <openssl/rand.h>

#include <stdexcept>

#include "util/text.h"

namespace kc::serve {

std::string SessionStore::create(const Principal& who, std::int64_t now) {
    unsigned char raw[32];
    if (RAND_bytes(raw, sizeof raw) != 1) throw std::runtime_error("RAND_bytes failed");
    static const char* d = "0123456789abcdef";
    std::string token;
    for (unsigned char c : raw) token += d[c >> 4], token += d[c & 15];
    std::lock_guard lock(m_mutex);
    for (auto it = m_sessions.begin(); it != m_sessions.end();)  // drop the expired
        it = (now - it->second.seen > k_idle_seconds || now - it->second.created > k_max_seconds)
                 ? m_sessions.erase(it)
                 : std::next(it);
    m_sessions[token] = Entry{who, now, now};
    return token;
}

std::optional<Principal> SessionStore::find(const std::string& token, std::int64_t now) {
    if (token.size() != 64) return std::nullopt;
    std::lock_guard lock(m_mutex);
    auto it = m_sessions.find(token);
    if (it == m_sessions.end()) return std::nullopt;
    if (now - it->second.seen > k_idle_seconds || now - it->second.created > k_max_seconds) {
        m_sessions.erase(it);
        return std::nullopt;
    }
    it->second.seen = now;
    return it->second.who;
}

void SessionStore::remove(const std::string& token) {
    std::lock_guard lock(m_mutex);
    m_sessions.erase(token);
}

std::size_t SessionStore::size() {
    std::lock_guard lock(m_mutex);
    return m_sessions.size();
}

std::string session_cookie(const std::string& token, bool https) {
    std::string c = std::string(k_cookie_name) + "=" + token + "; Path=/; HttpOnly; SameSite=Strict";
    if (token.empty()) c += "; Max-Age=0";
    if (https) c += "; Secure";
    return c;
}

std::string token_from_cookie_header(const std::string& header) {
    for (const auto& part : text::split(header, ';')) {
        auto kv = text::trim(part);
        std::string prefix = std::string(k_cookie_name) + "=";
        if (kv.rfind(prefix, 0) == 0) return kv.substr(prefix.size());
    }
    return {};
}

}  // namespace kc::serve
