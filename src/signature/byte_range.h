// signature/byte_range.h — strict, pure checks of a signature's /ByteRange.
// No I/O: callers pass the numbers, the file size and the raw file bytes (or a
// located /Contents span), so every rule can be table-tested.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kc::signature {

// Half-open byte span [begin, end) in the file.
struct Span {
    std::int64_t begin = 0;
    std::int64_t end = 0;
    bool operator==(const Span&) const = default;
};

struct ByteRangeCheck {
    bool ok = false;
    std::string problem;                  // stable token when !ok, e.g. "gap_not_contents"
    std::int64_t signed_end = 0;          // end of the second range (when ok)
    bool signed_revision_is_last = false; // second range ends at EOF
};

// The rules: exactly 4 non-negative numbers; starts at 0; the first range ends where
// the /Contents hex string (with its angle brackets) begins and the second range
// starts right after it; the second range ends inside the file.
// `contents` is the span of the /Contents hex string as found in the raw bytes
// (nullopt when it could not be found).
ByteRangeCheck check_byte_range(const std::vector<std::int64_t>& byte_range, std::int64_t file_size,
                                std::optional<Span> contents);

// Spans of hex strings that directly follow a "/Contents" key in `bytes` and whose
// decoded value equals `contents_value` (the raw /Contents string as the PDF parser
// read it). Several may match when a file was crafted; callers choose.
std::vector<Span> find_contents_spans(std::string_view bytes, std::string_view contents_value);

// Picks the span starting at the first range's end if there is one, else the first.
std::optional<Span> choose_contents_span(const std::vector<Span>& spans,
                                         const std::vector<std::int64_t>& byte_range);

// True when `prefix_end` sits right after an "%%EOF" marker (plus optional EOL):
// a signed revision must end at a revision boundary.
bool ends_at_revision_boundary(std::string_view bytes, std::int64_t prefix_end);

}  // namespace kc::signature
