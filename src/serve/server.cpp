// The I/O of `kiemchung serve`: Poco HTTPServer, cookies, login, downloads.
// Decisions are made by the pure parts (router, auth, views, rate_limit).
#include <signal.h>

#include <fstream>
#include <iostream>
#include <map>

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/NetSSL.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>

#include "serve/password.h"
#include "serve/provider.h"
#include "serve/rate_limit.h"
#include "serve/router.h"
#include "serve/serve.h"
#include "serve/session.h"
#include "serve/views.h"
#include "util/log.h"

namespace kc::serve {
namespace {

using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;

constexpr std::size_t k_max_uri = 4096;
constexpr std::streamsize k_max_login_body = 4096;

struct Shared {
    StateProvider* provider = nullptr;
    ReplyCache<Reply> replies;
    SessionStore sessions;
    LoginLimiter limiter;
    std::map<std::string, ServeAccount> accounts;  // by name
    std::string dummy_hash;                        // verified for unknown accounts (same cost)
    bool https = false;
    bool mask = true;
    std::optional<Date> as_of;
};

bool is_loopback(const std::string& bind) { return bind == "localhost" || bind == "::1" || bind.rfind("127.", 0) == 0; }

// Account names in log lines: printable ASCII/UTF-8 only, at most 64 bytes.
std::string loggable(const std::string& s) {
    std::string out;
    for (char c : s.substr(0, 64)) out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) ? '?' : c;
    return out;
}

void send(HTTPServerResponse& res, const Shared& sh, const Reply& r) {
    res.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(r.status));
    for (const auto& [k, v] : security_headers(sh.https, r.csp.empty() ? k_csp : r.csp)) res.set(k, v);
    res.setContentType(r.content_type);
    res.setContentLength(static_cast<std::streamsize>(r.body.size()));
    res.sendBuffer(r.body.data(), r.body.size());
}

void redirect(HTTPServerResponse& res, const Shared& sh, const std::string& to, const std::string& cookie = {}) {
    for (const auto& [k, v] : security_headers(sh.https)) res.set(k, v);
    if (!cookie.empty()) res.set("Set-Cookie", cookie);
    res.set("Location", to);
    res.setStatus(Poco::Net::HTTPResponse::HTTP_SEE_OTHER);
    res.setContentLength(0);
    res.send();
}

// RFC 5987 filename*: the last part of the name the unit gave, percent-encoded.
std::string content_disposition(const Document& d) {
    std::string name = d.path_in_archive;
    if (auto slash = name.find_last_of('/'); slash != std::string::npos) name = name.substr(slash + 1);
    if (name.empty()) name = d.id;
    std::string enc;
    for (unsigned char c : name) {
        bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
        if (safe) {
            enc += static_cast<char>(c);
        } else {
            char b[4];
            std::snprintf(b, sizeof b, "%%%02X", c);
            enc += b;
        }
    }
    return "attachment; filename=\"" + d.id + "\"; filename*=UTF-8''" + enc;
}

