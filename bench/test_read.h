// bench/test_read.h — whole-file read for the benchmark executables.
#pragma once
#include <fstream>
#include <iterator>
#include <string>

namespace kc::bench {
inline std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}
}  // namespace kc::bench
