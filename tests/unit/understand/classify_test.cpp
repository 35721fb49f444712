// Classifier cases on a hand-built rule set modelled on the seed's appendix.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "understand/classify.h"

namespace {

using kc::understand::ClassifyInput;
using kc::understand::classify;
using kc::understand::criterion_codes_in_path;

kc::rules::Product product(std::string id, std::vector<std::string> kinds, std::vector<std::string> phrases,
                           std::string period, std::string lead = "phong-noi-vu",
                           std::vector<std::string> issuers = {"ubnd-quang-dien"}) {
    kc::rules::Product p;
    p.id = std::move(id);
    p.kinds = std::move(kinds);
    p.phrases = std::move(phrases);
    p.period = std::move(period);
    p.lead_agencies = {std::move(lead)};
    p.expected_issuers = std::move(issuers);
    return p;
}

kc::rules::Criterion criterion(std::string code, std::string parent, std::vector<kc::rules::Product> products = {}) {
    kc::rules::Criterion c;
    c.code = std::move(code);
    c.parent = std::move(parent);
    c.products = std::move(products);
    return c;
}

const kc::rules::RuleSet& rules() {
    static const kc::rules::RuleSet r = [] {
        kc::rules::RuleSet r;
        r.id = "cchc-2022-test";
        r.year = 2022;
        r.units = {
            {"ubnd-quang-dien", "UBND huyện Quảng Điền", "district", "", {"Ủy ban nhân dân huyện Quảng Điền"}, true},
            {"phong-noi-vu", "Phòng Nội vụ", "office", "ubnd-quang-dien", {"Phòng Nội vụ huyện Quảng Điền"}, false},
            {"phong-tu-phap", "Phòng Tư pháp", "office", "ubnd-quang-dien", {}, false},
        };
        r.criteria = {
            criterion("1", ""),
            criterion("1.1", "1"),
            criterion("1.1.1", "1.1",
                      {product("1.1.1/sp1", {"KH"}, {"kế hoạch cải cách hành chính", "kế hoạch CCHC"}, "2022")}),
            criterion("1.2", "1"),
            criterion("1.2.a", "1.2",
                      {product("1.2.a/sp1", {"BC"}, {"báo cáo CCHC", "báo cáo cải cách hành chính"}, "2022-Q1"),
                       product("1.2.a/sp2", {"BC"}, {"báo cáo CCHC", "báo cáo cải cách hành chính"}, "2022-H1"),
                       product("1.2.a/sp3", {"BC"}, {"báo cáo CCHC", "báo cáo cải cách hành chính"}, "2022-9M"),
                       product("1.2.a/sp4", {"BC"}, {"báo cáo CCHC", "báo cáo cải cách hành chính"}, "2022")}),
            criterion("1.3", "1"),
            criterion("1.3.1", "1.3",
                      {product("1.3.1/sp1", {"KH"}, {"kế hoạch kiểm tra"}, "2022"),
                       product("1.3.1/sp2", {"QĐ"}, {"thành lập đoàn kiểm tra"}, "2022"),
                       product("1.3.1/sp3", {"BB", "TB"}, {"biên bản kiểm tra", "kết luận kiểm tra"}, ""),
                       product("1.3.1/sp4", {"BC"}, {"báo cáo sau kiểm tra", "kết quả kiểm tra"}, "2022")}),
            criterion("2", ""),
            criterion("2.1", "2"),
            criterion("2.1.1", "2.1",
                      {product("2.1.1/sp1", {"KH"}, {"theo dõi tình hình thi hành pháp luật"}, "2022", "phong-tu-phap")}),
            criterion("2.1.3", "2.1",
                      {product("2.1.3/sp1", {"BC"}, {"theo dõi tình hình thi hành pháp luật", "theo dõi thi hành pháp luật"},
                               "2022", "phong-tu-phap")}),
            criterion("3.1.1", "3.1",
                      {product("3.1.1/sp1", {"BC"}, {"kiểm soát thủ tục hành chính", "kiểm soát TTHC"}, "2022", "vp-ubnd"),
                       product("3.1.1/sp2", {"BC"}, {"rà soát, đánh giá thủ tục hành chính", "rà soát đánh giá TTHC"}, "2022",
                               "vp-ubnd")}),
            criterion("7.4.1", "7.4", {product("7.4.1/sp1", {"table", "photo"}, {"văn bản điện tử"}, "2022", "vp-ubnd")}),
        };
        return r;
    }();
    return r;
}

kc::DocumentHeader header(std::string type, std::string subject, std::string period,
                          std::string issuer = "ỦY BAN NHÂN DÂN HUYỆN QUẢNG ĐIỀN") {
    kc::DocumentHeader h;
    h.type = std::move(type);
    h.subject = std::move(subject);
    h.period = std::move(period);
    h.issuer = std::move(issuer);
    return h;
}

struct ClassifyCase {
    const char* name;
    ClassifyInput in;
    const char* criterion;      // expected best criterion ("" = none)
    const char* product;        // expected best product ("" = none, nullptr = not checked)
    const char* status;         // expected status of the best
    const char* signal = nullptr;  // some signal of the best must contain this
};

std::vector<ClassifyCase> cases() {
    return {
        {"code_in_folder_plan", {"TC 1.1.1/KH 191.pdf", header("KH", "Cải cách hành chính năm 2022", "2022"), "", "pdf", "phong-noi-vu"},
         "1.1.1", "1.1.1/sp1", "classified", "criterion code in folder name: 1.1.1"},
        // the folder decides the candidate, but a subject with none of the product's words keeps it in review
        {"code_in_folder_without_phrases", {"1.1.1/scan.pdf", header("KH", "Nâng cao hiệu quả công tác", "2022"), "", "pdf", ""},
         "1.1.1", "1.1.1/sp1", "needs_review", "too few of the product's words"},
        {"no_code_strong_phrases_and_kind",
         {"Ho so/KH.pdf", header("KH", "Cải cách hành chính năm 2022", "2022"), "", "pdf", "phong-noi-vu"},
         "1.1.1", "1.1.1/sp1", "classified", "in the subject"},
        {"plan_2021_sent_for_1_1_1", {"TC 1.1.1/KH 2021.pdf", header("KH", "Cải cách hành chính năm 2021", "2021"), "", "pdf", ""},
         "1.1.1", "1.1.1/sp1", "classified", "period 2021 differs from the product's 2022"},
        {"unrelated_document", {"Khac/giay moi.pdf", header("GM", "Dự hội nghị tổng kết công tác Đảng", ""), "", "pdf", ""},
         "", "", "unclassified"},
        {"underscore_code_form", {"7_4_1/bang thong ke.xlsx", header("", "", ""), "", "xlsx", "vp-ubnd"},
         "7.4.1", "7.4.1/sp1", "classified", "7.4.1"},
        {"tc_prefix_in_file_name", {"TC7.4.1 - Ky so.pdf", header("", "", "", ""), "", "jpeg", ""},
         "7.4.1", "7.4.1/sp1", "needs_review", "criterion code in file name: 7.4.1"},
        {"parent_code_narrows_to_quarterly_report",
         {"Tiêu chí 1.2/BC quy I.pdf", header("BC", "Công tác cải cách hành chính quý I năm 2022", "2022-Q1"), "", "pdf", ""},
         "1.2.a", "1.2.a/sp1", "classified", "parent code 1.2"},
        {"quarterly_report_nine_months_by_period",
         {"1.2/bc.pdf", header("BC", "Tình hình thực hiện CCHC 9 tháng năm 2022", "2022-9M"), "", "pdf", ""},
         "1.2.a", "1.2.a/sp3", "classified", "period 2022-9M matches"},
        {"q3_report_related_to_nine_months",
         {"1.2/bc.pdf", header("BC", "Công tác CCHC quý III năm 2022", "2022-Q3"), "", "pdf", ""},
         "1.2.a", "1.2.a/sp3", "classified", "corresponds to"},
        {"quarterly_reports_without_period_need_review",
         {"1.2/bc.pdf", header("BC", "Công tác cải cách hành chính", ""), "", "pdf", ""}, "1.2.a", nullptr, "needs_review",
         "several products fit"},
        {"criterion_with_four_products_by_kind",
         {"TC 1.3.1/QD doan kiem tra.pdf", header("QĐ", "Về việc thành lập Đoàn kiểm tra CCHC năm 2022", "2022"), "", "pdf", ""},
         "1.3.1", "1.3.1/sp2", "classified", "document type QĐ matches"},
        {"criterion_with_four_products_minutes",
         {"TC 1.3.1/bb.pdf", header("BB", "Kiểm tra công tác CCHC tại UBND xã Quảng An", ""), "", "pdf", ""},
         "1.3.1", "1.3.1/sp3", "classified"},
        {"same_kind_chosen_by_phrases",
         {"3.1.1/bc2.pdf", header("BC", "Rà soát, đánh giá thủ tục hành chính năm 2022", "2022"), "", "pdf", ""},
         "3.1.1", "3.1.1/sp2", "classified", "in the subject"},
        {"plan_vs_report_same_phrases_by_kind",
         {"2.1/bc.pdf", header("BC", "Công tác theo dõi tình hình thi hành pháp luật năm 2022", "2022", "PHÒNG TƯ PHÁP"), "", "pdf",
          "phong-tu-phap"},
         "2.1.3", "2.1.3/sp1", "classified"},
        {"unknown_code_ignored", {"TC 9.9.9/KH.pdf", header("KH", "Cải cách hành chính năm 2022", "2022"), "", "pdf", ""},
         "1.1.1", "1.1.1/sp1", nullptr, "9.9.9 in folder name is not in the rule set"},
        {"date_in_file_name_is_not_a_code", {"KH 05.01.2022.pdf", header("GM", "Họp", ""), "", "pdf", ""}, "", "", "unclassified"},
    };
}

class ClassifyTable : public ::testing::TestWithParam<ClassifyCase> {};

TEST_P(ClassifyTable, BestCandidate) {
    const auto& c = GetParam();
    auto out = classify(c.in, rules());
    ASSERT_FALSE(out.empty());
    const auto& best = out.front();
    std::string all;
    for (auto& s : best.signals) all += "  " + s + "\n";
    EXPECT_EQ(best.criterion, c.criterion) << all;
    if (c.product) {
        EXPECT_EQ(best.product, c.product) << all;
    }
    if (c.status) {
        EXPECT_EQ(best.status, c.status) << "confidence " << best.confidence << "\n" << all;
    }
    if (c.signal) {
        EXPECT_NE(all.find(c.signal), std::string::npos) << all;
    }
    // status follows confidence, candidates best first
    for (auto& cl : out) {
        EXPECT_EQ(cl.status, cl.confidence >= 0.7 ? "classified" : cl.confidence >= 0.4 ? "needs_review" : "unclassified");
        EXPECT_FALSE(cl.signals.empty());
    }
    for (std::size_t i = 1; i < out.size(); ++i) EXPECT_GE(out[i - 1].confidence, out[i].confidence);
}

INSTANTIATE_TEST_SUITE_P(Cases, ClassifyTable, ::testing::ValuesIn(cases()),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(Classify, WrongPeriodLowersConfidence) {
    auto good = classify({"TC 1.1.1/a.pdf", header("KH", "Cải cách hành chính năm 2022", "2022"), "", "pdf", ""}, rules());
    auto old = classify({"TC 1.1.1/a.pdf", header("KH", "Cải cách hành chính năm 2021", "2021"), "", "pdf", ""}, rules());
    EXPECT_GT(good.front().confidence, old.front().confidence);
}

TEST(Classify, IssueYearIsNotThePeriod) {
    kc::DocumentHeader h = header("KH", "Cải cách hành chính", "");
    h.date = "2021-12-30";
    auto out = classify({"TC 1.1.1/a.pdf", h, "", "pdf", ""}, rules());
    std::string all;
    for (auto& s : out.front().signals) all += s;
    EXPECT_NE(all.find("issue year is not used"), std::string::npos);
    EXPECT_EQ(all.find("differs"), std::string::npos);
}

TEST(Classify, BodyPhraseIsWeakerThanSubject) {
    auto subj = classify({"x/a.pdf", header("KH", "Kế hoạch CCHC năm 2022", "2022"), "", "pdf", ""}, rules());
    auto body = classify({"x/a.pdf", header("KH", "Công tác năm 2022", "2022"), "nội dung kế hoạch CCHC", "pdf", ""}, rules());
    EXPECT_EQ(subj.front().product, "1.1.1/sp1");
    EXPECT_EQ(body.front().product, "1.1.1/sp1");
    EXPECT_GT(subj.front().confidence, body.front().confidence);
}

struct PathCase {
    const char* path;
    std::vector<std::string> codes;
};
class PathTable : public ::testing::TestWithParam<PathCase> {};
TEST_P(PathTable, Codes) { EXPECT_EQ(criterion_codes_in_path(GetParam().path), GetParam().codes) << GetParam().path; }
INSTANTIATE_TEST_SUITE_P(
    Cases, PathTable,
    ::testing::Values(PathCase{"TC 7.4.1/x.pdf", {"7.4.1"}}, PathCase{"7_4_1/x.pdf", {"7.4.1"}},
                      PathCase{"7-4-1/x.pdf", {"7.4.1"}}, PathCase{"TC7.4.1 - Ky so.pdf", {"7.4.1"}},
                      PathCase{"Tieu chi 7.4.1/a.pdf", {"7.4.1"}}, PathCase{"Tiêu chí 1.2/a.pdf", {"1.2"}},
                      PathCase{"1.2.a Bao cao/a.pdf", {"1.2.a"}}, PathCase{"7.4.1.pdf", {"7.4.1"}},
                      PathCase{"KH 05.01.2022.pdf", {}}, PathCase{"Nop 2022/KH 191-2021.pdf", {}},
                      PathCase{"Linh vuc 1/TC 1.3/1.3.1 KH kiem tra.pdf", {"1.3", "1.3.1"}},
                      PathCase{"ho so.zip/TC 2.1.1/kh.pdf", {"2.1.1"}}));

}  // namespace

// ---- issue 6: content without path hints, path vs content, nothing fits ----------------------

std::string listing(const std::vector<kc::Classification>& out) {
    std::string all;
    for (auto& c : out) all += c.product + " " + std::to_string(c.confidence) + " " + c.status + "\n";
    return all;
}

std::string signals_of(const kc::Classification& c) {
    std::string all;
    for (auto& s : c.signals) all += s + "\n";
    return all;
}

TEST(Classify, MisleadingFolderIsNeverSilent) {
    // a THPL report filed under the CCHC plan's folder: path and content disagree
    auto out = classify({"TC 1.1.1/bao cao.pdf",
                         header("BC", "Công tác theo dõi tình hình thi hành pháp luật năm 2022", "2022", "PHÒNG TƯ PHÁP"), "",
                         "pdf", "phong-tu-phap"},
                        rules());
    ASSERT_GE(out.size(), 2u);
    EXPECT_EQ(out[0].status, "needs_review") << signals_of(out[0]);
    EXPECT_EQ(out[0].product, "2.1.3/sp1") << signals_of(out[0]);  // the content first
    bool path_listed = false;
    for (auto& c : out) path_listed |= c.product == "1.1.1/sp1";
    EXPECT_TRUE(path_listed);
    EXPECT_NE(signals_of(out[0]).find("disagrees with the criterion code in the path"), std::string::npos);
}

TEST(Classify, AgreeingFolderStaysClassified) {
    auto out = classify({"TC 2.1.3/bao cao.pdf",
                         header("BC", "Công tác theo dõi tình hình thi hành pháp luật năm 2022", "2022", "PHÒNG TƯ PHÁP"), "",
                         "pdf", "phong-tu-phap"},
                        rules());
    EXPECT_EQ(out[0].product, "2.1.3/sp1");
    EXPECT_EQ(out[0].status, "classified") << signals_of(out[0]);
}

TEST(Classify, PhraseWordsInAnotherOrderAndAbbreviations) {
    // "rà soát đánh giá TTHC" written as "TTHC: kết quả rà soát, đánh giá"
    auto out = classify({"bc.pdf", header("BC", "Thủ tục hành chính: kết quả rà soát, đánh giá năm 2022", "2022"), "", "pdf", ""},
                        rules());
    EXPECT_EQ(out[0].product, "3.1.1/sp2") << signals_of(out[0]);
    EXPECT_NE(signals_of(out[0]).find("are in the subject"), std::string::npos) << signals_of(out[0]);
}

TEST(Classify, NothingFitsListsTheNearestThree) {
    auto out = classify({"x.pdf", header("KH", "Nâng cao chất lượng công tác", ""), "", "pdf", ""}, rules());
    ASSERT_FALSE(out.empty());
    EXPECT_LE(out.size(), 3u);
    EXPECT_EQ(out[0].status, "unclassified");
    EXPECT_NE(signals_of(out[0]).find("nearest candidates are listed"), std::string::npos) << signals_of(out[0]);
}

TEST(Classify, MonthInsideTheYearIsNotAWrongPeriod) {
    auto month = classify({"x.pdf", header("BB", "Kiểm tra công tác CCHC tại UBND xã Quảng An tháng 6 năm 2022", "2022-06"), "",
                           "pdf", ""},
                          rules());
    EXPECT_EQ(month[0].product, "1.3.1/sp3") << signals_of(month[0]);
    auto plan = classify({"x.pdf", header("KH", "Cải cách hành chính tháng 6 năm 2022", "2022-06"), "", "pdf", ""}, rules());
    EXPECT_EQ(signals_of(plan[0]).find("differs from"), std::string::npos) << signals_of(plan[0]);
    EXPECT_NE(signals_of(plan[0]).find("is a month within"), std::string::npos) << signals_of(plan[0]);
    auto other_year = classify({"x.pdf", header("KH", "Cải cách hành chính tháng 6 năm 2021", "2021-06"), "", "pdf", ""}, rules());
    EXPECT_NE(signals_of(other_year[0]).find("differs from"), std::string::npos) << signals_of(other_year[0]);
}

// ---- issue 6, third pass: on the real rules (rules/cchc-2022), siblings, content floor ---------

namespace {
const kc::rules::RuleSet& real_rules() {
    static const kc::rules::RuleSet r = [] {
        auto x = kc::rules::load_ruleset(std::filesystem::path(KC_SOURCE_DIR) / "rules", "cchc-2022");
        EXPECT_TRUE(x.ok());
        return x.ok() ? x.value() : kc::rules::RuleSet{};
    }();
    return r;
}
}  // namespace

TEST(ClassifyReal, SiblingProductsToldApartByTheirOwnWords) {
    // 5.5.2: the 0206 form (sp1) vs the narrative report on kỷ cương hành chính (sp2), same kind, same issuer
    auto narrative = classify({"bc.pdf", header("BC", "Tình hình chấp hành kỷ cương, kỷ luật hành chính của cán bộ, công chức năm 2022",
                                                "2022", "PHÒNG NỘI VỤ"), "", "pdf", ""}, real_rules());
    EXPECT_EQ(narrative[0].product, "5.5.2/sp2") << signals_of(narrative[0]);
    // 7.8: văn bản đi/đến (7.8.1) vs hồ sơ lập theo Danh mục hồ sơ (7.8.2)
    auto files = classify({"bc.pdf", header("BC", "Thống kê số lượng hồ sơ công việc được lập năm 2022", "2022",
                                            "VĂN PHÒNG HĐND VÀ UBND"), "", "pdf", ""}, real_rules());
    EXPECT_TRUE(files[0].product == "7.8.2/sp1" || files[0].product == "7.8.3/sp1") << signals_of(files[0]);
    auto letters = classify({"bc.pdf", header("BC", "Thống kê số lượng văn bản đi, văn bản đến năm 2022", "2022",
                                              "VĂN PHÒNG HĐND VÀ UBND"), "", "pdf", ""}, real_rules());
    EXPECT_EQ(letters[0].product, "7.8.1/sp1") << signals_of(letters[0]);
}

TEST(ClassifyReal, PublicServiceUnitNamedInTheSubject) {
    // a decision on a public service unit's functions is 4.1.3, on an office's 4.1.1
    auto unit = classify({"qd.pdf", header("QĐ", "Sửa đổi quy định chức năng, nhiệm vụ, quyền hạn của Trung tâm Dịch vụ Nông nghiệp huyện",
                                           ""), "", "pdf", ""}, real_rules());
    EXPECT_EQ(unit[0].product, "4.1.3/sp1") << listing(unit) << signals_of(unit[0]);
    auto office = classify({"qd.pdf", header("QĐ", "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Phòng Nội vụ", ""),
                            "", "pdf", ""}, real_rules());
    EXPECT_EQ(office[0].product, "4.1.1/sp2") << signals_of(office[0]);
}

TEST(ClassifyReal, FolderCodeAloneDoesNotClassifyAnOffTopicSubject) {
    // an off-topic công văn in a CCHC folder: the folder's product is listed, never classified
    auto out = classify({"TC 1.1.2/57-UBND-NV.pdf",
                         header("CV", "V/v báo cáo kết quả công tác phòng, chống dịch bệnh trên gia súc, gia cầm", ""), "", "pdf", ""},
                        real_rules());
    EXPECT_NE(out[0].status, "classified") << signals_of(out[0]);
}

TEST(ClassifyReal, AdministrativeLookingOffTopicIsNotClassified) {
    for (auto* subject : {"Kiểm tra công tác phòng, chống lụt, bão và tìm kiếm cứu nạn năm 2022",
                          "Thành lập Đoàn kiểm tra liên ngành về an toàn thực phẩm dịp Tết Nguyên đán",
                          "Tiêm vắc xin phòng COVID-19 mũi nhắc lại năm 2022"}) {
        for (auto* type : {"KH", "QĐ"}) {
            auto out = classify({"x.pdf", header(type, subject, "2022"), "", "pdf", ""}, real_rules());
            EXPECT_NE(out[0].status, "classified") << type << " " << subject << "\n" << signals_of(out[0]);
        }
    }
}

TEST(ClassifyReal, FolderOfASiblingCriterionIsNeverSilent) {
    // the content is 7.8.2 (hồ sơ lập theo Danh mục hồ sơ), the folder says its sibling 7.8.1
    auto out = classify({"TC 7.8.1/bc.pdf",
                         header("BC", "Thống kê số lượng hồ sơ công việc được lập theo Danh mục hồ sơ năm 2022", "2022",
                                "VĂN PHÒNG HĐND VÀ UBND"), "", "pdf", ""},
                        real_rules());
    bool silent_wrong = out[0].status == "classified" && out[0].criterion == "7.8.1";
    EXPECT_FALSE(silent_wrong) << listing(out) << signals_of(out[0]);
    bool content_listed = false;
    for (auto& c : out) content_listed |= c.criterion == "7.8.2" || c.criterion == "7.8.3";
    EXPECT_TRUE(content_listed) << listing(out);
}
