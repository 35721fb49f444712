// Scoring of an evaluation set: field accuracy, classifier measures, floors.
#include <gtest/gtest.h>

#include <sstream>

#include "evaluate/scoring.h"

namespace {

using kc::evaluate::SetScore;
using kc::evaluate::Truth;

kc::Classification cls(const std::string& product, double conf, const std::string& status) {
    kc::Classification c;
    c.product = product;
    c.criterion = product.substr(0, product.find('/'));
    c.confidence = conf;
    c.status = status;
    return c;
}

Truth truth(const std::string& id, std::vector<std::string> products, const std::string& style = "nocode") {
    Truth t;
    t.id = id;
    t.header.number = "191";
    t.header.date = "2021-12-30";
    t.header.issuer = "ỦY BAN NHÂN DÂN HUYỆN QUẢNG ĐIỀN";
    t.products = std::move(products);
    t.path_style = style;
    return t;
}

TEST(Scoring, FieldsAndClassifier) {
    SetScore s;
    auto t1 = truth("d1", {"1.1.1/sp1"});
    kc::DocumentHeader got = t1.header;
    got.issuer = "UỶ BAN NHÂN DÂN  HUYỆN QUẢNG ĐIỀN";  // variant spelling and spacing: same issuer
    s.add(t1, got, {cls("1.1.1/sp1", 0.95, "classified")});
    auto t2 = truth("d2", {"2.1.1/sp1"}, "misleading");
    kc::DocumentHeader wrong = t2.header;
    wrong.date = "";
    s.add(t2, wrong, {cls("7.4.1/sp1", 0.92, "classified"), cls("2.1.1/sp1", 0.5, "needs_review")});
    auto t3 = truth("d3", {});  // off-topic: right when not classified
    s.add(t3, t3.header, {cls("", 0.2, "unclassified")});

    EXPECT_EQ(s.n, 3);
    auto m = s.measures();
    EXPECT_DOUBLE_EQ(m["issuer"], 1.0);
    EXPECT_NEAR(m["date"], 2.0 / 3, 1e-9);
    EXPECT_NEAR(m["top1"], 2.0 / 3, 1e-9);
    EXPECT_DOUBLE_EQ(m["top3"], 1.0);
    EXPECT_DOUBLE_EQ(m["classified_precision"], 0.5);
    EXPECT_EQ(s.misleading_silent, 1);
    EXPECT_EQ(s.confident_wrong, 1);
    EXPECT_EQ(s.none_classified, 0);
    EXPECT_EQ(s.confusions["2.1.1/sp1 → 7.4.1/sp1"], 1);
    ASSERT_EQ(s.misses.size(), 1u);
    EXPECT_NE(s.misses[0].detail.find("date=∅≠2021-12-30"), std::string::npos);

    auto failed = kc::evaluate::check_floors(s, {{"number", 1.0}, {"top1", 0.6}});
    ASSERT_EQ(failed.size(), 2u);  // the floors hold; the confident wrong one and the silent misleading one do not
    EXPECT_NE(failed[0].find("confidence"), std::string::npos);
    EXPECT_NE(failed[1].find("misleading folder"), std::string::npos);
    EXPECT_EQ(kc::evaluate::check_floors(s, {{"date", 0.9}}).size(), 3u);
    EXPECT_EQ(kc::evaluate::check_floors(s, {{"nonsense", 0.1}}).front(), "FLOOR unknown: nonsense");
    EXPECT_TRUE(kc::evaluate::check_floors(s, {}).empty());

    std::ostringstream text, json;
    kc::evaluate::print_text(s, text, true);
    kc::evaluate::print_json(s, json);
    EXPECT_NE(text.str().find("d2 [misleading]"), std::string::npos);
    EXPECT_NE(json.str().find("\"confident_wrong\""), std::string::npos);
    EXPECT_NE(json.str().find("\"off_topic\""), std::string::npos);
}

}  // namespace
