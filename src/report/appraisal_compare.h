// report/appraisal_compare.h — self-score (points_provisional) against the
// province's appraised score, per criterion, group and unit. Pure.
//
// A criterion's appraised score is the imported one when the province gave it;
// otherwise, for a parent, the sum of its children's when every child with a
// maximum above 0 has one (children with maximum 0, e.g. not arising, count 0).
// A group is a top-level criterion; the unit total is the sum of its groups when
// all are appraised (`complete`), else the sum of those that are.
// difference = appraised − self: negative means points lost at appraisal.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/appraisal.h"
#include "judge/judge.h"

namespace kc::report {

struct AppraisedPoints {
    double appraised = 0;
    double self = 0;
    double difference = 0;    // appraised − self, rounded to 3 decimals
    bool derived = false;     // summed from the children, not imported
    const Appraisal* row = nullptr;  // the imported row (null when derived)
};

struct UnitAppraisal {
    std::map<std::string, AppraisedPoints> criteria;  // criterion code → appraised (absent: not appraised)
    std::map<std::string, AppraisedPoints> groups;    // top-level code → appraised
    std::optional<AppraisedPoints> total;             // present when any group is appraised
    bool complete = false;                            // every group appraised
    std::string imported_at;                          // latest `at` of the unit's rows
};

// `appraisals`: rows in force (Judgement::appraisals); the unit's rows are picked by uv.unit->code.
// The returned value points into `appraisals`.
UnitAppraisal compare_appraisal(const judge::UnitVerdict& uv, const std::vector<Appraisal>& appraisals);

}  // namespace kc::report
