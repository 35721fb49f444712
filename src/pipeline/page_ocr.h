// pipeline/page_ocr.h — OCR of a document's pages in supervised children
// (`kiemchung __child ocr_pages --file F --pages 2,3,5`), in a pool shared
// with the document-level children.
//
// Contract
// - Input: an Analysis from the extract child run with --defer-ocr 1, whose
//   pages needing OCR (scanned PDF pages, image and TIFF pages) have source
//   "pending_ocr".
// - The pending pages are cut into batches, one child each, at most Slots'
//   size children at once across the whole run. A child OCRs its pages in
//   order with one Tesseract engine (the model loads once per child, not
//   once per page: ~0.3 s of CPU per page saved, bench/ocr_bench.sh) and
//   answers one JSON line per page as soon as it is done (the Tesseract
//   model is loaded before the first page begins: not charged to page 1).
// - Limits: every page has Limits::seconds_per_page (extract.seconds_per_page)
//   of its own: the child writes {"begin": N} when it starts page N, and the
//   supervisor kills it when a page has gone seconds_per_page without its
//   answer (supervise::ChildLimits::idle_seconds); a page whose
//   own time (measured by the child) is over the limit, or the page it was
//   working on when killed, becomes source "none" + PARSER_TIMEOUT naming the
//   page; a crash or memory exhaustion likewise names the page being OCR'd
//   (PARSER_CRASHED, PARSER_OUT_OF_MEMORY). Pages the child never reached go
//   into a new batch; the other pages keep their text. Then text_source /
//   NO_TEXT are recomputed (extract::summarise).
// - Batches: ceil(pending / slots), at most k_max_pages_per_child, so that a
//   document's pages still spread over every worker.
#pragma once
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include "core/limits.h"
#include "core/model.h"
#include "supervise/supervisor.h"

namespace kc {

// A counting semaphore: the number of children running at once.
class Slots {
public:
    explicit Slots(unsigned n) : m_free(n), m_size(n) {}
    void acquire();
    void release();
    unsigned size() const { return m_size; }

private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
    unsigned m_free;
    const unsigned m_size;
};

class SlotGuard {
public:
    explicit SlotGuard(Slots& s) : m_slots(s) { m_slots.acquire(); }
    ~SlotGuard() { m_slots.release(); }
    SlotGuard(const SlotGuard&) = delete;
    SlotGuard& operator=(const SlotGuard&) = delete;

private:
    Slots& m_slots;
};

inline constexpr int k_max_pages_per_child = 8;

// Runs `work` on every batch, first batches first, from at most `threads`
// threads (they only wait on children: Slots bounds how many children run).
void run_batches(std::vector<std::vector<std::size_t>> batches, std::size_t threads,
                 const std::function<void(std::vector<std::size_t>)>& work);

// Workers from the config key `workers` (0: one per core).
unsigned worker_count(int configured);

void ocr_pending_pages(const supervise::Supervisor& supervisor, Slots& slots, const std::string& file,
                       const Limits& limits, Analysis& analysis);

// The OCR part of ocr_pending_pages, for page-level queue jobs (queue/page_jobs.h):
// fills the "pending_ocr" pages of `pages` (same batches, limits and failure
// reasons) and returns each page's reasons (indices as `pages`), without
// adding them to an Analysis or summarising.
std::vector<std::vector<Reason>> ocr_pages(const supervise::Supervisor& supervisor, Slots& slots,
                                          const std::string& file, const Limits& limits, std::vector<PageText>& pages);

// The child side (`__child ocr_pages --file F --pages 2,3,5`): OCRs each page
// in order and prints two lines per page, flushed:
//   {"begin": N}   then   {"page": N, "seconds": S, "result": <Analysis with that one page>}
// before_page(N) runs first for each page (the fault injection hook).
// preprocess false (`--preprocess 0`) skips the Leptonica cleanup: only for
// measuring what it brings (bench/ocr_bench.sh), never used by the pipeline.
int ocr_pages_child(const std::string& file, const std::string& pages, const std::function<void(int)>& before_page,
                    bool preprocess = true);

}  // namespace kc
