// dossier/explain.h: explanations drafted from verdicts (missing, late, value, not arising).
#include <gtest/gtest.h>

#include "dossier/explain.h"

using namespace kc;
using namespace kc::dossier;

namespace {

struct Fixture {
    rules::Criterion criterion;
    rules::Product product;
    Document late_doc;
    DocumentsById docs;

    Fixture() {
        criterion.code = "2.1.1";
        criterion.title = "Kế hoạch theo dõi thi hành pháp luật";
        criterion.points = 1;
        product.id = "2.1.1/sp1";
        product.title = "Kế hoạch theo dõi THPL năm 2022";
        late_doc.id = "D1";
        late_doc.sha256 = "aa";
        late_doc.header.number = "25";
        late_doc.header.symbol = "KH-UBND";
        late_doc.header.date = "2022-01-20";
        late_doc.verdict = "rejected";
        late_doc.reasons.push_back(make_reason(ReasonCode::LATE_DOCUMENT_DATE, "2022-01-20 > 2022-01-15"));
        docs["D1"] = &late_doc;
    }

    judge::CriterionVerdict verdict(const std::string& product_status) {
        judge::CriterionVerdict cv;
        cv.criterion = &criterion;
        cv.points_max = 1;
        judge::ProductVerdict pv;
        pv.product = &product;
        pv.status = product_status;
        pv.due = {*date::parse_iso("2022-01-15")};
        cv.products.push_back(pv);
        cv.status = product_status;
        return cv;
    }
};

}  // namespace

TEST(Explain, Missing) {
    Fixture f;
    auto e = draft_explanation(f.verdict("missing"), f.docs);
    EXPECT_NE(e.vi.find("Chưa có tài liệu kiểm chứng cho \u201CKế hoạch theo dõi THPL năm 2022\u201D (hạn 15/01/2022)"),
              std::string::npos) << e.vi;
    EXPECT_NE(e.en.find("No evidence for"), std::string::npos) << e.en;
    EXPECT_FALSE(e.by_officer);
}

TEST(Explain, Late) {
    Fixture f;
    auto cv = f.verdict("rejected");
    cv.products[0].evidence.push_back({"D1", "aa", 1, "rejected"});
    auto e = draft_explanation(cv, f.docs);
    EXPECT_NE(e.vi.find("Văn bản số 25/KH-UBND ngày 20/01/2022"), std::string::npos) << e.vi;
    EXPECT_NE(e.vi.find("sau thời hạn 15/01/2022"), std::string::npos) << e.vi;
    EXPECT_NE(e.en.find("after the deadline 15/01/2022"), std::string::npos) << e.en;
}

TEST(Explain, OtherRejectionUsesTheReasonMessage) {
    Fixture f;
    f.late_doc.reasons = {make_reason(ReasonCode::UNSIGNED)};
    auto cv = f.verdict("rejected");
    cv.products[0].evidence.push_back({"D1", "aa", 1, "rejected"});
    auto e = draft_explanation(cv, f.docs);
    EXPECT_NE(e.vi.find("chưa đạt yêu cầu: " + make_reason(ReasonCode::UNSIGNED).vi), std::string::npos) << e.vi;
    EXPECT_EQ(e.vi.find("sau thời hạn"), std::string::npos);
}

TEST(Explain, ValueEntered) {
    Fixture f;
    f.criterion.scoring = "threshold";
    auto cv = f.verdict("accepted");
    cv.points_provisional = 1;
    cv.value = "93,62";
    cv.value_document = "D1";
    auto e = draft_explanation(cv, f.docs);
    EXPECT_EQ(e.vi, "Số liệu tự đánh giá: 93,62 (căn cứ văn bản 25/KH-UBND).");
    EXPECT_EQ(e.en, "Self-assessed value: 93,62 (document 25/KH-UBND).");
}

TEST(Explain, ValueMissing) {
    Fixture f;
    f.criterion.scoring = "survey";
    auto cv = f.verdict("value_needed");
    cv.products.clear();
    auto e = draft_explanation(cv, f.docs);
    EXPECT_NE(e.vi.find("Chưa có số liệu"), std::string::npos) << e.vi;
}

TEST(Explain, NotArising) {
    Fixture f;
    auto cv = f.verdict("not_applicable");
    cv.reasons.push_back(make_reason(ReasonCode::NOT_ARISING, "D1"));
    auto e = draft_explanation(cv, f.docs);
    EXPECT_EQ(e.vi.rfind("Không phát sinh nhiệm vụ", 0), 0u) << e.vi;
    EXPECT_NE(e.vi.find("25/KH-UBND"), std::string::npos);
    EXPECT_NE(e.en.find("did not arise"), std::string::npos);
}

TEST(Explain, FullPointsNeedNoExplanation) {
    Fixture f;
    auto cv = f.verdict("accepted");
    cv.points_provisional = 1;
    EXPECT_TRUE(draft_explanation(cv, f.docs).vi.empty());
}
