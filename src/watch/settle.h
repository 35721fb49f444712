// watch/settle.h — which inbox items are complete: pure bookkeeping over
// observations (no I/O, no clock: the caller passes the time).
//
// An item (a file, or a folder dropped as a whole) is observed on every scan
// as a Signature: size, mtime and, for a folder, a fingerprint of its listing
// (names, sizes, mtimes). It is settled when its signature has not changed for
// `settle` seconds. On first sight the item's own mtime counts as the start of
// the quiet period when it lies in the past, so a file copied an hour ago is
// settled at once (cron runs with --once) while a file still being written —
// whose mtime moves — never is. Items missing from a scan are forgotten.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kc::watch {

struct Signature {
    std::uint64_t size = 0;
    std::int64_t mtime = 0;          // seconds since the epoch (newest in a folder)
    std::string fingerprint;         // folders: listing digest; files: empty
    bool operator==(const Signature&) const = default;
};

struct Observation {
    std::string key;  // inbox-relative path
    Signature signature;
};

class SettleTracker {
public:
    explicit SettleTracker(std::int64_t settle_seconds) : m_settle(settle_seconds) {}
    // One whole scan: updates every observed key and forgets the keys not in it.
    void observe(const std::vector<Observation>& scan, std::int64_t now);
    // Keys unchanged for the settle period as of `now`, in key order.
    std::vector<std::string> settled(std::int64_t now) const;
    bool is_settled(const std::string& key, std::int64_t now) const;
    std::int64_t quiet_for(const std::string& key, std::int64_t now) const;  // -1 when unknown
    // Seconds from `now` until the first item not yet settled will be (0 if one is
    // due now); nullopt when every item is settled or none is known. The loop
    // sleeps until then instead of a whole scan interval, so a drop seen through
    // an inotify event is taken right when its settle period ends.
    std::optional<std::int64_t> next_settle_in(std::int64_t now) const;
    void forget(const std::string& key) { m_items.erase(key); }
    std::size_t size() const { return m_items.size(); }

private:
    struct Item {
        Signature signature;
        std::int64_t quiet_since;
    };
    std::int64_t m_settle;
    std::map<std::string, Item> m_items;
};

}  // namespace kc::watch
