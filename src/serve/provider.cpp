#include "serve/provider.h"

#include <chrono>

#include "core/model_json.h"
#include "extract/extract.h"
#include "pipeline/publish.h"
#include "util/log.h"
#include "util/text.h"

namespace kc::serve {
namespace fs = std::filesystem;

StateProvider::~StateProvider() = default;

// Empty when the catalog cannot be asked (then nothing is dropped).
std::string StateProvider::stamp() {
    try {
        if (!m_probe) {
            auto p = ChangeProbe::open(m_engine.config.catalog_location());
            if (!p) {
                log::warn("", "", "serve: " + p.error().detail);
                return {};
            }
            m_probe = std::move(p.value());
        }
        return m_probe->stamp();
    } catch (const std::exception& e) {
        log::warn("", "", std::string("serve: ") + e.what());
        m_probe.reset();  // connect again next time
        return {};
    }
}

std::vector<PageText> StateProvider::pages_locked(const std::string& sha256) {
    auto cached = m_engine.catalog->cached("extract", sha256, extract::k_version);
    if (!cached) return {};
    try {
        return json::analysis_from(json::parse_object(*cached)).pages;
    } catch (const std::exception&) {
        return {};
    }
}

std::vector<PageText> StateProvider::pages(const std::string& sha256) {
    std::lock_guard lock(m_mutex);
    return pages_locked(sha256);
}

fs::path StateProvider::blob_path(const std::string& sha256) const { return m_engine.store->local_path(sha256); }

std::shared_ptr<const Snapshot> StateProvider::get(const Date& as_of) {
    std::lock_guard lock(m_mutex);
    auto now_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                      std::chrono::steady_clock::now().time_since_epoch()).count();
    if (m_checked_ms == 0 || now_ms - m_checked_ms >= 1000) {
        m_checked_ms = now_ms;
        auto st = stamp();
        if (!st.empty() && st != m_stamp) {
            m_stamp = st;
            m_days.clear();
            m_folded.clear();
        }
    }
    const std::string key = date::iso(as_of);
    if (auto it = m_days.find(key); it != m_days.end()) return it->second;
    auto t0 = std::chrono::steady_clock::now();
    m_engine.as_of = as_of;
    std::vector<Submission> subs;
    auto j = judge_catalog(m_engine, &subs);
    if (m_folded.empty())
        for (const auto& d : j.documents) {
            if (!d.sha256 || m_folded.count(*d.sha256)) continue;
            std::string all;
            for (const auto& p : pages_locked(*d.sha256)) {
                all += p.text;
                all += '\n';
                if (all.size() > k_max_folded_text_bytes) break;
            }
            m_folded[*d.sha256] = all.empty() ? std::string() : text::fold(text::truncate(all, k_max_folded_text_bytes));
        }
    auto built = make_snapshot(m_engine.rules, std::move(subs), std::move(j), m_folded);
    built.generation = static_cast<std::uint64_t>(m_rebuilds) + 1;
    auto snap = std::make_shared<const Snapshot>(std::move(built));
    if (m_days.size() >= k_max_cached_days) m_days.erase(m_days.begin());
    m_days[key] = snap;
    ++m_rebuilds;
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
    log::info("", "", "serve: judged the catalog as of " + key + " (" + std::to_string(snap->judgement.documents.size()) +
                          " documents, " + std::to_string(ms) + " ms)");
    return snap;
}

}  // namespace kc::serve
