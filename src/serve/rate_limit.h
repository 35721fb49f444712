// serve/rate_limit.h — login attempts, limited per (client IP, account) and per
// client IP. Pure logic over a clock the caller passes (seconds), guarded by a
// mutex so the server's threads can share one limiter.
//
// Policy: after k_max_failures failed logins for one IP+account within
// k_window_seconds, or k_max_ip_failures for one IP over all accounts, further
// attempts are refused (HTTP 429) until the window has passed since the oldest
// counted failure; the password is not even checked then. A success clears the
// IP+account count. Memory is bounded: keys idle longer than the window go.
#pragma once
#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <string>

namespace kc::serve {

inline constexpr int k_max_failures = 5;
inline constexpr int k_max_ip_failures = 20;
inline constexpr std::int64_t k_window_seconds = 15 * 60;

class LoginLimiter {
public:
    // 0: may try now; else seconds until it may.
    std::int64_t retry_after(const std::string& ip, const std::string& account, std::int64_t now);
    void failed(const std::string& ip, const std::string& account, std::int64_t now);
    void succeeded(const std::string& ip, const std::string& account);
    std::size_t tracked_keys();

private:
    void expire(std::int64_t now);
    std::mutex m_mutex;
    std::map<std::string, std::deque<std::int64_t>> m_failures;  // key → failure times
};

}  // namespace kc::serve
