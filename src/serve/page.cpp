#include "serve/page.h"

#include <openssl/evp.h>
#include <openssl/sha.h>

#include <cstdio>
#include <map>

namespace kc::serve {
namespace {

std::string fmt(double v) {
    char b[32];
    std::snprintf(b, sizeof b, "%.2f", v);
    std::string s = b;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

std::string base64(const unsigned char* p, int n) {
    std::string out(4 * ((n + 2) / 3) + 1, '\0');
    int len = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()), p, n);
    out.resize(len);
    return out;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> security_headers(bool https, const std::string& csp) {
    std::vector<std::pair<std::string, std::string>> h = {
        {"Content-Security-Policy", csp},
        {"X-Content-Type-Options", "nosniff"},
        {"X-Frame-Options", "DENY"},
        {"Referrer-Policy", "no-referrer"},
        {"Cache-Control", "no-store"},
        {"Cross-Origin-Opener-Policy", "same-origin"},
        {"Cross-Origin-Resource-Policy", "same-origin"},
        {"Permissions-Policy", "camera=(), microphone=(), geolocation=()"},
    };
    if (https) h.emplace_back("Strict-Transport-Security", "max-age=31536000");
    return h;
}

std::string report_csp(const std::string& html) {
    std::string hashes;
    std::size_t pos = 0;
    while ((pos = html.find("<style", pos)) != std::string::npos) {
        auto open_end = html.find('>', pos);
        auto close = html.find("</style>", pos);
        if (open_end == std::string::npos || close == std::string::npos || close < open_end) break;
        std::string body = html.substr(open_end + 1, close - open_end - 1);
        unsigned char d[SHA256_DIGEST_LENGTH];
        SHA256(reinterpret_cast<const unsigned char*>(body.data()), body.size(), d);
        hashes += " 'sha256-" + base64(d, sizeof d) + "'";
        pos = close + 8;
    }
    return "default-src 'none'; style-src" + (hashes.empty() ? std::string(" 'none'") : hashes) +
           "; img-src data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";
}

const std::string& stylesheet() {
    static const std::string css = R"(body{font-family:"DejaVu Sans","Noto Sans",Arial,sans-serif;margin:0;color:#1d2733;background:#f6f7f9}
header.top{background:#12355b;color:#fff;padding:.5em 1em;display:flex;gap:1em;align-items:center;flex-wrap:wrap}
header.top a{color:#fff}header.top form{display:inline;margin:0}
main{padding:1em;max-width:1200px}
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.4em}
table{border-collapse:collapse;background:#fff;width:100%}
th,td{border:1px solid #cfd6de;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#e8edf3}
.st-accepted{background:#d9f2dd}.st-partial{background:#fff3c4}.st-rejected{background:#f8d2d2}
.st-needs_review{background:#ffe2b8}.st-missing{background:#f3c6c6}.st-not_due{background:#e6ebf0}
.st-no_deadline{background:#eeeeee}.st-not_applicable{background:#e0e0ef}.st-value_needed{background:#f9e7ff}
.st-other{background:#fff}
.lvl1{font-weight:bold}.lvl2{padding-left:1.5em}.lvl3{padding-left:3em}.lvl4{padding-left:4.5em}
.chart{background:#fff;border:1px solid #cfd6de;margin:.5em 0}
.muted{color:#5b6774}.warn{color:#8a1f11}
pre.page{white-space:pre-wrap;background:#fff;border:1px solid #cfd6de;padding:.6em}
form.filters{display:flex;gap:.6em;flex-wrap:wrap;margin:.6em 0}
label{display:block}input,select,button{font:inherit}
.login{max-width:24em;margin:3em auto;background:#fff;padding:1.5em;border:1px solid #cfd6de}
)";
    return css;
}

std::string page(Lang l, const std::string& title, const std::string& user_line, const std::string& body_html,
                 const std::string& lang_switch_href) {
    std::string h;
    h.reserve(body_html.size() + 1024);
    h += "<!doctype html>\n<html lang=\"";
    h += l == Lang::en ? "en" : "vi";
    h += "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">";
    h += "<title>" + esc(title) + " — kiemchung</title><link rel=\"stylesheet\" href=\"/static/app.css\"></head><body>";
    h += "<header class=\"top\"><strong>kiemchung</strong>";
    h += user_line;
    if (!lang_switch_href.empty())
        h += "<a href=\"" + esc(lang_switch_href) + "\">" + (l == Lang::en ? "Tiếng Việt" : "English") + "</a>";
    h += "</header><main><h1>" + esc(title) + "</h1>" + body_html + "</main></body></html>\n";
    return h;
}

std::string bar_chart_svg(const std::vector<Bar>& bars, Lang l) {
    const int row = 26, label_w = 260, bar_w = 420, width = label_w + bar_w + 120;
    const int height = row * static_cast<int>(bars.size()) + 10;
    double scale_max = 0;
    for (const auto& b : bars) scale_max = std::max(scale_max, b.max);
    if (scale_max <= 0) scale_max = 1;
    std::string s = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" +
                    std::to_string(width) + "\" height=\"" + std::to_string(height) + "\" viewBox=\"0 0 " +
                    std::to_string(width) + " " + std::to_string(height) + "\" aria-label=\"" +
                    esc(tr(l, "Điểm tạm tính so với điểm tối đa theo nhóm", "Provisional points against the maximum per group")) +
                    "\">";
    int y = 5;
    for (const auto& b : bars) {
        int wmax = static_cast<int>(bar_w * b.max / scale_max + 0.5);
        int wval = b.max > 0 ? static_cast<int>(bar_w * std::min(b.value, b.max) / scale_max + 0.5) : 0;
        std::string tip = esc(b.label) + ": " + fmt(b.value) + " / " + fmt(b.max);
        s += "<g><title>" + tip + "</title>";
        s += "<text x=\"4\" y=\"" + std::to_string(y + 16) + "\" font-size=\"12\" fill=\"#1d2733\">" + esc(b.label) + "</text>";
        s += "<rect x=\"" + std::to_string(label_w) + "\" y=\"" + std::to_string(y + 3) + "\" width=\"" +
             std::to_string(wmax) + "\" height=\"18\" fill=\"#dfe5ec\"/>";
        s += "<rect class=\"value\" x=\"" + std::to_string(label_w) + "\" y=\"" + std::to_string(y + 3) + "\" width=\"" +
             std::to_string(wval) + "\" height=\"18\" fill=\"#2e7d32\"/>";
        s += "<text x=\"" + std::to_string(label_w + bar_w + 8) + "\" y=\"" + std::to_string(y + 16) +
             "\" font-size=\"13\" fill=\"#1d2733\">" + fmt(b.value) + " / " + fmt(b.max) + "</text></g>";
        y += row;
    }
    return s + "</svg>";
}

std::string status_class(const std::string& status) {
    static const char* const known[] = {"accepted", "partial", "rejected", "needs_review", "missing",
                                        "not_due", "no_deadline", "not_applicable", "value_needed"};
    for (const char* k : known)
        if (status == k) return std::string("st-") + k;
    return "st-other";
}

std::string status_label(const std::string& status, Lang l) {
    static const std::map<std::string, std::pair<std::string, std::string>> names = {
        {"accepted", {"Đạt", "accepted"}},
        {"partial", {"Đạt một phần", "partial"}},
        {"rejected", {"Không đạt", "rejected"}},
        {"needs_review", {"Cần xem xét", "needs review"}},
        {"missing", {"Còn thiếu", "missing"}},
        {"not_due", {"Chưa đến hạn", "not yet due"}},
        {"no_deadline", {"Không có thời hạn", "no deadline"}},
        {"not_applicable", {"Không phát sinh", "not applicable"}},
        {"value_needed", {"Cần số liệu", "value needed"}},
        {"unclassified", {"Chưa phân loại", "unclassified"}},
        {"refused", {"Bị từ chối nhận", "refused"}},
    };
    auto it = names.find(status);
    if (it == names.end()) return status;
    return l == Lang::en ? it->second.second : it->second.first;
}

}  // namespace kc::serve
