// pipeline/child_main.h — the child side of supervise/: `kiemchung __child TASK …`.
// Tasks: unpack, extract (--defer-ocr 1: PDF pages needing OCR come back as
// "pending_ocr"), extract_batch (--files "F1\nF2…": the same for several
// documents in one process, two JSON lines per document; see
// pipeline/batch_extract.h), ocr_page (--file F --page N: one PDF page OCR'd, answered as
// an Analysis with that one page), ocr_pages (--file F --pages 2,3,5: the same
// for several pages with one Tesseract engine, one JSON line per page; see
// pipeline/page_ocr.h), verify_signature, read_table (--file F: an appraisal CSV/XLSX,
// answered as dossier/appraisal.h table_answer_json) (and the hidden `env`, for the
// supervisor tests: prints {"OMP_THREAD_LIMIT": value or null}, reads no file).
// Each prints one JSON answer on stdout and exits 0; failures exit with
// supervise::k_exit_* codes. A memory limit hit (std::bad_alloc) exits
// k_exit_out_of_memory.
//
// Fault injection for the isolation tests: only when the environment has
// KC_ENABLE_FAULT_INJECTION=1, a file containing "KC-FAULT:segv", ":hang" or
// ":oom" makes the extract / extract_batch / read_table child crash, hang or exhaust its
// memory (in a batch: while on that file), and
// "KC-FAULT:slowpage-N;" makes the ocr_page / ocr_pages child hang at page N.
#pragma once

namespace kc {
int child_main(int argc, char** argv);  // argv[0] = binary, argv[1] = "__child"
}