class Handler : public Poco::Net::HTTPRequestHandler {
public:
    explicit Handler(Shared& sh) : m_sh(sh) {}
    void handleRequest(HTTPServerRequest& req, HTTPServerResponse& res) override {
        try {
            handle(req, res);
        } catch (const std::exception& e) {
            log::error("", "", std::string("serve: request failed: ") + e.what());
            if (!res.sent()) {
                ViewRequest vr;
                send(res, m_sh, error_reply(500, vr, true));
            }
        }
    }

private:
    void handle(HTTPServerRequest& req, HTTPServerResponse& res) {
        const std::string uri = req.getURI();
        ViewRequest vr;
        if (uri.size() > k_max_uri) return send(res, m_sh, error_reply(400, vr, false));
        auto qpos = uri.find('?');
        std::string raw_path = uri.substr(0, qpos);
        vr.query = parse_query(qpos == std::string::npos ? "" : uri.substr(qpos + 1));
        vr.lang = vr.query.count("lang") && vr.query["lang"] == "en" ? Lang::en : Lang::vi;
        vr.path = raw_path;
        vr.mask = m_sh.mask;
        Route rt = route(req.getMethod(), raw_path);
        switch (rt.kind) {
        case Route::bad_request: return send(res, m_sh, error_reply(400, vr, rt.api()));
        case Route::not_found: return send(res, m_sh, error_reply(404, vr, raw_path.rfind("/api/", 0) == 0));
        case Route::method_not_allowed: return send(res, m_sh, error_reply(405, vr, raw_path.rfind("/api/", 0) == 0));
        case Route::stylesheet: {
            Reply r;
            r.content_type = "text/css; charset=utf-8";
            r.body = stylesheet();
            return send(res, m_sh, r);
        }
        case Route::login_submit: return login(req, res, vr);
        default: break;
        }
        const std::string token = token_from_cookie_header(req.get("Cookie", ""));
        auto who = token.empty() ? std::nullopt : m_sh.sessions.find(token, date::now_unix());
        if (rt.kind == Route::login_form) {
            if (who) return redirect(res, m_sh, "/");
            return send(res, m_sh, login_page(vr.lang, "", ""));
        }
        if (!who) {
            if (rt.api()) return send(res, m_sh, json_reply("{\"error\":\"unauthenticated\"}", 401));
            return redirect(res, m_sh, vr.lang == Lang::en ? "/login?lang=en" : "/login");
        }
        vr.who = *who;
        if (rt.kind == Route::logout) {
            m_sh.sessions.remove(token);
            return redirect(res, m_sh, "/login", session_cookie("", m_sh.https));
        }
        if (rt.kind == Route::home)
            return redirect(res, m_sh,
                            (who->role == Role::reviewer ? std::string("/assessed") : "/unit/" + who->unit) + link_suffix(vr));
        if (rt.kind == Route::api_me) return send(res, m_sh, view_me(vr));
        Date as_of = m_sh.as_of ? *m_sh.as_of : date::today_vn();
        if (auto it = vr.query.find("as_of"); it != vr.query.end()) {
            auto d = date::parse_iso(it->second);
            if (!d) return send(res, m_sh, error_reply(400, vr, rt.api()));
            as_of = *d;
        }
        auto snap = m_sh.provider->get(as_of);
        const Snapshot& s = *snap;
        if (rt.kind == Route::download) return download(s, vr, rt.arg, res);
        // Views are pure functions of (snapshot, principal, route, query): rendered once.
        std::string key = std::to_string(s.generation) + "|" + std::to_string(rt.kind) + "|" + rt.arg + "|" +
                          role_name(who->role) + "|" + who->unit + "|" + who->name + "|";
        for (const auto& [k, v] : vr.query) key += k + "=" + v + "&";
        if (auto hit = m_sh.replies.find(key)) return send(res, m_sh, *hit);
        Reply r = render(s, vr, rt);
        m_sh.replies.put(key, r, s.generation);
        send(res, m_sh, r);
    }

    Reply render(const Snapshot& s, const ViewRequest& vr, const Route& rt) {
        switch (rt.kind) {
        case Route::assessed: return view_assessed(s, vr, false);
        case Route::api_assessed: return view_assessed(s, vr, true);
        case Route::unit: return view_unit(s, vr, rt.arg, false);
        case Route::api_unit: return view_unit(s, vr, rt.arg, true);
        case Route::report: return view_report(s, vr, rt.arg, false);
        case Route::api_report: return view_report(s, vr, rt.arg, true);
        case Route::search: return view_search(s, vr, false);
        case Route::api_search: return view_search(s, vr, true);
        case Route::document:
        case Route::api_document: {
            const Document* d = s.document(rt.arg);
            std::vector<PageText> pages;
            if (d && d->sha256 &&
                authorize(vr.who, Action::view_document_text, d->submitted_by, is_personnel(*d)) == Access::allow)
                pages = m_sh.provider->pages(*d->sha256);
            return view_document(s, vr, rt.arg, &pages, rt.kind == Route::api_document);
        }
        default: return error_reply(404, vr, false);
        }
    }

