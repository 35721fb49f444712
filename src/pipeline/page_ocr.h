// pipeline/page_ocr.h — OCR of a document's pages, one supervised child per
// page (`kiemchung __child ocr_page --file F --page N`), in a pool shared with
// the document-level children.
//
// Contract
// - Input: an Analysis from the extract child run with --defer-ocr 1, whose
//   pages needing OCR have source "pending_ocr".
// - Each such page runs in its own child with a wall-clock limit of
//   Limits::seconds_per_page (extract.seconds_per_page) and the usual memory
//   limit; at most Slots' size children run at once across the whole run.
// - A page over its limit, crashed or out of memory becomes source "none"
//   plus a reason naming the page (PARSER_TIMEOUT "page 3: …", PARSER_CRASHED,
//   PARSER_OUT_OF_MEMORY); the other pages keep their text. Then
//   text_source / NO_TEXT are recomputed (extract::summarise).
#pragma once
#include <condition_variable>
#include <mutex>
#include <string>

#include "core/limits.h"
#include "core/model.h"
#include "supervise/supervisor.h"

namespace kc {

// A counting semaphore: the number of children running at once.
class Slots {
public:
    explicit Slots(unsigned n) : m_free(n) {}
    void acquire();
    void release();

private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
    unsigned m_free;
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

// Workers from the config key `workers` (0: one per core).
unsigned worker_count(int configured);

void ocr_pending_pages(const supervise::Supervisor& supervisor, Slots& slots, const std::string& file,
                       const Limits& limits, Analysis& analysis);

}  // namespace kc
