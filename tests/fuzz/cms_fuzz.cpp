// libFuzzer target: cms_entry of tests/fuzz/fuzz_entries.h. Seeds: tests/fuzz/corpus/cms/.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_entries.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    kc::signature::fuzz::cms_entry(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
