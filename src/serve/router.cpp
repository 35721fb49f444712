#include "serve/router.h"

#include <vector>

#include "util/text.h"

namespace kc::serve {
namespace {

bool path_chars_ok(std::string_view p) {
    if (p.empty() || p[0] != '/') return false;
    for (char c : p) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                  c == '_' || c == '-' || c == '/';
        if (!ok) return false;
    }
    if (p.find("//") != std::string_view::npos) return false;
    for (const auto& seg : text::split(p.substr(1), '/'))
        if (seg == "." || seg == "..") return false;
    return true;
}

}  // namespace

bool valid_identifier(std::string_view s) {
    if (s.empty() || s.size() > 128) return false;
    auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
    if (!alnum(s[0])) return false;
    for (char c : s)
        if (!alnum(c) && c != '.' && c != '_' && c != '-') return false;
    return s.find("..") == std::string_view::npos;
}

Route route(std::string_view method, std::string_view raw_path) {
    Route r;
    if (!path_chars_ok(raw_path)) return {Route::bad_request, {}};
    std::vector<std::string> seg;
    if (raw_path.size() > 1) seg = text::split(raw_path.substr(1), '/');
    if (!seg.empty() && seg.back().empty()) seg.pop_back();  // a trailing slash
    const bool get = method == "GET" || method == "HEAD";
    auto want_get = [&](Route::Kind k, std::string arg = {}) {
        return get ? Route{k, std::move(arg)} : Route{Route::method_not_allowed, {}};
    };
    auto with_id = [&](Route::Kind k, const std::string& id) {
        return valid_identifier(id) ? want_get(k, id) : Route{Route::bad_request, {}};
    };
    const std::size_t n = seg.size();
    if (n == 0) return want_get(Route::home);
    if (n == 1 && seg[0] == "login") {
        if (method == "POST") return {Route::login_submit, {}};
        return want_get(Route::login_form);
    }
    if (n == 1 && seg[0] == "logout") return method == "POST" ? Route{Route::logout, {}} : Route{Route::method_not_allowed, {}};
    if (n == 2 && seg[0] == "static" && seg[1] == "app.css") return want_get(Route::stylesheet);
    if (n == 1 && seg[0] == "assessed") return want_get(Route::assessed);
    if (n == 1 && seg[0] == "search") return want_get(Route::search);
    if (n == 2 && seg[0] == "unit") return with_id(Route::unit, seg[1]);
    if (n == 2 && seg[0] == "document") return with_id(Route::document, seg[1]);
    if (n == 3 && seg[0] == "document" && seg[2] == "original") return with_id(Route::download, seg[1]);
    if (n == 2 && seg[0] == "report") return with_id(Route::report, seg[1]);
    if (n >= 2 && seg[0] == "api") {
        if (n == 2 && seg[1] == "me") return want_get(Route::api_me);
        if (n == 2 && seg[1] == "assessed") return want_get(Route::api_assessed);
        if (n == 2 && seg[1] == "search") return want_get(Route::api_search);
        if (n == 3 && seg[1] == "unit") return with_id(Route::api_unit, seg[2]);
        if (n == 3 && seg[1] == "document") return with_id(Route::api_document, seg[2]);
        if (n == 3 && seg[1] == "report") return with_id(Route::api_report, seg[2]);
    }
    return r;
}

std::string percent_decode(std::string_view s, bool plus_is_space) {
    std::string out;
    auto hexv = [](char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    };
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c == '+' && plus_is_space) {
            out += ' ';
        } else if (c == '%' && i + 2 < s.size() && hexv(s[i + 1]) >= 0 && hexv(s[i + 2]) >= 0) {
            out += static_cast<char>(hexv(s[i + 1]) * 16 + hexv(s[i + 2]));
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

std::map<std::string, std::string> parse_query(std::string_view raw) {
    std::map<std::string, std::string> out;
    for (const auto& part : text::split(raw, '&')) {
        if (part.empty() || out.size() >= 32) continue;
        auto eq = part.find('=');
        std::string k = percent_decode(part.substr(0, eq), true);
        std::string v = eq == std::string::npos ? "" : percent_decode(part.substr(eq + 1), true);
        if (k.size() > 64 || v.size() > 512) continue;
        out[text::nfc(k)] = text::nfc(v);  // nfc() replaces invalid UTF-8 as well
    }
    return out;
}

}  // namespace kc::serve
