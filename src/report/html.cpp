#include "report/html.h"

namespace kc::report {

std::string esc(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string bi(std::string_view vi, std::string_view en) {
    return "<span class=\"vi\">" + esc(vi) + "</span><span class=\"en\">" + esc(en) + "</span>";
}

}  // namespace kc::report
