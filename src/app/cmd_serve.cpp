// `kiemchung serve`: the web dashboard (serve/serve.h, docs/dashboard.md).
// `kiemchung hash-password`: reads a password on stdin (echo off on a terminal)
// and prints the pbkdf2-sha256 hash to put in the config's serve.accounts.
// The password is NFC-normalised first, as the login form's value is.
#include <termios.h>
#include <unistd.h>

#include <iostream>
#include <string>

#include "app/commands.h"
#include "app/setup.h"
#include "serve/password.h"
#include "serve/serve.h"
#include "util/text.h"

namespace kc::app {

int cmd_serve(const Options& o) {
    serve::ServeOptions so;
    if (o.get("as-of")) {
        auto d = as_of_from(o);
        if (!d) return k_exit_usage;
        so.as_of = *d;
    }
    if (auto v = o.get("bind")) so.bind = *v;
    if (auto v = o.get("port")) {
        try {
            so.port = std::stoi(*v);
        } catch (const std::exception&) {
            std::cerr << "Cổng không hợp lệ / invalid --port: " << *v << "\n";
            return k_exit_usage;
        }
    }
    int rc = 0;
    auto e = open_state(o, rc);
    if (!e) return rc;
    return serve::run_server(*e, so);
}

int cmd_hash_password(const Options& o) {
    const bool tty = ::isatty(0);
    termios old{};
    if (tty) {
        std::cerr << "Mật khẩu / password: " << std::flush;
        tcgetattr(0, &old);
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(0, TCSANOW, &quiet);
    }
    std::string password;
    std::getline(std::cin, password);
    if (!password.empty() && password.back() == '\r') password.pop_back();
    password = text::nfc(password);  // the login form's value is NFC'd the same way (serve/router.h parse_query)
    if (tty) {
        tcsetattr(0, TCSANOW, &old);
        std::cerr << "\n";
    }
    if (password.size() < 8) {
        std::cerr << "Mật khẩu phải dài ít nhất 8 ký tự / the password must have at least 8 characters\n";
        return k_exit_usage;
    }
    std::cout << serve::hash_password(password) << "\n";
    return k_exit_ok;
}

}  // namespace kc::app
