// serve/snapshot.h — the judged state the dashboard shows for one as-of day,
// built once and then only read (shared by the server's threads). Pure.
//
// Contract
//  - built from what pipeline/publish.h judge_catalog() returns (the same code
//    path as `kiemchung index`), plus each stored document's extracted text
//    folded for search (keyed by sha256; may be empty).
//  - lookups by document id and submission id; never by path or hash.
//  - lead_agency_risk(): points at risk (judge/judge.h definition) attributed to
//    every lead agency of a not-accepted product of an at-risk leaf criterion,
//    ranked high to low (ties by unit code).
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/model.h"
#include "judge/judge.h"
#include "rules/ruleset.h"

namespace kc::serve {

struct Snapshot {
    Date as_of{};
    std::uint64_t generation = 0;  // set by the provider: distinct for every snapshot it builds
    const rules::RuleSet* rules = nullptr;
    std::vector<Submission> submissions;
    judge::Judgement judgement;
    std::map<std::string, std::size_t> document_at;    // id → index in judgement.documents
    std::map<std::string, std::size_t> submission_at;  // id → index in submissions
    std::map<std::string, std::string> folded_text;    // sha256 → folded extracted text

    const Document* document(const std::string& id) const;
    const Submission* submission(const std::string& id) const;
    const judge::UnitVerdict* assessed() const;  // the rule set's assessed unit, or null
};

Snapshot make_snapshot(const rules::RuleSet& rules, std::vector<Submission> submissions, judge::Judgement j,
                       std::map<std::string, std::string> folded_text);

struct UnitRisk {
    std::string unit;
    double points = 0;
    int products = 0;  // not-accepted products it leads in at-risk criteria
};
std::vector<UnitRisk> lead_agency_risk(const Snapshot& s);

// Products due within [as_of, as_of + horizon] and not accepted, by date.
struct DueSoon {
    const rules::Product* product = nullptr;
    std::string criterion, status;
    Date due{};
};
std::vector<DueSoon> due_within_horizon(const Snapshot& s);

}  // namespace kc::serve
