// understand/path_codes.h — criterion codes written in folder and file names (internal).
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace kc::understand::detail {

struct PathCode {
    std::string code;  // "7.4.1", "1.2.a"
    bool in_file;      // found in the file name rather than a folder name
};
// In path order (top folder first), unique by code.
std::vector<PathCode> path_codes(std::string_view path);

}  // namespace kc::understand::detail
