// util/log.h — one line per event on stderr: time, level, submission id,
// document id, message. Never document text: ids, codes, counts and file names.
// KC_LOG=quiet silences info lines.
#pragma once
#include <string>

namespace kc::log {
void info(const std::string& submission, const std::string& document, const std::string& message);
void warn(const std::string& submission, const std::string& document, const std::string& message);
void error(const std::string& submission, const std::string& document, const std::string& message);
void set_quiet(bool quiet);
}  // namespace kc::log
