// serve/page.h + serve/router.h: escaping, security headers, CSP, the chart, routes and traversal.
#include <gtest/gtest.h>

#include "serve/page.h"
#include "serve/router.h"

using namespace kc::serve;

TEST(Escape, EveryMarkupCharacter) {
    EXPECT_EQ(esc("<script>alert('x')</script> & \"q\""),
              "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    EXPECT_EQ(esc("Ủy ban nhân dân huyện Quảng Điền"), "Ủy ban nhân dân huyện Quảng Điền");
}

TEST(Headers, StrictPolicyWithoutInlineScript) {
    auto h = security_headers(false);
    auto get = [&](const std::string& k) {
        for (const auto& [n, v] : h)
            if (n == k) return v;
        return std::string("<absent>");
    };
    auto csp = get("Content-Security-Policy");
    EXPECT_NE(csp.find("default-src 'none'"), std::string::npos);
    EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos);
    EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos);
    EXPECT_EQ(csp.find("script-src"), std::string::npos) << "no script at all: default-src 'none' covers it";
    EXPECT_EQ(get("X-Content-Type-Options"), "nosniff");
    EXPECT_EQ(get("Referrer-Policy"), "no-referrer");
    EXPECT_EQ(get("X-Frame-Options"), "DENY");
    EXPECT_EQ(get("Strict-Transport-Security"), "<absent>");
    bool hsts = false;
    for (const auto& [n, v] : security_headers(true)) hsts = hsts || n == "Strict-Transport-Security";
    EXPECT_TRUE(hsts);
}

TEST(Headers, ReportPolicyAllowsExactlyItsStyleBlocks) {
    // sha256("body{color:red}") in base64, as a browser computes it.
    auto csp = report_csp("<html><style>body{color:red}</style><p>x</p></html>");
    EXPECT_NE(csp.find("style-src 'sha256-"), std::string::npos) << csp;
    EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos);
    EXPECT_EQ(csp.find("script"), std::string::npos);
    EXPECT_NE(report_csp("<style>a{}</style>"), report_csp("<style>b{}</style>"));
}

TEST(Page, NoScriptAndEscapedTitle) {
    auto p = page(Lang::vi, "<Tiêu đề>", "", "<p>x</p>", "/?lang=en");
    EXPECT_EQ(p.find("<script"), std::string::npos);
    EXPECT_NE(p.find("&lt;Tiêu đề&gt;"), std::string::npos);
    EXPECT_NE(p.find("lang=\"vi\""), std::string::npos);
    EXPECT_EQ(p.find("style=\""), std::string::npos) << "inline style attributes are blocked by the CSP";
}

TEST(Chart, OneBarPerGroupEscapedAndScaled) {
    auto svg = bar_chart_svg({{"1. Công tác <chỉ đạo>", 5, 10}, {"2. Thể chế", 10, 10}}, Lang::vi);
    EXPECT_EQ(svg.rfind("<svg", 0), 0u);
    EXPECT_NE(svg.find("&lt;chỉ đạo&gt;"), std::string::npos);
    EXPECT_NE(svg.find("5 / 10"), std::string::npos);
    EXPECT_NE(svg.find("class=\"value\" x=\"260\" y=\"8\" width=\"210\""), std::string::npos) << svg;
    EXPECT_NE(svg.find("class=\"value\" x=\"260\" y=\"34\" width=\"420\""), std::string::npos) << svg;
    EXPECT_EQ(svg.find("style="), std::string::npos);
}

TEST(Router, Routes) {
    EXPECT_EQ(route("GET", "/").kind, Route::home);
    EXPECT_EQ(route("GET", "/assessed").kind, Route::assessed);
    auto r = route("GET", "/document/D20221120-ab12/original");
    EXPECT_EQ(r.kind, Route::download);
    EXPECT_EQ(r.arg, "D20221120-ab12");
    EXPECT_EQ(route("GET", "/api/unit/phong-noi-vu").kind, Route::api_unit);
    EXPECT_EQ(route("POST", "/login").kind, Route::login_submit);
    EXPECT_EQ(route("GET", "/logout").kind, Route::method_not_allowed);
    EXPECT_EQ(route("DELETE", "/assessed").kind, Route::method_not_allowed);
    EXPECT_EQ(route("GET", "/nothing").kind, Route::not_found);
    EXPECT_TRUE(route("GET", "/api/me").api());
}

TEST(Router, TraversalAndEncodingAreBadRequests) {
    for (const char* p : {"/document/../../etc/passwd", "/document/%2e%2e/x", "/document/..%2fetc", "/unit/a%2Fb",
                          "/static/../app.css", "/document/./D1", "//etc/passwd", "/document/D1%00", "/report/a\\b",
                          "/document/..", "/api/document/.hidden", "/unit/Quảng", "relative", ""})
        EXPECT_EQ(route("GET", p).kind, Route::bad_request) << p;
}

TEST(Router, QueryDecodingIsNfcAndBounded) {
    // "Quảng" with a decomposed ả (a + U+0309) percent-encoded, and '+' as space.
    auto q = parse_query("q=Qua%CC%89ng+%C4%90i%E1%BB%81n&lang=en&bad=%ZZ");
    EXPECT_EQ(q["q"], "Quảng Điền");
    EXPECT_EQ(q["lang"], "en");
    EXPECT_EQ(q["bad"], "%ZZ");
    EXPECT_TRUE(parse_query("q=" + std::string(600, 'x')).empty());
}
