// app/options.h — command-line parsing: `kiemchung COMMAND [ARGS] [--key value]…`.
// Unknown options are usage errors (exit 2).
#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace kc::app {

struct Options {
    std::string command;
    std::vector<std::string> positional;
    std::map<std::string, std::string> values;
    std::optional<std::string> get(const std::string& key) const;
};

// `allowed`: option names (without --) the command accepts; all take a value.
// Returns an error message or empty.
std::string parse_options(int argc, char** argv, const std::set<std::string>& allowed, Options& out);

}  // namespace kc::app