    void download(const Snapshot& s, const ViewRequest& vr, const std::string& id, HTTPServerResponse& res) {
        const Document* d = s.document(id);
        if (!d || !d->sha256 || d->refused) return send(res, m_sh, error_reply(404, vr, false));
        auto a = authorize(vr.who, Action::download_document, d->submitted_by, is_personnel(*d));
        if (a != Access::allow) {
            log::warn(d->submission, d->id, "serve: download refused to " + loggable(vr.who.name));
            return send(res, m_sh, error_reply(a == Access::not_found ? 404 : 403, vr, false));
        }
        std::ifstream in(m_sh.provider->blob_path(*d->sha256), std::ios::binary);
        if (!in) return send(res, m_sh, error_reply(404, vr, false));
        for (const auto& [k, v] : security_headers(m_sh.https, "default-src 'none'; sandbox")) res.set(k, v);
        res.setContentType("application/octet-stream");
        res.set("Content-Disposition", content_disposition(*d));
        in.seekg(0, std::ios::end);
        res.setContentLength(static_cast<std::streamsize>(in.tellg()));
        in.seekg(0);
        log::info(d->submission, d->id, "serve: original downloaded by " + loggable(vr.who.name));
        auto& out = res.send();
        out << in.rdbuf();
    }

    void login(HTTPServerRequest& req, HTTPServerResponse& res, const ViewRequest& vr) {
        std::string body(static_cast<std::size_t>(k_max_login_body), '\0');
        req.stream().read(body.data(), k_max_login_body);
        body.resize(static_cast<std::size_t>(req.stream().gcount()));
        auto form = parse_query(body);
        const std::string account = form["account"], password = form["password"];
        const std::string ip = req.clientAddress().host().toString();
        const auto now = date::now_unix();
        if (auto wait = m_sh.limiter.retry_after(ip, account, now); wait > 0) {
            log::warn("", "", "serve: login refused (rate limit) account=" + loggable(account) + " ip=" + ip);
            res.set("Retry-After", std::to_string(wait));
            return send(res, m_sh, login_page(vr.lang, "Đăng nhập sai quá nhiều lần; hãy thử lại sau.",
                                              "Too many failed logins; try again later.", 429));
        }
        auto it = m_sh.accounts.find(account);
        bool ok = it != m_sh.accounts.end() ? verify_password(password, it->second.password_hash)
                                            : (verify_password(password, m_sh.dummy_hash), false);
        if (!ok) {
            m_sh.limiter.failed(ip, account, now);
            log::warn("", "", "serve: login failed account=" + loggable(account) + " ip=" + ip);
            return send(res, m_sh, login_page(vr.lang, "Sai tài khoản hoặc mật khẩu.", "Wrong account or password.", 401));
        }
        m_sh.limiter.succeeded(ip, account);
        Principal p{it->second.name, *parse_role(it->second.role), it->second.role == "clerk" ? it->second.unit : ""};
        log::info("", "", "serve: login account=" + loggable(account) + " ip=" + ip);
        redirect(res, m_sh, vr.lang == Lang::en ? "/?lang=en" : "/", session_cookie(m_sh.sessions.create(p, now), m_sh.https));
    }

    Shared& m_sh;
};

class Factory : public Poco::Net::HTTPRequestHandlerFactory {
public:
    explicit Factory(Shared& sh) : m_sh(sh) {}
    Poco::Net::HTTPRequestHandler* createRequestHandler(const HTTPServerRequest&) override { return new Handler(m_sh); }

private:
    Shared& m_sh;
};

}  // namespace

