// dossier/dossier.h — the self-assessment dossier (hồ sơ tự chấm điểm) that
// Phòng Nội vụ hands the province, and the province's appraisal coming back.
//
// Contract
//  - assemble() (pure): from a judgement as of a day, the officers' facts in
//    force and the rule set, one Row per criterion of one assessed unit, in
//    catalogue order: maximum, self-score (the provisional points), the accepted
//    evidence (each distinct content once per criterion, with number, date,
//    issuer and the file name it gets in the dossier: dossier/naming.h), and the
//    explanation (giải trình, dossier/explain.h): the officer's own text
//    (fact `explanation`, key = criterion code) or else one drafted from the
//    verdict. Fact `pages` (key = document id, value e.g. "2-3") names the pages
//    that apply when only part of a document does.
//  - write_dossier() (dossier/write.h, I/O): the folder, the evidence copied
//    byte for byte from the content store, the XLSX/DOCX table
//    (dossier/ooxml.h), the manifest and the zip; atomic (temp dir + rename).
//  - Appraisal import and report: dossier/appraisal.h.
//  - No reason codes: problems are values (Result) or lines of text.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "core/decisions.h"
#include "core/model.h"
#include "judge/judge.h"
#include "rules/ruleset.h"
#include "util/date.h"

namespace kc::dossier {

struct Explanation {
    std::string vi;            // used in the dossier
    std::string en;            // the English draft (empty for the officer's own text)
    bool by_officer = false;   // from a fact `explanation`
};

struct EvidenceFile {
    std::string document;   // document id
    std::string sha256;     // of the original bytes (the blob)
    std::string product;    // product id
    std::string number;     // "191/KH-UBND", or empty
    std::string date;       // ISO document date, or empty
    std::string issuer;
    std::string subject;    // trích yếu
    std::string file_name;  // in the criterion's folder: "<code> - <số ký hiệu> - <trích yếu>.pdf"
    std::string pages;      // the pages that apply ("2-3"), empty = the whole document
    int page_count = 0;
};

struct Row {
    std::string code;
    std::string title;
    std::string parent;
    int depth = 0;             // 0 for a group (top-level criterion)
    bool leaf = true;
    std::string status;        // the criterion's status (judge/judge.h)
    double points_max = 0;
    double self_score = 0;     // points_provisional
    std::vector<EvidenceFile> evidence;
    Explanation explanation;
};

struct Dossier {
    std::string unit, unit_name, rules_id;
    int year = 0;
    Date as_of{};
    double points_max = 0, self_score = 0;
    std::vector<Row> rows;
};

Dossier assemble(const rules::RuleSet& rules, const judge::Judgement& j, const judge::UnitVerdict& uv,
                 const std::vector<Fact>& facts_in_force);

// "191/KH-UBND ngày 30/12/2021, ỦY BAN NHÂN DÂN HUYỆN QUẢNG ĐIỀN" (en: "No. … of …, …").
std::string evidence_line(const EvidenceFile& e, bool english = false);

}  // namespace kc::dossier
