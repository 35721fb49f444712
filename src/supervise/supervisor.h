// supervise/supervisor.h — runs work that parses untrusted bytes with C
// libraries (libarchive, poppler, Tesseract, qpdf, OpenSSL) in a child process:
// the same binary re-executed as `kiemchung __child TASK ARGS…`.
//
// Contract
//  - input: the child's argv (after the binary name) and limits.
//  - the child gets RLIMIT_AS (memory), RLIMIT_CPU, no core dumps, its own
//    process group, stdin from /dev/null, and OMP_THREAD_LIMIT=1 in its
//    environment before exec (libgomp reads it at load time).
//  - the parent drains stdout (the child's JSON answer) and keeps the last KiB
//    of stderr (technical messages only: children never print document text),
//    and kills the child's group after `wall_seconds`.
//  - per-item limit of batch children (several pages or documents in one
//    child): with `idle_seconds` > 0 the child is also killed when it has
//    written no complete stdout line for that long. A batch child writes a
//    line when it begins an item and one when it finishes it, so each item
//    gets `idle_seconds` of its own; ChildOutcome::idle_timed_out says so.
//  - output: ChildOutcome. A crash, hang or memory exhaustion is a value with a
//    reason (PARSER_CRASHED, PARSER_TIMEOUT, PARSER_OUT_OF_MEMORY,
//    INTERNAL_ERROR), never an exception: the pipeline goes on with the next file.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/reason.h"

namespace kc::supervise {

struct ChildLimits {
    std::uint64_t memory_bytes = 2ull << 30;
    int cpu_seconds = 120;
    int wall_seconds = 180;
    int idle_seconds = 0;  // > 0: killed after this long without a complete stdout line
};

struct ChildOutcome {
    bool ok = false;
    std::string output;        // stdout of the child (its JSON answer when ok)
    std::string stderr_tail;   // last KiB of stderr
    int exit_code = -1;
    int signal = 0;
    bool timed_out = false;
    bool idle_timed_out = false;  // killed by idle_seconds (then timed_out too)
    std::optional<Reason> reason;  // set when !ok
    double seconds = 0;
};

// Exit codes a child uses to say what went wrong (see child_main.h).
inline constexpr int k_exit_ok = 0;
inline constexpr int k_exit_usage = 2;
inline constexpr int k_exit_failed = 70;
inline constexpr int k_exit_out_of_memory = 86;

class Supervisor {
public:
    // `executable` is the kiemchung binary (defaults to /proc/self/exe).
    explicit Supervisor(std::filesystem::path executable = {});
    ChildOutcome run(const std::vector<std::string>& args, const ChildLimits& limits) const;

private:
    std::filesystem::path m_executable;
};

}  // namespace kc::supervise
