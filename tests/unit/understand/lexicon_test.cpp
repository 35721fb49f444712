// Lexicon: words of the subject vs the products' own words (understand/lexicon.h).
#include <gtest/gtest.h>

#include "understand/lexicon.h"

namespace {

using kc::understand::lex_terms;
using kc::understand::lex_words;
using kc::understand::Lexicon;

std::string joined(const std::vector<std::string>& w) {
    std::string s;
    for (auto& x : w) s += (s.empty() ? "" : " ") + x;
    return s;
}

TEST(Lexicon, AbbreviationsAndSynonymsAreFolded) {
    EXPECT_EQ(joined(lex_words("Báo cáo CCHC")), "bao cao cai cach hanh chinh");
    EXPECT_EQ(joined(lex_words("đánh giá, xếp loại CBCCVC")), "danh gia phan loai can bo cong chuc vien chuc");
    EXPECT_EQ(joined(lex_words("TTHC trễ hẹn")), "thu tuc hanh chinh tre han");
    EXPECT_EQ(joined(lex_words("Đề án VTVL")), "de an vi tri viec lam");
}

TEST(Lexicon, TypeNamesYearsAndPlaceNamesAreNotTerms) {
    auto t = lex_terms("Báo cáo kết quả tuyển dụng năm 2022 trên địa bàn huyện Quảng Điền");
    EXPECT_TRUE(t.count("tuyen dung"));
    EXPECT_TRUE(t.count("ket qua"));
    EXPECT_FALSE(t.count("bao cao"));
    EXPECT_FALSE(t.count("2022"));
    EXPECT_FALSE(t.count("quang dien"));
    EXPECT_FALSE(t.count("nam"));
}

kc::rules::RuleSet two_products() {
    kc::rules::RuleSet r;
    kc::rules::Criterion a, b;
    a.code = "5.2.1";
    a.title = "Thực hiện quy định về tuyển dụng công chức tại UBND cấp xã";
    kc::rules::Product pa;
    pa.id = "5.2.1/sp2";
    pa.title = "Báo cáo tuyển dụng công chức cấp xã";
    a.products = {pa};
    b.code = "5.5.1";
    b.title = "Thực hiện trình tự, thủ tục đánh giá, phân loại công chức, viên chức theo quy định";
    kc::rules::Product pb;
    pb.id = "5.5.1/sp1";
    pb.title = "Báo cáo đánh giá phân loại CB CC VC năm 2022";
    b.products = {pb};
    r.criteria = {a, b};
    return r;
}

TEST(Lexicon, RareSharedWordsDecide) {
    auto r = two_products();
    Lexicon lx(r);
    auto subj = lex_terms("Báo cáo kết quả đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2022");
    auto a = lx.match(subj, "5.2.1/sp2");
    auto b = lx.match(subj, "5.5.1/sp1");
    EXPECT_GT(b.coverage, a.coverage);
    EXPECT_GT(b.title, a.title);
    EXPECT_FALSE(b.shared.empty());
    // a word no product uses counts against every product
    auto off = lex_terms("Kế hoạch tổ chức Tết Trung thu cho thiếu nhi");
    EXPECT_LT(lx.match(off, "5.2.1/sp2").coverage, 0.2);
    EXPECT_EQ(lx.match(subj, "no/such").coverage, 0);
}

}  // namespace
