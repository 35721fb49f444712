// tests/unit/catalog/facts_test.cpp — officers' facts and reviewer decisions
// are appended, kept in order, survive reopening, and cannot be changed or
// deleted (triggers), so the record of who said what is never lost.
#include <Poco/Data/Session.h>

#include "catalog_fixture.h"

namespace {

using namespace kc;

class FactsTest : public kc::test::CatalogTest {};

Fact metric(const std::string& value) {
    Fact f;
    f.kind = "metric";
    f.key = "1.1.2";
    f.value = value;
    f.document = "D1";
    f.by = "Nguyễn Văn A";
    f.comment = "theo báo cáo";
    return f;
}

TEST_F(FactsTest, AppendedInOrderWithAuthorAndTime) {
    {
        auto c = open_ok();
        auto a = c->append_fact(metric("80"));
        auto b = c->append_fact(metric("93.62"));
        EXPECT_LT(a.seq, b.seq);
        EXPECT_EQ(b.at.size(), 25u) << b.at;  // 2022-01-05T09:30:00+07:00
        Fact unset = metric("");
        unset.action = "unset";
        c->append_fact(unset);
    }
    auto c = open_ok();
    auto all = c->facts();
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[1].value, "93.62");
    EXPECT_EQ(all[1].by, "Nguyễn Văn A");
    EXPECT_EQ(all[2].action, "unset");
    EXPECT_TRUE(facts_in_force(all).empty());
}

TEST_F(FactsTest, DecisionsRoundTrip) {
    auto c = open_ok();
    Decision d;
    d.document = "D7";
    d.action = "correct";
    d.field = "date";
    d.value = "2022-01-04";
    d.by = "Trần Thị B";
    d.comment = "OCR đọc sai tháng";
    auto stored = c->append_decision(d);
    auto all = c->decisions();
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].seq, stored.seq);
    EXPECT_EQ(all[0].field, "date");
    EXPECT_EQ(all[0].value, "2022-01-04");
    EXPECT_EQ(all[0].comment, "OCR đọc sai tháng");
}

TEST_F(FactsTest, RowsCannotBeChangedOrDeleted) {
    {
        auto c = open_ok();
        c->append_fact(metric("80"));
        Decision d;
        d.document = "D7";
        d.action = "accept";
        d.by = "B";
        d.comment = "ok";
        c->append_decision(d);
    }
    auto s = raw();
    auto exec = [&](const std::string& sql) { s << sql, Poco::Data::Keywords::now; };
    EXPECT_ANY_THROW(exec("UPDATE facts SET value = '99'"));
    EXPECT_ANY_THROW(exec("DELETE FROM facts"));
    EXPECT_ANY_THROW(exec("DELETE FROM decisions"));
    EXPECT_EQ(open_ok()->facts().at(0).value, "80");
}

TEST_F(FactsTest, RefusesAnUnknownDecisionAction) {
    auto c = open_ok();
    Decision d;
    d.document = "D7";
    d.action = "erase";
    d.by = "B";
    d.comment = "x";
    EXPECT_THROW(c->append_decision(d), CatalogError);
}

}  // namespace
