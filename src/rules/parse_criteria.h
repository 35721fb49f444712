// rules/parse_criteria.h — criteria files (rules/<id>/criteria/*.yaml): rows,
// their products and deadlines. Pure: YAML text in, values and diagnostics out.
#pragma once
#include <map>
#include <set>
#include <string>
#include <vector>

#include "rules/ruleset.h"
#include "rules/yaml_reader.h"

namespace kc::rules {

struct Location {
    std::string file;
    YAML::Mark mark;
};

// What the files parsed so far define, so that duplicates and references are
// caught across files with the location of the offending row.
struct CriteriaIndex {
    std::set<std::string> unit_codes;   // units and groups products may name
    std::string default_period;         // the rule set's year, e.g. "2022"
    bool default_inclusive = true;      // ruleset.yaml deadline_inclusive: "Trước D" counts D
    std::set<std::string> hand_in_milestones;             // ruleset.yaml hand_in milestone ids
    std::map<std::string, std::string> evidence_dates;    // ruleset.yaml evidence_dates (kind → date source)
    std::map<std::string, Location> criteria;  // code → where defined
    std::map<std::string, Location> products;  // id → where defined
    std::vector<std::pair<std::string, Location>> event_products;  // referenced product ids
};

// Appends the rows of one criteria file to `out` (catalogue order).
void parse_criteria(const std::string& text, const std::string& file, CriteriaIndex& index,
                    std::vector<Criterion>& out, Diagnostics& diag);

// After every file: rows of kind "parent" have children and no products, other
// rows have no children, and deadline event_product ids exist.
void finish_criteria(const std::vector<Criterion>& criteria, const CriteriaIndex& index, Diagnostics& diag);

}  // namespace kc::rules
