// serve/rate_limit.h and serve/session.h: limits per IP+account and per IP, windows, cookies.
#include <gtest/gtest.h>

#include "serve/rate_limit.h"
#include "serve/session.h"

using namespace kc::serve;

TEST(LoginLimiter, FifthFailureLocksThePairUntilTheWindowPasses) {
    LoginLimiter l;
    const std::int64_t t0 = 1'700'000'000;
    for (int i = 0; i < k_max_failures; ++i) {
        EXPECT_EQ(l.retry_after("10.0.0.1", "nv", t0 + i), 0) << i;
        l.failed("10.0.0.1", "nv", t0 + i);
    }
    EXPECT_EQ(l.retry_after("10.0.0.1", "nv", t0 + 10), k_window_seconds - 10);
    EXPECT_EQ(l.retry_after("10.0.0.2", "nv", t0 + 10), 0) << "another address is not locked";
    EXPECT_EQ(l.retry_after("10.0.0.1", "tp", t0 + 10), 0) << "another account from the address is not locked";
    EXPECT_EQ(l.retry_after("10.0.0.1", "nv", t0 + k_window_seconds), 0) << "the oldest failure left the window";
}

TEST(LoginLimiter, ManyAccountsFromOneAddressLockTheAddress) {
    LoginLimiter l;
    const std::int64_t t0 = 1000;
    for (int i = 0; i < k_max_ip_failures; ++i) l.failed("10.0.0.9", "acc" + std::to_string(i), t0);
    EXPECT_GT(l.retry_after("10.0.0.9", "someone-new", t0 + 1), 0);
    EXPECT_EQ(l.retry_after("10.0.0.8", "someone-new", t0 + 1), 0);
}

TEST(LoginLimiter, SuccessClearsThePairAndMemoryIsBounded) {
    LoginLimiter l;
    for (int i = 0; i < k_max_failures - 1; ++i) l.failed("ip", "a", 100);
    l.succeeded("ip", "a");
    l.failed("ip", "a", 101);
    EXPECT_EQ(l.retry_after("ip", "a", 102), 0);
    for (int i = 0; i < 100; ++i) l.failed("ip" + std::to_string(i), "x", 200);
    EXPECT_GT(l.tracked_keys(), 100u);
    l.retry_after("ip", "a", 200 + k_window_seconds + 1);
    EXPECT_EQ(l.tracked_keys(), 0u);
}

TEST(Sessions, RandomTokensExpireAndAreRemoved) {
    SessionStore s;
    Principal p{"nv", Role::clerk, "phong-noi-vu"};
    auto a = s.create(p, 1000), b = s.create(p, 1000);
    EXPECT_EQ(a.size(), 64u);
    EXPECT_NE(a, b);
    ASSERT_TRUE(s.find(a, 1001));
    EXPECT_EQ(s.find(a, 1001)->unit, "phong-noi-vu");
    EXPECT_FALSE(s.find(a.substr(0, 63) + (a.back() == 'a' ? "b" : "a"), 1001));
    EXPECT_FALSE(s.find("", 1001));
    EXPECT_FALSE(s.find(a, 1001 + k_idle_seconds + 1)) << "idle too long";
    s.remove(b);
    EXPECT_FALSE(s.find(b, 1002));
    auto c = s.create(p, 5000);
    for (std::int64_t t = 5000; t < 5000 + k_max_seconds; t += k_idle_seconds / 2) ASSERT_TRUE(s.find(c, t));
    EXPECT_FALSE(s.find(c, 5000 + k_max_seconds + 1)) << "absolute lifetime";
}

TEST(Sessions, CookieAttributes) {
    auto c = session_cookie("abc", false);
    EXPECT_NE(c.find("kc_session=abc"), std::string::npos);
    EXPECT_NE(c.find("HttpOnly"), std::string::npos);
    EXPECT_NE(c.find("SameSite=Strict"), std::string::npos);
    EXPECT_EQ(c.find("Secure"), std::string::npos);
    EXPECT_NE(session_cookie("abc", true).find("; Secure"), std::string::npos);
    EXPECT_NE(session_cookie("", true).find("Max-Age=0"), std::string::npos);
    EXPECT_EQ(token_from_cookie_header("a=1; kc_session=tok; b=2"), "tok");
    EXPECT_EQ(token_from_cookie_header("xkc_session=tok"), "");
}
