#include "pipeline/page_ocr.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <iostream>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include "core/model_json.h"
#include "extract/extract.h"
#include "util/text.h"

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

std::string where(int number) { return "page " + std::to_string(number) + ": "; }

void give_up(PageText& page, std::vector<Reason>& reasons, Reason r) {
    page.source = "none";
    page.text.clear();
    page.confidence = 0;
    page.preprocessing.clear();
    reasons.push_back(std::move(r));
}

struct Answer {
    double seconds = 0;
    Analysis result;
};

// The lines a batch child wrote before it finished or was stopped.
std::map<int, Answer> answers_of(const std::string& output) {
    std::map<int, Answer> out;
    for (const auto& line : text::split(output, '\n')) {
        if (line.empty()) continue;
        try {
            auto o = json::parse_object(line);
            if (!o->has("result")) continue;  // {"begin": N}: the child started page N
            Answer a;
            a.seconds = o->getValue<double>("seconds");
            a.result = json::analysis_from(o->getObject("result"));
            out[o->getValue<int>("page")] = std::move(a);
        } catch (const std::exception&) {
            // a line cut by the kill: that page was not finished
        }
    }
    return out;
}

// One child for the pages at `batch` (indices into analysis.pages). Fills the
// pages it answered or that failed; returns the indices it never reached.
std::vector<std::size_t> ocr_batch(const supervise::Supervisor& supervisor, Slots& slots, const std::string& file,
                                   const Limits& limits, std::vector<PageText>& pages,
                                   const std::vector<std::size_t>& batch, std::vector<std::vector<Reason>>& reasons) {
    const int per_page = std::max(1, limits.seconds_per_page);
    const int n = static_cast<int>(batch.size());
    // Each page has per_page seconds of its own: the child writes a line when
    // it begins a page and one when it is done, and is killed when a page
    // goes per_page seconds without its answer (ChildLimits::idle_seconds).
    // The whole child's wall and CPU limits are only backstops.
    supervise::ChildLimits cl{limits.child_memory_bytes, per_page * n + 10, per_page * (n + 1)};
    cl.idle_seconds = per_page;
    std::string list;
    for (std::size_t k : batch) list += (list.empty() ? "" : ",") + std::to_string(pages[k].number);
    supervise::ChildOutcome out;
    {
        SlotGuard slot(slots);
        out = supervisor.run({"ocr_pages", "--file", file, "--pages", list}, cl);
    }
    std::map<int, Answer> answers = answers_of(out.output);
    std::vector<std::size_t> unreached;
    bool culprit_named = false;
    for (std::size_t k : batch) {
        PageText& page = pages[k];
        auto it = answers.find(page.number);
        if (it != answers.end()) {
            if (it->second.seconds > per_page) {  // finished, but over its own limit
                give_up(page, reasons[k],
                        make_reason(ReasonCode::PARSER_TIMEOUT, where(page.number) + "OCR over " +
                                                                    std::to_string(per_page) +
                                                                    " s (extract.seconds_per_page)"));
                continue;
            }
            Analysis& one = it->second.result;
            if (!one.pages.empty()) page = std::move(one.pages.front());
            for (auto& r : one.reasons) reasons[k].push_back(std::move(r));
            continue;
        }
        if (out.ok) {  // exited normally without answering this page
            give_up(page, reasons[k], make_reason(ReasonCode::INTERNAL_ERROR, where(page.number) + "no answer"));
        } else if (!culprit_named) {  // the page being OCR'd when the child stopped
            culprit_named = true;
            Reason r = *out.reason;
            if (r.code == "PARSER_TIMEOUT")
                r = make_reason(ReasonCode::PARSER_TIMEOUT, where(page.number) + "OCR over " +
                                                                std::to_string(per_page) + " s (extract.seconds_per_page)");
            else
                r = make_reason(r.code, where(page.number) + r.detail);
            give_up(page, reasons[k], std::move(r));
        } else {
            unreached.push_back(k);
        }
    }
    return unreached;
}

}  // namespace

void run_batches(std::vector<std::vector<std::size_t>> batches, std::size_t threads,
                 const std::function<void(std::vector<std::size_t>)>& work) {
    std::reverse(batches.begin(), batches.end());  // popped from the back
    std::mutex queue_mutex;
    auto next_batch = [&](std::vector<std::size_t>& b) {
        std::lock_guard lock(queue_mutex);
        if (batches.empty()) return false;
        b = std::move(batches.back());
        batches.pop_back();
        return true;
    };
    const std::size_t n = std::min(batches.size(), threads);  // before any thread pops
    std::vector<std::thread> pool;
    for (std::size_t t = 0; t < n; ++t)
        pool.emplace_back([&] {
            std::vector<std::size_t> b;
            while (next_batch(b)) work(std::move(b));
        });
    for (auto& t : pool) t.join();
}

std::vector<std::vector<Reason>> ocr_pages(const supervise::Supervisor& supervisor, Slots& slots,
                                          const std::string& file, const Limits& limits, std::vector<PageText>& pages) {
    std::vector<std::size_t> pending;
    for (std::size_t i = 0; i < pages.size(); ++i)
        if (pages[i].source == "pending_ocr") pending.push_back(i);
    std::vector<std::vector<Reason>> page_reasons(pages.size());
    if (!pending.empty()) {
        const std::size_t workers = std::max(1u, slots.size());
        const std::size_t per_child = std::clamp<std::size_t>((pending.size() + workers - 1) / workers, 1,
                                                              static_cast<std::size_t>(k_max_pages_per_child));
        std::vector<std::vector<std::size_t>> batches;
        for (std::size_t i = 0; i < pending.size(); i += per_child)
            batches.emplace_back(pending.begin() + static_cast<std::ptrdiff_t>(i),
                                 pending.begin() + static_cast<std::ptrdiff_t>(std::min(pending.size(), i + per_child)));
        run_batches(std::move(batches), 16, [&](std::vector<std::size_t> b) {
            while (!b.empty())  // pages a stopped child never reached go to a new child
                b = ocr_batch(supervisor, slots, file, limits, pages, b, page_reasons);
        });
    }
    return page_reasons;
}

void ocr_pending_pages(const supervise::Supervisor& supervisor, Slots& slots, const std::string& file,
                       const Limits& limits, Analysis& analysis) {
    auto page_reasons = ocr_pages(supervisor, slots, file, limits, analysis.pages);
    for (std::size_t i = 0; i < page_reasons.size(); ++i)  // in page order, whatever order the children finished in
        for (auto& r : page_reasons[i]) analysis.reasons.push_back(std::move(r));
    extract::summarise(analysis);
}

int ocr_pages_child(const std::string& file, const std::string& pages, const std::function<void(int)>& before_page,
                    bool preprocess) {
    extract::Options opt;
    opt.preprocess = preprocess;
    extract::warm_up_ocr(opt);  // the model load is not page 1's time
    for (const auto& item : text::split(pages, ',')) {
        if (item.empty()) continue;
        const int number = std::stoi(item);
        std::cout << "{\"begin\":" << number << "}\n" << std::flush;  // starts this page's clock in the parent
        before_page(number);
        const auto t0 = std::chrono::steady_clock::now();
        extract::PageOcr r = extract::ocr_pdf_page(file, number, opt);
        Analysis one;
        one.pages.push_back(std::move(r.page));
        one.reasons = std::move(r.reasons);
        auto o = json::ordered();
        o->set("page", number);
        o->set("seconds", std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
        o->set("result", json::to_json(one));
        std::cout << json::stringify(o) << '\n' << std::flush;
    }
    return 0;
}

}  // namespace kc
