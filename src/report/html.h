// report/html.h — tiny helpers for writing escaped HTML.
#pragma once
#include <string>
#include <string_view>

namespace kc::report {
std::string esc(std::string_view s);
// <span class="vi">vi</span><span class="en">en</span>
std::string bi(std::string_view vi, std::string_view en);
}  // namespace kc::report
