// libFuzzer target: the header parser (understand/header.h) and the period and word
// readers it and the classifier use, fed arbitrary text. Must not crash, hang or grow
// without bound; ingestion gives it at most the first pages (6000 characters), the target
// cuts at 16 KiB. Seeds: tests/fuzz/corpus/header/. The return value (the number of header
// fields found) is what tests/fuzz/corpus/header.expected pins for the replay test.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "understand/header.h"
#include "understand/header_parts.h"
#include "understand/lexicon.h"
#include "understand/classify.h"

int kc_fuzz_run(std::string_view bytes) {
    constexpr std::size_t k_max = 16 * 1024;
    if (bytes.size() > k_max) bytes = bytes.substr(0, k_max);
    auto p = kc::understand::parse_header(bytes);
    const auto& h = p.header;
    int found = 0;
    for (const std::string* f : {&h.number, &h.symbol, &h.type, &h.date, &h.issuer, &h.subject, &h.signer, &h.period})
        found += !f->empty();
    // the same text as a subject, a path and a word list: the other readers of header text
    (void)kc::understand::detail::period_from_subject(bytes);
    (void)kc::understand::lex_terms(bytes.substr(0, 2000));
    (void)kc::understand::criterion_codes_in_path(bytes.substr(0, 1000));
    return found;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    kc_fuzz_run(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
