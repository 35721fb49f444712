#include "dossier/ooxml.h"

#include "report/index.h"

namespace kc::dossier {
namespace {

constexpr const char* k_xml_decl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr const char* k_ns_sheet = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr const char* k_ns_rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr const char* k_ns_pkg_rel = "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr const char* k_ns_word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* k_rel_doc = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

std::string title_of(const Dossier& d) {
    return "BẢNG TỰ CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM " + std::to_string(d.year);
}

std::string subtitle_of(const Dossier& d) {
    return "Đơn vị: " + d.unit_name + " — Bộ tiêu chí: " + d.rules_id + " — Số liệu tính đến ngày " + date::vi(d.as_of);
}

std::string package_rels(const std::string& target) {
    return std::string(k_xml_decl) + "<Relationships xmlns=\"" + k_ns_pkg_rel + "\"><Relationship Id=\"rId1\" Type=\"" +
           k_rel_doc + "\" Target=\"" + target + "\"/></Relationships>";
}

// ---- XLSX --------------------------------------------------------------------

std::string text_cell(const std::string& ref, const std::string& s, int style) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\" s=\"" + std::to_string(style) + "\"><is><t xml:space=\"preserve\">" +
           xml_escape(s) + "</t></is></c>";
}

std::string number_cell(const std::string& ref, double v, int style) {
    return "<c r=\"" + ref + "\" s=\"" + std::to_string(style) + "\"><v>" + points_text(v) + "</v></c>";
}

std::string sheet_xml(const Dossier& d) {
    std::string x = k_xml_decl;
    x += std::string("<worksheet xmlns=\"") + k_ns_sheet + "\" xmlns:r=\"" + k_ns_rel + "\">";
    x += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
         "state=\"frozen\"/></sheetView></sheetViews>";
    x += "<cols><col min=\"1\" max=\"1\" width=\"11\" customWidth=\"1\"/><col min=\"2\" max=\"2\" width=\"50\" "
         "customWidth=\"1\"/><col min=\"3\" max=\"4\" width=\"11\" customWidth=\"1\"/><col min=\"5\" max=\"5\" "
         "width=\"55\" customWidth=\"1\"/><col min=\"6\" max=\"6\" width=\"70\" customWidth=\"1\"/></cols>";
    x += "<sheetData>";
    int r = 1;
    auto ref = [&](int col) { return column_name(col) + std::to_string(r); };
    x += "<row r=\"1\">";
    const auto header = table_header();
    for (int c = 0; c < static_cast<int>(header.size()); ++c) x += text_cell(ref(c), header[c], 1);
    x += "</row>";
    for (const auto& row : d.rows) {
        ++r;
        const int style = row.depth == 0 ? 1 : 2;
        x += "<row r=\"" + std::to_string(r) + "\">";
        x += text_cell(ref(0), row.code, style);
        x += text_cell(ref(1), row.title, style);
        x += number_cell(ref(2), row.points_max, style);
        x += number_cell(ref(3), row.self_score, style);
        x += text_cell(ref(4), evidence_cell(row), 2);
        x += text_cell(ref(5), row.explanation.vi, 2);
        x += "</row>";
    }
    ++r;
    x += "<row r=\"" + std::to_string(r) + "\">";
    x += text_cell(ref(0), "", 1) + text_cell(ref(1), "Tổng cộng", 1);
    x += number_cell(ref(2), d.points_max, 1) + number_cell(ref(3), d.self_score, 1);
    x += "</row></sheetData></worksheet>";
    return x;
}

constexpr const char* k_styles =
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<fonts count=\"2\"><font><sz val=\"12\"/><name val=\"Times New Roman\"/></font>"
    "<font><b/><sz val=\"12\"/><name val=\"Times New Roman\"/></font></fonts>"
    "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
    "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\">"
    "<alignment vertical=\"top\" wrapText=\"1\"/></xf>"
    "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
    "<alignment vertical=\"top\" wrapText=\"1\"/></xf></cellXfs>"
    "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
    "</styleSheet>";

// ---- DOCX --------------------------------------------------------------------

std::string run(const std::string& s, bool bold) {
    std::string x = "<w:r><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" "
                    "w:cs=\"Times New Roman\"/>";
    if (bold) x += "<w:b/>";
    x += "<w:sz w:val=\"24\"/></w:rPr>";
    std::size_t start = 0;
    for (;;) {
        auto nl = s.find('\n', start);
        x += "<w:t xml:space=\"preserve\">" + xml_escape(s.substr(start, nl - start)) + "</w:t>";
        if (nl == std::string::npos) break;
        x += "<w:br/>";
        start = nl + 1;
    }
    return x + "</w:r>";
}

std::string paragraph(const std::string& s, bool bold, bool center = false) {
    return std::string("<w:p>") + (center ? "<w:pPr><w:jc w:val=\"center\"/></w:pPr>" : "") + run(s, bold) + "</w:p>";
}

constexpr int k_widths[6] = {1100, 3600, 1000, 1000, 3800, 4200};  // twentieths of a point, landscape A4

std::string cell(const std::string& s, int col, bool bold) {
    return "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(k_widths[col]) + "\" w:type=\"dxa\"/></w:tcPr>" +
           paragraph(s, bold) + "</w:tc>";
}

std::string document_xml(const Dossier& d) {
    std::string x = k_xml_decl;
    x += std::string("<w:document xmlns:w=\"") + k_ns_word + "\" xmlns:r=\"" + k_ns_rel + "\"><w:body>";
    x += paragraph(title_of(d), true, true);
    x += paragraph(subtitle_of(d), false, true);
    x += "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblBorders>";
    for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"})
        x += std::string("<w:") + side + " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>";
    x += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>";
    for (int w : k_widths) x += "<w:gridCol w:w=\"" + std::to_string(w) + "\"/>";
    x += "</w:tblGrid>";
    x += "<w:tr><w:trPr><w:tblHeader/></w:trPr>";
    const auto header = table_header();
    for (int c = 0; c < 6; ++c) x += cell(header[c], c, true);
    x += "</w:tr>";
    for (const auto& row : d.rows) {
        const bool bold = row.depth == 0;
        x += "<w:tr>";
        x += cell(row.code, 0, bold) + cell(row.title, 1, bold) + cell(points_text(row.points_max), 2, bold) +
             cell(points_text(row.self_score), 3, bold) + cell(evidence_cell(row), 4, false) +
             cell(row.explanation.vi, 5, false);
        x += "</w:tr>";
    }
    x += "<w:tr>" + cell("", 0, true) + cell("Tổng cộng", 1, true) + cell(points_text(d.points_max), 2, true) +
         cell(points_text(d.self_score), 3, true) + cell("", 4, false) + cell("", 5, false) + "</w:tr>";
    x += "</w:tbl>";
    x += paragraph("", false);
    x += "<w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/><w:pgMar w:top=\"1134\" "
         "w:right=\"850\" w:bottom=\"1134\" w:left=\"850\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr>";
    x += "</w:body></w:document>";
    return x;
}

}  // namespace

