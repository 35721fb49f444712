// core/limits.h — every limit kiemchung enforces, named, in one place.
// Each can be overridden in the config file (key in the comment).
#pragma once
#include <cstdint>

namespace kc {

struct Limits {
    // unpacking (unpack.*)
    std::uint64_t max_entries = 5000;                      // unpack.max_entries
    std::uint64_t max_total_bytes = 2ull << 30;            // unpack.max_total_bytes (bomb guard)
    std::uint64_t max_entry_bytes = 512ull << 20;          // unpack.max_entry_bytes
    double max_ratio = 200.0;                              // unpack.max_ratio (out / archive size)
    double max_entry_ratio = 200.0;                        // unpack.max_entry_ratio (one entry: out / bytes it consumed)
    int max_depth = 3;                                     // unpack.max_depth (nested archives)
    // supervised children (child.*)
    std::uint64_t child_memory_bytes = 2ull << 30;         // child.memory_bytes (RLIMIT_AS)
    int child_cpu_seconds = 120;                           // child.cpu_seconds (RLIMIT_CPU)
    int child_wall_seconds = 180;                          // child.wall_seconds (killed after)
    // extraction (extract.*)
    int max_pages = 500;                                   // extract.max_pages
    std::uint64_t max_text_bytes = 16ull << 20;            // extract.max_text_bytes
    int seconds_per_page = 60;                             // extract.seconds_per_page (one OCR'd page; killed after)
};

}  // namespace kc
