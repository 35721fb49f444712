// The config's serve section (pipeline/config.h): accounts, bind, port, TLS, origins, errors.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "pipeline/config.h"
#include "serve/password.h"

namespace fs = std::filesystem;

namespace {
fs::path write(const std::string& name, const std::string& text) {
    fs::path dir = fs::temp_directory_path() / ("kc-serve-config-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::ofstream(dir / name) << text;
    return dir / name;
}
}  // namespace

TEST(ServeConfig, AccountsBindPortTls) {
    auto h = kc::serve::hash_password_with_salt("pw", "0123456789abcdef", 100000);
    auto f = write("ok.yaml", "serve:\n  bind: 0.0.0.0\n  port: 9443\n  tls_cert: tls/c.pem\n  tls_key: tls/k.pem\n"
                              "  accounts:\n"
                              "    - {name: chuyên-viên, role: reviewer, password_hash: \"" + h + "\"}\n"
                              "    - {name: vt, role: clerk, unit: phong-tu-phap, password_hash: \"" + h + "\"}\n");
    auto c = kc::load_config(f);
    ASSERT_TRUE(c) << c.error().detail;
    EXPECT_EQ(c->serve.bind, "0.0.0.0");
    EXPECT_EQ(c->serve.port, 9443);
    EXPECT_EQ(c->serve.tls_cert, f.parent_path() / "tls/c.pem");
    ASSERT_EQ(c->serve.accounts.size(), 2u);
    EXPECT_EQ(c->serve.accounts[0].name, "chuyên-viên");
    EXPECT_EQ(c->serve.accounts[1].unit, "phong-tu-phap");
    EXPECT_TRUE(kc::serve::verify_password("pw", c->serve.accounts[1].password_hash));
    EXPECT_NE(kc::describe_config(*c).find("serve.accounts: 2  (" + f.string() + ":7)"), std::string::npos)
        << kc::describe_config(*c);
    fs::remove_all(f.parent_path());
}

TEST(ServeConfig, DefaultsAndErrors) {
    auto d = kc::load_config({});
    ASSERT_TRUE(d);
    EXPECT_EQ(d->serve.bind, "127.0.0.1");
    EXPECT_TRUE(d->serve.accounts.empty());
    EXPECT_FALSE(d->serve.allow_plain_http);
    auto bad = kc::load_config(write("bad.yaml", "serve:\n  accounts:\n    - {name: a, password: clear}\n"));
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.error().detail.find("unknown account key 'password'"), std::string::npos) << bad.error().detail;
    auto typo = kc::load_config(write("typo.yaml", "serve:\n  bnd: 0.0.0.0\n"));
    ASSERT_FALSE(typo);
    EXPECT_NE(typo.error().detail.find("unknown key 'serve.bnd'"), std::string::npos);
    fs::remove_all(fs::temp_directory_path() / ("kc-serve-config-" + std::to_string(::getpid())));
}
