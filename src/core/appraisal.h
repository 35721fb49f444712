// core/appraisal.h — the province's appraised score of one criterion (điểm thẩm
// định), imported by `kiemchung appraisal import` (docs/appraisal-format.md).
// Plain data. The catalog keeps every imported row (catalog/appraisal_store.h);
// a re-import appends, and the latest row per (unit, criterion) is in force.
#pragma once
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace kc {

struct Appraisal {
    long long seq = 0;       // catalog row number: later rows win
    std::string unit;        // assessed unit code
    std::string criterion;   // criterion code, e.g. "1.1.1"
    double points = 0;       // appraised points
    std::string comment;     // the province's remark (why points were lost), may be empty
    std::string source;      // imported file name (no path)
    std::string source_sha256;
    std::string by;          // who imported it
    std::string at;          // ISO 8601 +07:00
};

// The rows in force: for each (unit, criterion) the one with the highest seq.
inline std::map<std::pair<std::string, std::string>, Appraisal> appraisals_in_force(const std::vector<Appraisal>& all) {
    std::map<std::pair<std::string, std::string>, Appraisal> out;
    for (const auto& a : all) {
        auto key = std::make_pair(a.unit, a.criterion);
        auto it = out.find(key);
        if (it == out.end() || it->second.seq < a.seq) out[key] = a;
    }
    return out;
}

}  // namespace kc
