// libFuzzer target: unpack_entry of tests/fuzz/unpack_fuzz_entries.h (libarchive through
// our walk: names, links, limits, nesting). Seeds: tests/fuzz/corpus/unpack/.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "unpack_fuzz_entries.h"

int kc_fuzz_run(std::string_view bytes) { return kc::unpack::fuzz::unpack_entry(bytes); }

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    kc_fuzz_run(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
