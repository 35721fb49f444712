// dossier/ooxml.h — the self-assessment table as Office Open XML parts (pure):
// an XLSX workbook (SpreadsheetML, one sheet, inline strings, wrapped text) and
// a DOCX document (WordprocessingML, landscape, one bordered table). Columns:
// criterion, title, maximum, self-score, evidence list (number, date, issuer),
// explanation (Vietnamese); a total row. The parts are well-formed XML in
// UTF-8 (characters XML 1.0 forbids are dropped); dossier/zip_writer.h packs
// them. Layout follows ECMA-376 minimal packages, so Excel, LibreOffice and
// the provincial software's importers read them.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "dossier/dossier.h"

namespace kc::dossier {

struct Part {
    std::string name;     // path inside the package, e.g. "xl/workbook.xml"
    std::string content;
};

std::vector<Part> xlsx_parts(const Dossier& d);
std::vector<Part> docx_parts(const Dossier& d);

// Pieces, exposed for tests.
std::string xml_escape(std::string_view s);    // & < > " ' escaped; chars not allowed in XML 1.0 dropped
std::string column_name(int index);            // 0 → "A", 25 → "Z", 26 → "AA"
std::string points_text(double v);             // "2.75", "3", at most 3 decimals
std::vector<std::string> table_header();       // the six column titles (Vietnamese)
std::string evidence_cell(const Row& r);       // "1. 191/KH-UBND ngày …\n2. …"

}  // namespace kc::dossier
