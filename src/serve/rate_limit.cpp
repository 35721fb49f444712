#include "serve/rate_limit.h"

#include <algorithm>

namespace kc::serve {
namespace {
std::string pair_key(const std::string& ip, const std::string& account) { return "a|" + ip + "|" + account; }
std::string ip_key(const std::string& ip) { return "i|" + ip; }
}  // namespace

void LoginLimiter::expire(std::int64_t now) {
    for (auto it = m_failures.begin(); it != m_failures.end();) {
        auto& q = it->second;
        while (!q.empty() && q.front() + k_window_seconds <= now) q.pop_front();
        it = q.empty() ? m_failures.erase(it) : std::next(it);
    }
}

std::int64_t LoginLimiter::retry_after(const std::string& ip, const std::string& account, std::int64_t now) {
    std::lock_guard lock(m_mutex);
    expire(now);
    std::int64_t wait = 0;
    auto check = [&](const std::string& key, std::size_t limit) {
        auto it = m_failures.find(key);
        if (it != m_failures.end() && it->second.size() >= limit)
            wait = std::max(wait, it->second[it->second.size() - limit] + k_window_seconds - now);
    };
    check(pair_key(ip, account), k_max_failures);
    check(ip_key(ip), k_max_ip_failures);
    return wait;
}

void LoginLimiter::failed(const std::string& ip, const std::string& account, std::int64_t now) {
    std::lock_guard lock(m_mutex);
    m_failures[pair_key(ip, account)].push_back(now);
    m_failures[ip_key(ip)].push_back(now);
}

void LoginLimiter::succeeded(const std::string& ip, const std::string& account) {
    std::lock_guard lock(m_mutex);
    m_failures.erase(pair_key(ip, account));
}

std::size_t LoginLimiter::tracked_keys() {
    std::lock_guard lock(m_mutex);
    return m_failures.size();
}

}  // namespace kc::serve
