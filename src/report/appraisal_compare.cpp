#include "report/appraisal_compare.h"

#include <functional>

namespace kc::report {

UnitAppraisal compare_appraisal(const judge::UnitVerdict& uv, const std::vector<Appraisal>& appraisals) {
    UnitAppraisal out;
    std::map<std::string, const Appraisal*> given;
    for (const auto& a : appraisals)
        if (uv.unit && a.unit == uv.unit->code) {
            given[a.criterion] = &a;
            if (a.at > out.imported_at) out.imported_at = a.at;
        }
    if (given.empty()) return out;
    std::map<std::string, const judge::CriterionVerdict*> by_code;
    std::map<std::string, std::vector<std::string>> children;
    std::vector<std::string> roots;
    for (const auto& cv : uv.criteria) {
        by_code[cv.criterion->code] = &cv;
        if (cv.criterion->parent.empty())
            roots.push_back(cv.criterion->code);
        else
            children[cv.criterion->parent].push_back(cv.criterion->code);
    }
    std::function<std::optional<AppraisedPoints>(const std::string&)> visit = [&](const std::string& code) {
        const judge::CriterionVerdict& cv = *by_code.at(code);
        std::optional<AppraisedPoints> sum;
        bool all_children = !children[code].empty();
        double total = 0;
        for (const auto& ch : children[code]) {
            auto p = visit(ch);
            if (p) total += p->appraised;
            else if (by_code.at(ch)->points_max > 0) all_children = false;
        }
        std::optional<AppraisedPoints> mine;
        if (auto it = given.find(code); it != given.end()) {
            mine = AppraisedPoints{it->second->points, cv.points_provisional, 0, false, it->second};
        } else if (all_children) {
            mine = AppraisedPoints{total, cv.points_provisional, 0, true, nullptr};
        }
        if (mine) {
            mine->difference = judge::round3(mine->appraised - mine->self);
            mine->appraised = judge::round3(mine->appraised);
            out.criteria[code] = *mine;
        }
        return mine;
    };
    AppraisedPoints t;
    bool any = false;
    out.complete = true;
    for (const auto& r : roots) {
        auto p = visit(r);
        if (!p) {
            out.complete = false;
            continue;
        }
        out.groups[r] = *p;
        any = true;
        t.appraised += p->appraised;
        t.self += p->self;
    }
    if (any) {
        t.appraised = judge::round3(t.appraised);
        t.self = judge::round3(t.self);
        t.difference = judge::round3(t.appraised - t.self);
        t.derived = true;
        out.total = t;
    } else {
        out.complete = false;
    }
    return out;
}

}  // namespace kc::report
