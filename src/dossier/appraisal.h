// dossier/appraisal.h — the province's appraisal coming back: reading its
// per-criterion scores (CSV or XLSX, docs/appraisal-format.md) and the report
// of the criteria where points were lost.
//
// Contract
//  - read_csv() (pure): UTF-8 (a BOM is skipped), the separator most used in the
//    first ten lines (",", ";" or tab), RFC 4180 quotes; each row keeps the line it
//    starts on. read_xlsx(): the first worksheet of a workbook (shared and
//    inline strings, numbers), rows numbered as in Excel; entries above
//    k_max_xlsx_part_bytes are refused. Errors: APPRAISAL_UNREADABLE. The CLI runs
//    read_table() in a supervised child (`__child read_table`) and gets the table back
//    through table_answer_json() / table_from_answer().
//  - appraisals_from_table() (pure): finds the header row (within the first 10
//    rows) by its column names, compared case- and diacritic-insensitively:
//    criterion "Mã tiêu chí" | "Tiêu chí" | criterion | code; points "Điểm thẩm
//    định" | appraised | points; optional unit "Đơn vị" | unit (default: the
//    rule set's assessed unit) and comment "Ghi chú" | "Lý do" | "Nhận xét" |
//    comment; other columns are ignored; rows without a criterion code (titles,
//    totals: no digit in the code) are skipped. Every problem is one "file:line: vi / en" line and
//    nothing is imported when there is one: unknown criterion or unit, a points
//    value that is not a number, negative or above the criterion's maximum, a
//    criterion twice for the same unit.
//  - appraisal_report() (pure): the criteria whose imported appraised score is
//    below the self-score, with the province's comment and every document
//    submitted for them (number, date, issuer, verdict); group and unit
//    totals first. Vietnamese, or English with english = true.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/appraisal.h"
#include "judge/judge.h"
#include "rules/ruleset.h"
#include "util/result.h"

namespace kc::dossier {

inline constexpr std::size_t k_max_xlsx_part_bytes = 32u << 20;
inline constexpr std::size_t k_max_table_rows = 10000;

struct TableRow {
    int line = 0;  // CSV: line it starts on; XLSX: row number
    std::vector<std::string> cells;
};
using Table = std::vector<TableRow>;

Result<Table> read_csv(std::string_view bytes);
Result<Table> read_xlsx(std::string_view bytes);
// By content: a zip (PK\3\4) is read as XLSX, anything else as CSV.
Result<Table> read_table(std::string_view bytes);
// The table as the `read_table` child answers it ({"rows": [{"line", "cells"}]} or {"error"}),
// and back: `appraisal import` reads the officer's file in a supervised child
// (kiemchung __child read_table --file F), since XLSX goes through libarchive and expat.
std::string table_answer_json(const Result<Table>& table);
Result<Table> table_from_answer(const std::string& json_text);

struct Imported {
    std::vector<Appraisal> rows;      // unit, criterion, points, comment, source filled in
    std::vector<std::string> errors;  // "file:line: vi / en"
};

Imported appraisals_from_table(const Table& t, const rules::RuleSet& rules, const std::string& source_name);

std::string appraisal_report(const rules::RuleSet& rules, const judge::Judgement& j, bool english);

}  // namespace kc::dossier
