// pipeline/inspect.h — one file, nothing stored: `inspect` and
// `verify-signature`. Parsing still runs in supervised children.
#pragma once
#include <filesystem>
#include <string>

#include "pipeline/config.h"
#include "util/date.h"
#include "util/result.h"

namespace kc {

// JSON: {file, sha256, format, text_source, text, pages[], header, classification,
// classifications[], signature, reasons[]}. Full text: the caller is the reviewer.
Result<std::string> inspect_file(const Config& config, const std::filesystem::path& file, const Date& as_of);

struct SignatureReport {
    std::string text;
    bool all_valid = false;  // every signature valid (and at least one)
};
Result<SignatureReport> verify_signature_file(const Config& config, const std::filesystem::path& file,
                                              const Date& as_of, const std::string& format);

}  // namespace kc
