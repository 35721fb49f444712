// dossier/ooxml.h + zip_writer.h: every XLSX/DOCX part parses back as XML
// (Poco::XML), holds the table, and the XLSX written to a real zip reads back
// through the appraisal reader (dossier/appraisal.h).
#include <gtest/gtest.h>

#include <Poco/AutoPtr.h>
#include <Poco/DOM/DOMParser.h>
#include <Poco/DOM/Document.h>
#include <Poco/DOM/Element.h>
#include <Poco/DOM/NodeList.h>
#include <Poco/SAX/InputSource.h>

#include <fstream>
#include <iterator>
#include <sstream>

#include "dossier/appraisal.h"
#include "dossier/ooxml.h"
#include "dossier/zip_writer.h"

using namespace kc;
using namespace kc::dossier;
using Poco::AutoPtr;

namespace {

Dossier sample() {
    Dossier d;
    d.unit = "ubnd-quang-dien";
    d.unit_name = "UBND huyện Quảng Điền";
    d.rules_id = "cchc-2022";
    d.year = 2022;
    d.as_of = *date::parse_iso("2022-11-30");
    d.points_max = 3.5;
    d.self_score = 2.25;
    Row g{"1", "Công tác chỉ đạo, điều hành CCHC", "", 0, false, "partial", 3.5, 2.25, {}, {}};
    Row r{"1.1.1", "Ban hành kế hoạch <CCHC> & \"đúng hạn\"", "1", 2, true, "partial", 1, 0.5, {}, {}};
    EvidenceFile e;
    e.number = "191/KH-UBND";
    e.date = "2021-12-30";
    e.issuer = "ỦY BAN NHÂN DÂN HUYỆN QUẢNG ĐIỀN";
    r.evidence.push_back(e);
    r.explanation.vi = "Văn bản số 25/KH-UBND ban hành sau thời hạn.\nDòng hai\x01 có ký tự điều khiển.";
    d.rows = {g, r};
    return d;
}

AutoPtr<Poco::XML::Document> parse(const std::string& xml) {
    Poco::XML::DOMParser parser;
    std::istringstream in(xml);
    Poco::XML::InputSource src(in);
    return parser.parse(&src);  // throws on a malformed document
}

std::string all_text(Poco::XML::Document* doc, const std::string& tag) {
    std::string out;
    AutoPtr<Poco::XML::NodeList> ts = doc->getElementsByTagName(tag);
    for (unsigned long i = 0; i < ts->length(); ++i) out += ts->item(i)->innerText() + "|";
    return out;
}

}  // namespace

TEST(Ooxml, ColumnNames) {
    EXPECT_EQ(column_name(0), "A");
    EXPECT_EQ(column_name(5), "F");
    EXPECT_EQ(column_name(25), "Z");
    EXPECT_EQ(column_name(26), "AA");
    EXPECT_EQ(column_name(701), "ZZ");
    EXPECT_EQ(column_name(702), "AAA");
}

TEST(Ooxml, EscapeDropsWhatXmlForbids) {
    EXPECT_EQ(xml_escape("a<b>&\"c'\x01\x0b\td"), "a&lt;b&gt;&amp;&quot;c&apos;\td");
    EXPECT_EQ(xml_escape("Điểm"), "Điểm");
}

TEST(Ooxml, XlsxPartsAreWellFormedAndHoldTheTable) {
    auto parts = xlsx_parts(sample());
    ASSERT_EQ(parts.size(), 6u);
    for (const auto& p : parts) EXPECT_NO_THROW(parse(p.content)) << p.name;
    const auto& sheet = parts.back();
    ASSERT_EQ(sheet.name, "xl/worksheets/sheet1.xml");
    auto doc = parse(sheet.content);
    AutoPtr<Poco::XML::NodeList> rows = doc->getElementsByTagName("row");
    EXPECT_EQ(rows->length(), 4u);  // header, 2 rows, total
    auto text = all_text(doc, "t");
    EXPECT_NE(text.find("Mã tiêu chí|"), std::string::npos);
    EXPECT_NE(text.find("Ban hành kế hoạch <CCHC> & \"đúng hạn\"|"), std::string::npos) << text;
    EXPECT_NE(text.find("1. 191/KH-UBND ngày 30/12/2021, ỦY BAN NHÂN DÂN HUYỆN QUẢNG ĐIỀN|"), std::string::npos) << text;
    EXPECT_NE(text.find("Dòng hai có ký tự điều khiển"), std::string::npos);
    auto values = all_text(doc, "v");
    EXPECT_EQ(values, "3.5|2.25|1|0.5|3.5|2.25|");
}

TEST(Ooxml, DocxPartsAreWellFormedAndHoldTheTable) {
    auto parts = docx_parts(sample());
    ASSERT_EQ(parts.size(), 3u);
    for (const auto& p : parts) EXPECT_NO_THROW(parse(p.content)) << p.name;
    auto doc = parse(parts.back().content);
    AutoPtr<Poco::XML::NodeList> rows = doc->getElementsByTagName("w:tr");
    EXPECT_EQ(rows->length(), 4u);
    AutoPtr<Poco::XML::NodeList> cells = doc->getElementsByTagName("w:tc");
    EXPECT_EQ(cells->length(), 24u);
    auto text = all_text(doc, "w:t");
    EXPECT_NE(text.find("BẢNG TỰ CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2022"), std::string::npos);
    EXPECT_NE(text.find("Văn bản số 25/KH-UBND ban hành sau thời hạn.|Dòng hai"), std::string::npos) << text;
}

TEST(Ooxml, XlsxZipReadsBack) {
    auto parts = xlsx_parts(sample());
    std::vector<ZipEntry> entries;
    for (const auto& p : parts) entries.push_back({p.name, p.content, {}});
    auto file = std::filesystem::temp_directory_path() / ("kc_ooxml_test_" + std::to_string(::getpid()) + ".xlsx");
    ASSERT_TRUE(write_zip(file, entries, 1669784400).ok());
    std::ifstream in(file, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::filesystem::remove(file);
    ASSERT_EQ(bytes.substr(0, 4), std::string("PK\x03\x04", 4));
    auto t = read_table(bytes);
    ASSERT_TRUE(t.ok()) << t.error().detail;
    ASSERT_EQ(t->size(), 4u);
    EXPECT_EQ((*t)[0].cells[0], "Mã tiêu chí");
    EXPECT_EQ((*t)[2].line, 3);
    EXPECT_EQ((*t)[2].cells[0], "1.1.1");
    EXPECT_EQ((*t)[2].cells[3], "0.5");
}
