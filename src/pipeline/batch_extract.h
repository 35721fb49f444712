// pipeline/batch_extract.h — text extraction of many documents in few
// supervised children (`kiemchung __child extract_batch --files "F1\nF2…"`).
//
// Why: starting the binary (79 shared libraries, poppler, Tesseract, Poco…)
// costs about as much as extracting a text PDF; one child per document made
// text extraction ~0.6× pdftotext (bench/text_bench.sh).
//
// Contract
// - Input: files (absolute paths), the extract child's extra arguments
//   (limits, --defer-ocr) and the per-document child limits.
// - The files are cut into batches of at most k_max_docs_per_child, spread
//   over the Slots; each batch is one child, holding one slot. The child
//   extracts its files in order and writes two lines per file:
//   {"begin": K} then {"index": K, "result": <Analysis>} (K: position in
//   the batch). Each document keeps its own wall limit
//   (supervise::ChildLimits::idle_seconds = the per-document wall_seconds);
//   the memory limit is per child as before.
// - Crash isolation: when a batch child dies (crash, timeout, out of memory),
//   the document it was working on gets the failure as its reason, the
//   documents already answered keep their results, and the rest are run one
//   child per document, so a hostile file costs only itself.
// - Output: one ExtractAnswer per input file, in input order: an Analysis, or
//   the failure reason (PARSER_CRASHED, PARSER_TIMEOUT, PARSER_OUT_OF_MEMORY,
//   INTERNAL_ERROR) — never both.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/model.h"
#include "pipeline/page_ocr.h"
#include "supervise/supervisor.h"

namespace kc {

inline constexpr std::size_t k_max_docs_per_child = 16;

struct ExtractAnswer {
    std::optional<Analysis> analysis;
    std::optional<Reason> failure;
};

std::vector<ExtractAnswer> extract_in_batches(const supervise::Supervisor& supervisor, Slots& slots,
                                              const std::vector<std::string>& files,
                                              const std::vector<std::string>& extra_args,
                                              const supervise::ChildLimits& per_document);

// The child side: extracts each file ('\n'-separated list) in order, writing
// the two lines per file described above; before_file(F) runs first for each
// (the fault injection hook). Returns the child's exit code.
int extract_batch_child(const std::string& files, const std::function<void(const std::string&)>& before_file,
                        const std::function<Analysis(const std::string&)>& extract_one);

}  // namespace kc
