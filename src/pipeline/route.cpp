#include "pipeline/route.h"

#include <map>

namespace kc {
namespace {

int year_of(const std::string& s) {
    if (s.size() < 4) return 0;
    for (int i = 0; i < 4; ++i)
        if (s[i] < '0' || s[i] > '9') return 0;
    return std::stoi(s.substr(0, 4));
}

}  // namespace

Route route_submission(const rules::RuleSet& configured, const std::vector<const rules::RuleSet*>& others,
                       const std::vector<DocumentPeriod>& documents, const std::string& received_day) {
    std::vector<const rules::RuleSet*> all{&configured};
    all.insert(all.end(), others.begin(), others.end());
    auto by_id = [&](const std::string& id) -> const rules::RuleSet* {
        for (const auto* r : all)
            if (r->id == id) return r;
        return nullptr;
    };
    auto by_year = [&](int year) -> const rules::RuleSet* {
        for (const auto* r : all)
            if (r->year == year) return r;
        return nullptr;
    };
    std::map<const rules::RuleSet*, int> votes;
    for (const auto& d : documents) {
        const int year = year_of(d.period);
        if (!year) continue;
        const rules::RuleSet* vote = nullptr;
        if (d.claimed_by.size() == 1)
            vote = by_id(d.claimed_by.front());
        else if (d.claimed_by.empty())
            vote = by_year(year);
        if (vote) ++votes[vote];  // claimed by several: it does not vote
    }
    Route best;
    for (const auto& [rs, n] : votes)
        if (n > best.votes || (n == best.votes && best.rules && rs->year > best.rules->year)) best = {rs, "period", n};
    if (best.rules) return best;
    if (const auto* r = by_year(year_of(received_day))) return {r, "receipt", 0};
    return {&configured, "configured", 0};
}

}  // namespace kc
