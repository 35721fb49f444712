// serve/page.h — the HTML every dashboard page is made of, and the HTTP headers
// every response carries. Pure.
//
// Contract
//  - esc() (report/html.h, shared with the reports) escapes & < > " ' (text and
//    attribute values alike); every value that comes from the catalog, the
//    rules or the request goes through it.
//  - Pages carry no script at all and no inline style: the stylesheet is
//    /static/app.css (compiled in), so the policy is
//    k_csp = "default-src 'none'; style-src 'self'; img-src 'self' data:;
//    form-action 'self'; frame-ancestors 'none'; base-uri 'none'".
//  - security_headers(): CSP, X-Content-Type-Options: nosniff, X-Frame-Options:
//    DENY, Referrer-Policy: no-referrer, Cache-Control: no-store,
//    Cross-Origin-Opener-Policy / -Resource-Policy: same-origin, and HSTS over HTTPS.
//  - A submission report (report/submission_report.h) keeps its own inline
//    <style>: it is served with report_csp(), which allows exactly those style
//    blocks by their sha256 (still no script).
//  - Text is Vietnamese first; `?lang=en` gives English (Lang::en).
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "report/html.h"

namespace kc::serve {

inline constexpr const char* k_csp =
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'";

enum class Lang { vi, en };

struct Bar {  // one group of the points chart
    std::string label;
    double value = 0;  // provisional points
    double max = 0;    // maximum
};

using report::esc;
inline const std::string& tr(Lang l, const std::string& vi, const std::string& en) { return l == Lang::en ? en : vi; }
std::vector<std::pair<std::string, std::string>> security_headers(bool https, const std::string& csp = k_csp);
// CSP for an HTML text with inline <style> blocks: each allowed by its hash.
std::string report_csp(const std::string& html);
// A whole page: <!doctype html>, lang attribute, title, stylesheet, a top bar
// (who is logged in, language switch, logout form), then body_html.
std::string page(Lang l, const std::string& title, const std::string& user_line, const std::string& body_html,
                 const std::string& lang_switch_href);
const std::string& stylesheet();
// Inline SVG: one horizontal bar per group, provisional points over maximum,
// with <title> tooltips and text labels; role="img" and an aria-label.
std::string bar_chart_svg(const std::vector<Bar>& bars, Lang l);
// CSS class of a status ("st-accepted" …): known statuses only, else "st-other".
std::string status_class(const std::string& status);
std::string status_label(const std::string& status, Lang l);

}  // namespace kc::serve
