// judge/routed.cpp — judge_routed(): each submission's documents with the rule
// set it was routed to (contract in judge/judge.h).
#include <algorithm>
#include <map>
#include <set>

#include "judge/judge.h"

namespace kc::judge {

Judgement judge_routed(const rules::RuleSet& primary, const std::vector<const rules::RuleSet*>& others,
                       const std::vector<Submission>& submissions, std::vector<Document> documents,
                       const Date& as_of, const Inputs& inputs) {
    std::map<std::string, const rules::RuleSet*> by_id;
    for (const rules::RuleSet* r : others)
        if (r) by_id.emplace(r->id, r);
    by_id[primary.id] = &primary;
    std::map<std::string, const rules::RuleSet*> of_submission;  // submission id → its rule set
    std::map<const rules::RuleSet*, int> submissions_of;
    for (const auto& s : submissions) {
        auto it = by_id.find(s.rules);
        const rules::RuleSet* r = it == by_id.end() ? &primary : it->second;
        of_submission[s.id] = r;
        ++submissions_of[r];
    }
    auto rules_of = [&](const Document& d) {
        auto it = of_submission.find(d.submission);
        return it == of_submission.end() ? &primary : it->second;
    };
    // Rule sets in a stable order: the primary, then the others by id.
    std::vector<const rules::RuleSet*> order = {&primary};
    for (const auto& [id, r] : by_id)
        if (r != &primary && submissions_of.count(r)) order.push_back(r);

    if (order.size() == 1) {  // everything goes to the primary: one plain judgement
        Judgement j = judge(primary, submissions, std::move(documents), as_of, inputs);
        j.rule_sets.push_back({&primary, submissions_of[&primary], static_cast<int>(j.documents.size()), j.units});
        return j;
    }

    // Partition (keeping each document's input position), judge each part, put them back.
    std::map<const rules::RuleSet*, std::vector<std::size_t>> positions;
    std::map<const rules::RuleSet*, std::vector<Document>> parts;
    for (std::size_t i = 0; i < documents.size(); ++i) {
        const rules::RuleSet* r = rules_of(documents[i]);
        positions[r].push_back(i);
        parts[r].push_back(std::move(documents[i]));
    }
    Judgement out;
    out.as_of = as_of;
    out.horizon_days = inputs.horizon_days;
    for (const rules::RuleSet* r : order) {
        Judgement part = judge(*r, submissions, std::move(parts[r]), as_of, inputs);
        const auto& pos = positions[r];
        for (std::size_t k = 0; k < part.documents.size(); ++k) documents[pos[k]] = std::move(part.documents[k]);
        for (auto& [id, a] : part.automatic) out.automatic[id] = std::move(a);
        if (r == &primary) {
            out.units = part.units;
            out.decisions = std::move(part.decisions);  // all decisions, whichever rule set
            out.facts = std::move(part.facts);
        }
        out.rule_sets.push_back({r, submissions_of[r], static_cast<int>(pos.size()), std::move(part.units)});
    }
    // The same bytes in two rule sets' submissions are still one evidence: DUPLICATE over all documents.
    std::set<std::string> seen_sha;
    for (auto& d : documents) {
        d.reasons.erase(std::remove_if(d.reasons.begin(), d.reasons.end(),
                                       [](const Reason& r) { return r.code == "DUPLICATE"; }),
                        d.reasons.end());
        if (d.sha256 && !d.refused && !seen_sha.insert(*d.sha256).second)
            d.reasons.push_back(make_reason(ReasonCode::DUPLICATE));
        if (d.verdict == "accepted") ++out.counts.accepted;
        else if (d.verdict == "rejected") ++out.counts.rejected;
        else if (d.verdict == "needs_review") ++out.counts.needs_review;
        else if (d.verdict == "unclassified") ++out.counts.unclassified;
        else if (d.verdict == "refused") ++out.counts.refused;
    }
    out.documents = std::move(documents);
    return out;
}

}  // namespace kc::judge