std::string xml_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (unsigned char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            default:
                if (c < 32 && c != '\t' && c != '\n' && c != '\r') break;  // not allowed in XML 1.0
                out += static_cast<char>(c);
        }
    }
    return out;
}

std::string column_name(int index) {
    std::string s;
    for (int n = index + 1; n > 0; n = (n - 1) / 26) s.insert(s.begin(), static_cast<char>('A' + (n - 1) % 26));
    return s;
}

std::string points_text(double v) { return report::format_points(v); }

std::vector<std::string> table_header() {
    return {"Mã tiêu chí", "Nội dung tiêu chí", "Điểm tối đa", "Điểm tự chấm",
            "Tài liệu kiểm chứng (số, ngày, cơ quan ban hành)", "Giải trình"};
}

std::string evidence_cell(const Row& r) {
    std::string s;
    int n = 0;
    for (const auto& e : r.evidence) s += (s.empty() ? "" : "\n") + std::to_string(++n) + ". " + evidence_line(e);
    return s;
}

std::vector<Part> xlsx_parts(const Dossier& d) {
    const std::string ct = std::string(k_xml_decl) +
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/xl/workbook.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        "<Override PartName=\"/xl/styles.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        "</Types>";
    const std::string workbook = std::string(k_xml_decl) + "<workbook xmlns=\"" + k_ns_sheet + "\" xmlns:r=\"" + k_ns_rel +
        "\"><sheets><sheet name=\"Tự chấm điểm\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    const std::string wb_rels = std::string(k_xml_decl) + "<Relationships xmlns=\"" + k_ns_pkg_rel + "\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
        "Target=\"worksheets/sheet1.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
        "Target=\"styles.xml\"/></Relationships>";
    return {{"[Content_Types].xml", ct},
            {"_rels/.rels", package_rels("xl/workbook.xml")},
            {"xl/workbook.xml", workbook},
            {"xl/_rels/workbook.xml.rels", wb_rels},
            {"xl/styles.xml", std::string(k_xml_decl) + k_styles},
            {"xl/worksheets/sheet1.xml", sheet_xml(d)}};
}

std::vector<Part> docx_parts(const Dossier& d) {
    const std::string ct = std::string(k_xml_decl) +
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "</Types>";
    return {{"[Content_Types].xml", ct},
            {"_rels/.rels", package_rels("word/document.xml")},
            {"word/document.xml", document_xml(d)}};
}

}  // namespace kc::dossier
