// serve/provider.h — the judged state for the server's threads: one Snapshot
// per as-of day, built through judge_catalog() (the code path of `kiemchung
// index`) and kept until the catalog changes. The Engine (one SQLite
// connection) is used under a mutex; snapshots are immutable and shared.
// Rendered replies are cached too (ReplyCache), keyed by the snapshot's
// generation, so a page asked again for the same day, principal and query is
// not rendered again until the catalog changes.
// The catalog counts as changed when its ChangeProbe stamp (serve/change_probe.h:
// counts and highest seqs, asked of the catalog itself, SQLite or PostgreSQL)
// changed; that is looked at most once a second. When the probe cannot ask, the
// snapshots are kept and it tries again a second later.
#pragma once
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/engine.h"
#include "serve/change_probe.h"
#include "serve/snapshot.h"

namespace kc::serve {

inline constexpr std::size_t k_max_cached_days = 8;
inline constexpr std::size_t k_max_folded_text_bytes = 256 * 1024;  // per document, for search

class StateProvider {
public:
    explicit StateProvider(Engine& e) : m_engine(e) {}
    ~StateProvider();
    std::shared_ptr<const Snapshot> get(const Date& as_of);
    // The extracted pages of stored content (catalog cache), empty when none.
    std::vector<PageText> pages(const std::string& sha256);
    // Where the content store keeps these bytes (sha256 from the catalog only).
    std::filesystem::path blob_path(const std::string& sha256) const;
    int rebuilds() const { return m_rebuilds; }

private:
    std::string stamp();
    std::vector<PageText> pages_locked(const std::string& sha256);
    Engine& m_engine;
    std::mutex m_mutex;
    std::unique_ptr<ChangeProbe> m_probe;
    std::string m_stamp;
    std::int64_t m_checked_ms = 0;
    std::map<std::string, std::shared_ptr<const Snapshot>> m_days;
    std::map<std::string, std::string> m_folded;
    int m_rebuilds = 0;
};

// Rendered replies by "generation|route|argument|principal|query"; at most
// k_max_cached_replies entries or k_max_cached_reply_bytes (then emptied).
inline constexpr std::size_t k_max_cached_replies = 1024;
inline constexpr std::size_t k_max_cached_reply_bytes = 64u << 20;

template <typename Reply>
class ReplyCache {
public:
    std::optional<Reply> find(const std::string& key) {
        std::lock_guard lock(m_mutex);
        auto it = m_replies.find(key);
        if (it == m_replies.end()) return std::nullopt;
        return it->second;
    }
    void put(const std::string& key, const Reply& r, std::uint64_t generation) {
        std::lock_guard lock(m_mutex);
        if (generation != m_generation || m_replies.size() >= k_max_cached_replies ||
            m_bytes + r.body.size() > k_max_cached_reply_bytes)
            m_replies.clear(), m_bytes = 0, m_generation = generation;
        m_bytes += r.body.size();
        m_replies[key] = r;
    }

private:
    std::mutex m_mutex;
    std::uint64_t m_generation = 0;
    std::size_t m_bytes = 0;
    std::map<std::string, Reply> m_replies;
};

}  // namespace kc::serve
