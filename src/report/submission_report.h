// report/submission_report.h — what the clerk of a submitting unit reads: one
// self-contained HTML file per submission (no external assets, printable A4)
// and the same facts as JSON. Vietnamese first; English under each message.
// Personal identifiers are masked. Pure: returns the text.
#pragma once
#include <string>
#include <vector>

#include <Poco/JSON/Object.h>

#include "core/model.h"
#include "judge/judge.h"
#include "rules/ruleset.h"

namespace kc::report {

struct Owed {  // a product this unit leads that is not yet accepted
    const rules::Product* product;
    std::string criterion;
    std::string status;
    std::string due;  // ISO or empty
};

std::vector<Owed> owed_by(const std::string& unit, const rules::RuleSet& rules, const judge::Judgement& j);

std::string submission_report_html(const Submission& s, const rules::RuleSet& rules, const judge::Judgement& j);
Poco::JSON::Object::Ptr submission_report_json(const Submission& s, const rules::RuleSet& rules,
                                               const judge::Judgement& j);

}  // namespace kc::report
