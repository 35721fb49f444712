// util/atomic_file.h — write a whole file so readers see the old or the new
// content, never half: temp file in the same folder, fsync, rename.
#pragma once
#include <filesystem>
#include <string_view>

#include "util/result.h"

namespace kc {
Result<bool> write_file_atomically(const std::filesystem::path& file, std::string_view content);
}
