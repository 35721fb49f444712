// serve/serve.h — `kiemchung serve`: the read-only web dashboard over the
// catalog (docs/dashboard.md).
//
// Contract
//  - input: an open Engine (config, rules, catalog, content store) and the
//    serve settings of the config (accounts, bind, port, TLS).
//  - serves HTML pages and a JSON API (/api/...) over Poco::Net::HTTPServer,
//    HTTPS (Poco NetSSL) when the config names a certificate and key. Binds
//    127.0.0.1 unless configured; a non-loopback address without TLS is refused
//    (exit 2) unless `serve.allow_plain_http` says a TLS reverse proxy is in front.
//  - accounts: name, role (reviewer | clerk), unit (clerk), PBKDF2 hash
//    (serve/password.h); checked once per login; sessions by cookie
//    (serve/session.h); failed logins rate-limited (serve/rate_limit.h) and
//    logged with account and client address (never the password).
//  - authorization on every page, API call and download (serve/auth.h); no
//    request path reaches the file system: the original bytes of a document are
//    read from the content store by the sha256 the catalog holds for its id.
//  - state: the judgement of pipeline/publish.h judge_catalog(), cached per
//    as-of day and rebuilt when the catalog file changes (checked at most once
//    a second) — see serve/provider.h.
//  - side effects: none on the catalog (read-only); log lines on stderr.
//  - returns the process exit code: 0 after SIGINT/SIGTERM, 1 when it cannot
//    listen, 2 on a configuration error (bad account, bad bind).
#pragma once
#include <optional>
#include <string>

#include "pipeline/engine.h"
#include "util/date.h"

namespace kc::serve {

struct ServeOptions {
    std::optional<Date> as_of;          // --as-of: the default day of every page; else today (UTC+7)
    std::optional<std::string> bind;    // --bind, over the config
    std::optional<int> port;            // --port, over the config (0: any free port, printed)
};

// Checks the config's serve section (roles, units, hashes, bind vs TLS); empty when fine.
std::string check_serve_config(const Engine& e, const ServeOptions& o);
int run_server(Engine& e, const ServeOptions& o);

}  // namespace kc::serve
