// rules/check_ruleset.cpp — warnings that do not stop a rule set from loading.
// The seed has quirks (points that do not add up, wrong years); they are kept
// visible here instead of being silently "fixed" in the data.
#include <cmath>
#include <map>
#include <sstream>

#include "rules/ruleset.h"

namespace kc::rules {
namespace {

std::string format_points(double v) {
    std::ostringstream ss;
    ss << v;
    return ss.str();
}

}  // namespace

std::vector<std::string> check_ruleset(const RuleSet& rules) {
    std::vector<std::string> out;
    std::map<std::string, double> child_sum;
    std::map<std::string, int> child_count;
    for (const auto& c : rules.criteria) {
        if (c.parent.empty()) continue;
        child_sum[c.parent] += c.points;
        ++child_count[c.parent];
    }
    for (const auto& c : rules.criteria) {
        if (child_count.count(c.code) && std::fabs(child_sum[c.code] - c.points) > 1e-9)
            out.push_back(c.code + ": points of the rows below it add up to " + format_points(child_sum[c.code]) +
                          ", not " + format_points(c.points));
        if (!c.seed_discrepancy.empty()) out.push_back(c.code + ": seed discrepancy: " + c.seed_discrepancy);
        if (c.scoring != "parent" && c.scoring != "survey" && c.products.empty())
            out.push_back(c.code + ": no products: nothing can be submitted for it");
        for (const auto& p : c.products) {
            if (!p.seed_discrepancy.empty()) out.push_back(p.id + ": seed discrepancy: " + p.seed_discrepancy);
            if (!p.deadline.seed_discrepancy.empty())
                out.push_back(p.id + ": deadline seed discrepancy: " + p.deadline.seed_discrepancy);
            if (p.deadline.kind == "none") out.push_back(p.id + ": no deadline in the seed");
            if (p.expected_issuers.empty() && p.signature_required)
                out.push_back(p.id + ": signed document without expected_issuers");
            for (const auto& d : p.deadline.due)
                if (static_cast<int>(d.year()) < rules.year - 1 || static_cast<int>(d.year()) > rules.year + 1)
                    out.push_back(p.id + ": deadline year " + std::to_string(static_cast<int>(d.year())) +
                                  " is far from the rule set's year");
        }
    }
    return out;
}

}  // namespace kc::rules
