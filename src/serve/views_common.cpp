#include "serve/views.h"

#include <cstdio>

#include "core/model_json.h"
#include "util/mask.h"

namespace kc::serve {

std::string link_suffix(const ViewRequest& r) { return r.lang == Lang::en ? "?lang=en" : ""; }

std::string lang_href(const ViewRequest& r) {
    std::string q;
    for (const auto& [k, v] : r.query) {
        if (k == "lang") continue;
        q += (q.empty() ? "?" : "&");
        for (char c : k + "=" + v) {  // re-encode: only safe characters stay as they are
            bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                        c == '_' || c == '.' || c == '=';
            if (safe) {
                q += c;
            } else {
                char b[4];
                std::snprintf(b, sizeof b, "%%%02X", static_cast<unsigned char>(c));
                q += b;
            }
        }
    }
    if (r.lang == Lang::vi) q += q.empty() ? "?lang=en" : "&lang=en";
    return r.path + q;
}

std::string masked(const ViewRequest& r, const std::string& s) { return r.mask ? mask_identifiers(s) : s; }

std::string unit_name(const Snapshot& s, const std::string& code) {
    const auto* u = s.rules ? s.rules->unit(code) : nullptr;
    return u ? u->name : code;
}

std::string user_line(const ViewRequest& r) {
    std::string h = "<span>" + esc(r.who.name) + " (" +
                    (r.who.role == Role::reviewer ? tr(r.lang, "chuyên viên thẩm định", "reviewer")
                                                  : tr(r.lang, "văn thư đơn vị", "unit clerk") + " · " + esc(r.who.unit)) +
                    ")</span>";
    std::string sfx = link_suffix(r);
    if (r.who.role == Role::reviewer)
        h += "<a href=\"/assessed" + sfx + "\">" + tr(r.lang, "Tổng quan", "Overview") + "</a>";
    else
        h += "<a href=\"/unit/" + esc(r.who.unit) + sfx + "\">" + tr(r.lang, "Đơn vị của tôi", "My unit") + "</a>";
    h += "<a href=\"/search" + sfx + "\">" + tr(r.lang, "Tìm kiếm", "Search") + "</a>";
    h += "<form method=\"post\" action=\"/logout\"><button type=\"submit\">" + tr(r.lang, "Đăng xuất", "Log out") +
         "</button></form>";
    return h;
}

std::string reasons_html(const std::vector<Reason>& rs, Lang l) {
    if (rs.empty()) return "";
    std::string h = "<ul class=\"reasons\">";
    for (const auto& x : rs) {
        h += "<li><code>" + esc(x.code) + "</code> " + esc(l == Lang::en ? x.en : x.vi);
        const auto& hint = l == Lang::en ? x.hint_en : x.hint;
        if (!hint.empty()) h += " <span class=\"muted\">— " + esc(hint) + "</span>";
        h += "</li>";
    }
    return h + "</ul>";
}

Reply html_reply(const ViewRequest& r, const std::string& title, const std::string& body) {
    Reply out;
    out.body = page(r.lang, title, user_line(r), body, lang_href(r));
    return out;
}

Reply json_reply(const std::string& body, int status) {
    Reply out;
    out.status = status;
    out.content_type = "application/json; charset=utf-8";
    out.body = body + "\n";
    return out;
}

Reply error_reply(int status, const ViewRequest& r, bool api) {
    std::string vi, en, code;
    switch (status) {
    case 400: code = "bad_request", vi = "Yêu cầu không hợp lệ.", en = "Bad request."; break;
    case 403: code = "forbidden", vi = "Tài khoản này không được xem nội dung này.", en = "This account may not see this."; break;
    case 404: code = "not_found", vi = "Không tìm thấy.", en = "Not found."; break;
    case 405: code = "method_not_allowed", vi = "Phương thức không được phép.", en = "Method not allowed."; break;
    case 429: code = "too_many_attempts", vi = "Đăng nhập sai quá nhiều lần; hãy thử lại sau.", en = "Too many failed logins; try again later."; break;
    default: code = "error", vi = "Lỗi máy chủ.", en = "Server error."; break;
    }
    if (api)
        return json_reply("{\"error\":\"" + code + "\",\"message\":\"" + (r.lang == Lang::en ? en : vi) + "\"}", status);
    Reply out = html_reply(r, tr(r.lang, "Lỗi", "Error") + " " + std::to_string(status),
                           "<p>" + esc(tr(r.lang, vi, en)) + "</p>");
    out.status = status;
    return out;
}

Reply view_me(const ViewRequest& r) {
    auto o = json::ordered();
    o->set("name", r.who.name);
    o->set("role", std::string(role_name(r.who.role)));
    if (r.who.unit.empty())
        o->set("unit", Poco::Dynamic::Var());
    else
        o->set("unit", r.who.unit);
    return json_reply(json::stringify(o));
}

Reply login_page(Lang l, const std::string& message_vi, const std::string& message_en, int status) {
    std::string body = "<form class=\"login\" method=\"post\" action=\"/login\">";
    if (!message_vi.empty()) body += "<p class=\"warn\">" + esc(tr(l, message_vi, message_en)) + "</p>";
    body += "<label>" + tr(l, "Tài khoản", "Account") + " <input name=\"account\" autocomplete=\"username\" required></label>";
    body += "<label>" + tr(l, "Mật khẩu", "Password") +
            " <input name=\"password\" type=\"password\" autocomplete=\"current-password\" required></label>";
    body += "<p><button type=\"submit\">" + tr(l, "Đăng nhập", "Log in") + "</button></p></form>";
    Reply out;
    out.status = status;
    out.body = page(l, tr(l, "Đăng nhập", "Log in"), "", body, l == Lang::en ? "/login" : "/login?lang=en");
    return out;
}

}  // namespace kc::serve