std::string check_serve_config(const Engine& e, const ServeOptions& o) {
    const auto& sc = e.config.serve;
    std::map<std::string, int> names;
    for (const auto& a : sc.accounts) {
        std::string where = "serve.accounts[" + a.name + "]: ";
        if (a.name.empty()) return "serve.accounts: an account without a name";
        if (++names[a.name] > 1) return where + "duplicate account name";
        auto role = parse_role(a.role);
        if (!role) return where + "role must be reviewer or clerk";
        if (*role == Role::clerk && !e.rules.unit(a.unit)) return where + "clerk of an unknown unit '" + a.unit + "'";
        if (auto why = check_password_hash(a.password_hash); !why.empty()) return where + "password_hash: " + why;
    }
    if (sc.accounts.empty()) return "serve.accounts: no account configured (kiemchung hash-password makes a hash)";
    if (sc.tls_cert.empty() != sc.tls_key.empty()) return "serve.tls_cert and serve.tls_key go together";
    const std::string bind = o.bind ? *o.bind : sc.bind;
    if (!is_loopback(bind) && sc.tls_cert.empty() && !sc.allow_plain_http)
        return "serve.bind " + bind + " is not loopback and no TLS certificate is configured: passwords would cross "
               "the network in clear (set serve.tls_cert/tls_key, or serve.allow_plain_http with a TLS reverse proxy, "
               "docs/dashboard.md)";
    int port = o.port ? *o.port : sc.port;
    if (port < 0 || port > 65535) return "serve.port out of range";
    return {};
}

int run_server(Engine& e, const ServeOptions& o) {
    if (auto why = check_serve_config(e, o); !why.empty()) {
        std::cerr << "Lỗi cấu hình / configuration error: " << why << "\n";
        return 2;
    }
    // SIGINT/SIGTERM are waited for below; block them before any thread starts.
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop, nullptr);

    StateProvider provider(e);
    Shared sh;
    sh.provider = &provider;
    sh.mask = e.config.mask_identifiers;
    sh.as_of = o.as_of;
    sh.https = !e.config.serve.tls_cert.empty();
    for (const auto& a : e.config.serve.accounts) sh.accounts[a.name] = a;
    sh.dummy_hash = hash_password("kiemchung-dummy");
    const std::string bind = o.bind ? *o.bind : e.config.serve.bind;
    const int port = o.port ? *o.port : e.config.serve.port;
    std::unique_ptr<Poco::Net::ServerSocket> socket;
    try {
        Poco::Net::SocketAddress addr(bind, static_cast<Poco::UInt16>(port));
        if (sh.https) {
            Poco::Net::initializeSSL();
            Poco::Net::Context::Ptr ctx = new Poco::Net::Context(
                Poco::Net::Context::TLS_SERVER_USE, e.config.serve.tls_key.string(), e.config.serve.tls_cert.string(), "",
                Poco::Net::Context::VERIFY_NONE, 9, false, "HIGH:!aNULL:!MD5:!RC4");
            ctx->requireMinimumProtocol(Poco::Net::Context::PROTO_TLSV1_2);
            socket = std::make_unique<Poco::Net::SecureServerSocket>(addr, 64, ctx);
        } else {
            socket = std::make_unique<Poco::Net::ServerSocket>(addr, 64);
        }
    } catch (const std::exception& ex) {
        std::cerr << "Không mở được cổng / cannot listen on " << bind << ":" << port << ": " << ex.what() << "\n";
        return 1;
    }
    provider.get(o.as_of ? *o.as_of : date::today_vn());  // judge once before the first request
    auto* params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(8);
    params->setMaxQueued(256);
    params->setKeepAlive(true);
    Poco::Net::HTTPServer server(new Factory(sh), *socket, params);
    server.start();
    const int actual = socket->address().port();
    std::cout << "kiemchung serve: " << (sh.https ? "https" : "http") << "://" << bind << ":" << actual << "/" << std::endl;
    log::info("", "", "serve: listening on " + bind + ":" + std::to_string(actual) + (sh.https ? " (TLS)" : ""));
    int sig = 0;
    sigwait(&stop, &sig);
    log::info("", "", "serve: stopping (signal " + std::to_string(sig) + ")");
    server.stopAll(true);
    if (sh.https) Poco::Net::uninitializeSSL();
    return 0;
}

}  // namespace kc::serve
