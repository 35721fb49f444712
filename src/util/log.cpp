#include "util/log.h"

#include <cstdlib>
#include <iostream>
#include <mutex>

#include "util/date.h"

namespace kc::log {
namespace {
std::mutex g_mutex;
bool g_quiet = [] {
    const char* v = std::getenv("KC_LOG");
    return v && std::string(v) == "quiet";
}();

void write(const char* level, const std::string& sub, const std::string& doc, const std::string& msg) {
    std::lock_guard<std::mutex> lock(g_mutex);
    std::cerr << date::timestamp_vn(date::now_unix()) << " " << level << " [" << (sub.empty() ? "-" : sub) << "]["
              << (doc.empty() ? "-" : doc) << "] " << msg << "\n";
}
}  // namespace

void set_quiet(bool quiet) { g_quiet = quiet; }
void info(const std::string& s, const std::string& d, const std::string& m) {
    if (!g_quiet) write("INFO ", s, d, m);
}
void warn(const std::string& s, const std::string& d, const std::string& m) { write("WARN ", s, d, m); }
void error(const std::string& s, const std::string& d, const std::string& m) { write("ERROR", s, d, m); }

}  // namespace kc::log
