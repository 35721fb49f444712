// The appraisal fields of the index (report/index.cpp, index_stream.cpp): the
// streamed index stays byte-identical to the Poco tree with appraisals, and the
// fields are absent without them.
#include <gtest/gtest.h>

#include <sstream>

#include "core/model_json.h"
#include "judge/judge.h"
#include "report/index.h"
#include "report/index_stream.h"

using namespace kc;

namespace {

rules::RuleSet tiny() {
    rules::RuleSet r;
    r.id = "t-2022";
    r.year = 2022;
    r.sha256 = std::string(64, 'b');
    r.assessed_unit = "ubnd-x";
    r.units = {{"ubnd-x", "UBND huyện X", "district", "", {}, true}};
    auto crit = [](const char* code, const char* parent, double points, bool product) {
        rules::Criterion c;
        c.code = code;
        c.parent = parent;
        c.group = std::string(code).substr(0, 1);
        c.points = points;
        c.title = std::string("Tiêu chí ") + code;
        if (product) {
            rules::Product p;
            p.id = std::string(code) + "/sp1";
            p.title = "Kế hoạch";
            p.kinds = {"KH"};
            p.deadline.kind = "absolute";
            p.deadline.due = {*date::parse_iso("2022-01-15")};
            c.products.push_back(p);
        }
        return c;
    };
    r.criteria = {crit("1", "", 2, false), crit("1.1", "1", 1, true), crit("1.2", "1", 1, true), crit("2", "", 1, true)};
    return r;
}

std::string tree(const rules::RuleSet& r, const judge::Judgement& j) {
    return json::stringify(report::index_json(r, {}, j), true) + "\n";
}
std::string stream(const rules::RuleSet& r, const judge::Judgement& j) {
    std::ostringstream os;
    report::write_index_json(os, r, {}, j);
    return os.str();
}

}  // namespace

TEST(IndexAppraisal, StreamEqualsTreeAndFieldsAppear) {
    auto r = tiny();
    auto j = judge::judge(r, {}, {}, *date::parse_iso("2022-11-30"));
    ASSERT_EQ(j.units.size(), 1u);
    const auto none = stream(r, j);
    EXPECT_EQ(none, tree(r, j));
    EXPECT_EQ(none.find("appraisal"), std::string::npos);
    j.appraisals = {{1, "ubnd-x", "1.1", 0.5, "thiếu \"bản ký số\"", "tham-dinh.csv", "", "Trần Thị B", "2023-01-10T09:00:00+07:00"},
                    {2, "ubnd-x", "1.2", 0, "", "tham-dinh.csv", "", "Trần Thị B", "2023-01-10T09:00:00+07:00"}};
    const auto with = stream(r, j);
    EXPECT_EQ(with, tree(r, j));
    auto root = json::parse_object(with);
    auto unit = root->getArray("units")->getObject(0);
    auto crit = unit->getArray("criteria");
    auto c11 = crit->getObject(1);
    ASSERT_TRUE(c11->has("appraisal"));
    EXPECT_DOUBLE_EQ(c11->getObject("appraisal")->getValue<double>("points_appraised"), 0.5);
    EXPECT_DOUBLE_EQ(c11->getObject("appraisal")->getValue<double>("difference"), 0.5);  // self 0: missing
    auto c1 = crit->getObject(0);
    ASSERT_TRUE(c1->has("appraisal"));
    EXPECT_TRUE(c1->getObject("appraisal")->getValue<bool>("derived"));
    EXPECT_TRUE(unit->getObject("groups")->getObject("1")->has("points_appraised"));
    EXPECT_FALSE(unit->getObject("groups")->getObject("2")->has("points_appraised"));
    EXPECT_FALSE(crit->getObject(3)->has("appraisal"));
    ASSERT_TRUE(unit->has("appraisal"));
    EXPECT_FALSE(unit->getObject("appraisal")->getValue<bool>("complete"));
}
