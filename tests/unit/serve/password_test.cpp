// serve/password.h: PBKDF2-HMAC-SHA256 hashes verify, reject, and refuse weak parameters.
#include <gtest/gtest.h>

#include "serve/password.h"

using namespace kc::serve;

TEST(Password, HashVerifies) {
    auto h = hash_password("mật khẩu đúng 123", k_min_iterations);
    EXPECT_EQ(h.rfind("pbkdf2-sha256$100000$", 0), 0u) << h;
    EXPECT_TRUE(verify_password("mật khẩu đúng 123", h));
    EXPECT_FALSE(verify_password("mật khẩu sai 123", h));
    EXPECT_FALSE(verify_password("", h));
    EXPECT_EQ(check_password_hash(h), "");
}

TEST(Password, SaltedSoTwoHashesDiffer) {
    EXPECT_NE(hash_password("same password", k_min_iterations), hash_password("same password", k_min_iterations));
}

TEST(Password, KnownVector) {
    // A fixed salt, the value
    // checked against Python's hashlib.pbkdf2_hmac('sha256', b'password', b'0123456789abcdef', 100000).
    auto h = hash_password_with_salt("password", "0123456789abcdef", 100000);
    EXPECT_EQ(h, "pbkdf2-sha256$100000$30313233343536373839616263646566$"
                 "a75190a792cd59d6d9c8c3a63b11c276ad449972b7886e1c2d819c286053366f");
}

TEST(Password, MalformedOrWeakHashesVerifyNothing) {
    auto good = hash_password_with_salt("pw", "0123456789abcdef", 100000);
    auto weak = hash_password_with_salt("pw", "0123456789abcdef", 1000);
    EXPECT_TRUE(verify_password("pw", good));
    EXPECT_FALSE(verify_password("pw", weak));
    EXPECT_NE(check_password_hash(weak), "");
    EXPECT_FALSE(verify_password("pw", "pw"));
    EXPECT_FALSE(verify_password("pw", ""));
    EXPECT_FALSE(verify_password("pw", "pbkdf2-sha256$100000$00$00"));
    EXPECT_FALSE(verify_password("pw", "sha1$100000$30313233343536373839616263646566$" + std::string(64, '0')));
    EXPECT_FALSE(verify_password("pw", "pbkdf2-sha256$1e6$30313233343536373839616263646566$" + std::string(64, '0')));
    std::string flipped = good;
    flipped.back() = flipped.back() == '0' ? '1' : '0';
    EXPECT_FALSE(verify_password("pw", flipped));
}
