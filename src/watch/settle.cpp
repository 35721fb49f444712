#include "watch/settle.h"

#include <algorithm>
#include <set>

namespace kc::watch {

void SettleTracker::observe(const std::vector<Observation>& scan, std::int64_t now) {
    std::set<std::string> seen;
    for (const auto& o : scan) {
        seen.insert(o.key);
        auto it = m_items.find(o.key);
        if (it == m_items.end()) {
            // A future mtime (clock skew on the share) proves nothing: start now.
            std::int64_t since = o.signature.mtime <= now ? o.signature.mtime : now;
            m_items.emplace(o.key, Item{o.signature, since});
        } else if (!(it->second.signature == o.signature)) {
            it->second = Item{o.signature, now};
        }
    }
    for (auto it = m_items.begin(); it != m_items.end();)
        it = seen.count(it->first) ? std::next(it) : m_items.erase(it);
}

bool SettleTracker::is_settled(const std::string& key, std::int64_t now) const {
    auto it = m_items.find(key);
    return it != m_items.end() && now - it->second.quiet_since >= m_settle;
}

std::int64_t SettleTracker::quiet_for(const std::string& key, std::int64_t now) const {
    auto it = m_items.find(key);
    return it == m_items.end() ? -1 : now - it->second.quiet_since;
}

std::vector<std::string> SettleTracker::settled(std::int64_t now) const {
    std::vector<std::string> out;
    for (const auto& [k, item] : m_items)
        if (now - item.quiet_since >= m_settle) out.push_back(k);
    return out;
}

std::optional<std::int64_t> SettleTracker::next_settle_in(std::int64_t now) const {
    std::optional<std::int64_t> out;
    for (const auto& [k, item] : m_items) {
        const std::int64_t left = item.quiet_since + m_settle - now;
        if (left <= 0) continue;  // settled already (maybe waiting for its probe: the interval covers it)
        if (!out || left < *out) out = left;
    }
    return out;
}

}  // namespace kc::watch
