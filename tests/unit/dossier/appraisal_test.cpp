// dossier/appraisal.h (reading the province's scores) and report/appraisal_compare.h.
#include <gtest/gtest.h>

#include "dossier/appraisal.h"
#include "report/appraisal_compare.h"

using namespace kc;
using namespace kc::dossier;

namespace {

rules::RuleSet tiny_rules() {
    rules::RuleSet r;
    r.id = "t-2022";
    r.year = 2022;
    r.assessed_unit = "ubnd-x";
    rules::Unit u;
    u.code = "ubnd-x";
    u.name = "UBND huyện X";
    u.assessed = true;
    rules::Unit o;
    o.code = "phong-y";
    o.name = "Phòng Y";
    r.units = {u, o};
    auto crit = [](const char* code, const char* parent, double points) {
        rules::Criterion c;
        c.code = code;
        c.parent = parent;
        c.group = std::string(code).substr(0, 1);
        c.points = points;
        c.title = std::string("Tiêu chí ") + code;
        return c;
    };
    r.criteria = {crit("1", "", 3), crit("1.1", "1", 2), crit("1.2", "1", 1), crit("2", "", 1)};
    return r;
}

}  // namespace

TEST(ReadCsv, SemicolonQuotesBomAndLines) {
    auto t = read_csv("\xEF\xBB\xBFMã tiêu chí;Điểm thẩm định;Ghi chú\n1.1;1,5;\"Thiếu; \"\"kế hoạch\"\"\nmột dòng\"\n\n1.2;1;\n");
    ASSERT_TRUE(t.ok());
    ASSERT_EQ(t->size(), 3u);
    EXPECT_EQ((*t)[1].cells[2], "Thiếu; \"kế hoạch\"\nmột dòng");
    EXPECT_EQ((*t)[1].line, 2);
    EXPECT_EQ((*t)[2].line, 5);
    EXPECT_EQ((*t)[2].cells[0], "1.2");
}

TEST(ReadCsv, RefusesNonUtf8) {
    auto t = read_csv("M\xe3 ti\xea u ch\xed,\xd0i\xea m\n");
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().code, "APPRAISAL_UNREADABLE");
}

TEST(AppraisalsFromTable, VietnameseHeadersAfterATitle) {
    auto r = tiny_rules();
    auto t = read_csv("KẾT QUẢ THẨM ĐỊNH,,,\nSTT,MÃ TIÊU CHÍ,Điểm tối đa,ĐIỂM THẨM ĐỊNH,Lý do\n1,1.1,2,1.5,Thiếu kế hoạch\n"
                      "2,TC 1.2,1,1,\n,Tổng cộng,3,2.5,\n");
    ASSERT_TRUE(t.ok());
    auto im = appraisals_from_table(*t, r, "tham-dinh.csv");
    ASSERT_TRUE(im.errors.empty()) << im.errors[0];
    ASSERT_EQ(im.rows.size(), 2u);
    EXPECT_EQ(im.rows[0].criterion, "1.1");
    EXPECT_DOUBLE_EQ(im.rows[0].points, 1.5);
    EXPECT_EQ(im.rows[0].comment, "Thiếu kế hoạch");
    EXPECT_EQ(im.rows[0].unit, "ubnd-x");
    EXPECT_EQ(im.rows[0].source, "tham-dinh.csv");
    EXPECT_EQ(im.rows[1].criterion, "1.2");
}

TEST(AppraisalsFromTable, EveryProblemIsALine) {
    auto r = tiny_rules();
    auto t = read_csv("criterion,points,unit\n9.9,1,\n1.1,abc,\n1.1,2.5,\n1.2,-1,\n1.2,1,phong-y\n2,1,\n2,0.5,\n");
    ASSERT_TRUE(t.ok());
    auto im = appraisals_from_table(*t, r, "f.csv");
    ASSERT_EQ(im.errors.size(), 6u);
    EXPECT_EQ(im.errors[0].rfind("f.csv:2: không có tiêu chí 9.9", 0), 0u) << im.errors[0];
    EXPECT_NE(im.errors[1].find("f.csv:3:"), std::string::npos);
    EXPECT_NE(im.errors[2].find("outside 0–2"), std::string::npos) << im.errors[2];
    EXPECT_NE(im.errors[3].find("f.csv:5:"), std::string::npos);
    EXPECT_NE(im.errors[4].find("not an assessed unit"), std::string::npos);
    EXPECT_NE(im.errors[5].find("appears twice"), std::string::npos);
}

