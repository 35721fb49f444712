#include "pipeline/page_ocr.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

#include "core/model_json.h"
#include "extract/extract.h"

namespace kc {

void Slots::acquire() {
    std::unique_lock lock(m_mutex);
    m_cv.wait(lock, [&] { return m_free > 0; });
    --m_free;
}

void Slots::release() {
    {
        std::lock_guard lock(m_mutex);
        ++m_free;
    }
    m_cv.notify_one();
}

unsigned worker_count(int configured) {
    return configured > 0 ? static_cast<unsigned>(configured) : std::max(1u, std::thread::hardware_concurrency());
}

namespace {

// One page in its own child; the answer replaces the pending page.
void ocr_one(const supervise::Supervisor& supervisor, Slots& slots, const std::string& file, const Limits& limits,
             PageText& page, std::vector<Reason>& reasons) {
    supervise::ChildLimits cl{limits.child_memory_bytes, std::max(1, limits.seconds_per_page),
                              std::max(1, limits.seconds_per_page)};
    supervise::ChildOutcome out;
    {
        SlotGuard slot(slots);
        out = supervisor.run({"ocr_page", "--file", file, "--page", std::to_string(page.number)}, cl);
    }
    const std::string where = "page " + std::to_string(page.number) + ": ";
    page.source = "none";
    page.text.clear();
    page.confidence = 0;
    if (!out.ok) {
        Reason r = *out.reason;
        if (r.code == "PARSER_TIMEOUT")
            r = make_reason(ReasonCode::PARSER_TIMEOUT,
                            where + "OCR over " + std::to_string(cl.wall_seconds) + " s (extract.seconds_per_page)");
        else
            r = make_reason(r.code, where + r.detail);
        reasons.push_back(r);
        return;
    }
    try {
        Analysis one = json::analysis_from(json::parse_object(out.output));
        if (!one.pages.empty()) page = std::move(one.pages.front());
        for (auto& r : one.reasons) reasons.push_back(std::move(r));
    } catch (const std::exception& ex) {
        reasons.push_back(make_reason(ReasonCode::INTERNAL_ERROR, where + "ocr_page answer: " + ex.what()));
    }
}

}  // namespace

void ocr_pending_pages(const supervise::Supervisor& supervisor, Slots& slots, const std::string& file,
                       const Limits& limits, Analysis& analysis) {
    std::vector<std::size_t> pending;
    for (std::size_t i = 0; i < analysis.pages.size(); ++i)
        if (analysis.pages[i].source == "pending_ocr") pending.push_back(i);
    if (!pending.empty()) {
        // Threads only wait on children; Slots bounds how many run at once.
        std::vector<std::vector<Reason>> page_reasons(pending.size());
        std::atomic<std::size_t> next{0};
        std::vector<std::thread> pool;
        const std::size_t threads = std::min<std::size_t>(pending.size(), 16);
        for (std::size_t t = 0; t < threads; ++t)
            pool.emplace_back([&] {
                for (std::size_t k = next++; k < pending.size(); k = next++)
                    ocr_one(supervisor, slots, file, limits, analysis.pages[pending[k]], page_reasons[k]);
            });
        for (auto& t : pool) t.join();
        for (auto& rs : page_reasons)  // in page order, whatever order the children finished in
            for (auto& r : rs) analysis.reasons.push_back(std::move(r));
    }
    extract::summarise(analysis);
}

}  // namespace kc