TEST(AppraisalsFromTable, NoHeader) {
    auto t = read_csv("a,b\n1,2\n");
    auto im = appraisals_from_table(*t, tiny_rules(), "f.csv");
    ASSERT_EQ(im.errors.size(), 1u);
    EXPECT_NE(im.errors[0].find("no header row"), std::string::npos);
}

TEST(ReadTableAnswer, RoundTripsRowsLinesAndVietnamese) {
    auto t = read_csv("Mã tiêu chí,Điểm thẩm định,Ghi chú\n1.1,1.5,\"Thiếu, \"\"kế hoạch\"\"\"\n\n1.2,1,\n");
    ASSERT_TRUE(t);
    auto back = table_from_answer(table_answer_json(t));
    ASSERT_TRUE(back);
    ASSERT_EQ(back.value().size(), t.value().size());
    for (std::size_t i = 0; i < t.value().size(); ++i) {
        EXPECT_EQ(back.value()[i].line, t.value()[i].line);
        EXPECT_EQ(back.value()[i].cells, t.value()[i].cells);
    }
    EXPECT_EQ(back.value()[1].cells[2], "Thiếu, \"kế hoạch\"");
}

TEST(ReadTableAnswer, ErrorsAndMalformedAnswersAreValues) {
    auto err = table_from_answer(table_answer_json(Result<Table>(Error{"APPRAISAL_UNREADABLE", "not a workbook"})));
    ASSERT_FALSE(err);
    EXPECT_EQ(err.error().code, "APPRAISAL_UNREADABLE");
    EXPECT_EQ(err.error().detail, "not a workbook");
    auto bad = table_from_answer("{\"rows\": [{\"line\": \"x\"}");  // a child that died mid-answer
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, "APPRAISAL_UNREADABLE");
}

TEST(CompareAppraisal, DerivedSumsAndDifferences) {
    auto r = tiny_rules();
    judge::UnitVerdict uv;
    uv.unit = &r.units[0];
    auto cv = [&](int i, double max, double self) {
        judge::CriterionVerdict v;
        v.criterion = &r.criteria[static_cast<std::size_t>(i)];
        v.points_max = max;
        v.points_provisional = self;
        return v;
    };
    uv.criteria = {cv(0, 3, 3), cv(1, 2, 2), cv(2, 1, 1), cv(3, 1, 1)};
    std::vector<Appraisal> in = {{1, "ubnd-x", "1.1", 1.5, "thiếu", "f.csv", "", "an", "2023-01-10T10:00:00+07:00"},
                                 {2, "ubnd-x", "1.2", 1, "", "f.csv", "", "an", "2023-01-10T10:00:00+07:00"},
                                 {3, "other", "2", 0, "", "f.csv", "", "an", "2023-01-10T10:00:00+07:00"}};
    auto ap = report::compare_appraisal(uv, in);
    ASSERT_TRUE(ap.criteria.count("1.1"));
    EXPECT_DOUBLE_EQ(ap.criteria["1.1"].difference, -0.5);
    EXPECT_FALSE(ap.criteria["1.1"].derived);
    ASSERT_TRUE(ap.criteria.count("1"));  // derived from both children
    EXPECT_TRUE(ap.criteria["1"].derived);
    EXPECT_DOUBLE_EQ(ap.criteria["1"].appraised, 2.5);
    EXPECT_DOUBLE_EQ(ap.groups["1"].difference, -0.5);
    EXPECT_FALSE(ap.criteria.count("2"));  // another unit's row is not ours
    EXPECT_FALSE(ap.complete);
    ASSERT_TRUE(ap.total.has_value());
    EXPECT_DOUBLE_EQ(ap.total->appraised, 2.5);
    EXPECT_EQ(ap.imported_at, "2023-01-10T10:00:00+07:00");
}

TEST(AppraisalsInForce, LatestRowWins) {
    std::vector<Appraisal> all = {{1, "u", "1.1", 1, "", "a", "", "", ""},
                                  {5, "u", "1.1", 2, "", "b", "", "", ""},
                                  {3, "u", "1.2", 1, "", "a", "", "", ""}};
    auto f = appraisals_in_force(all);
    ASSERT_EQ(f.size(), 2u);
    EXPECT_DOUBLE_EQ(f.at({"u", "1.1"}).points, 2);
    EXPECT_EQ(f.at({"u", "1.1"}).source, "b");
}
