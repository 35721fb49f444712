// report/submission_report.h — what the clerk of a submitting unit reads: one
// self-contained HTML file per submission and the same facts as JSON
// (docs/report-format.md). Pure: returns the text; pipeline/publish.cpp writes
// <outbox>/<unit>/<submission-id>.report.html + .report.json when the
// submission is judged, and the nightly run rewrites them for its as-of day.
//
// HTML contract: no external asset, no script, no link out (readable offline);
// print CSS for A4 (header rows repeated on each page, rows never split);
// every status as words plus a symbol, never by colour alone. Language: the
// chosen one first (default Vietnamese) and the other under it — both texts
// exist for every string (report/report_text.h). Everything from the unit or
// the documents is HTML-escaped; personal identifiers are masked; the view is
// report/submission_view.h.
#pragma once
#include <ostream>
#include <string>
#include <vector>

#include <Poco/JSON/Object.h>

#include "core/model.h"
#include "judge/judge.h"
#include "report/report_text.h"
#include "rules/ruleset.h"

namespace kc::report {

inline constexpr const char* k_report_schema = "kiemchung/report/v1";

struct Owed {  // a product this unit leads that is not yet accepted (digest, nightly summary)
    const rules::Product* product;
    std::string criterion;
    std::string status;
    std::string due;  // ISO or empty
    const rules::RuleSet* rule_set = nullptr;  // owed_by_routed(): the other rule set it is owed under
};

// The configured rule set's products (j.units), soonest due first.
std::vector<Owed> owed_by(const std::string& unit, const rules::RuleSet& rules, const judge::Judgement& j);
// The products owed under the OTHER rule sets submissions were routed to (j.rule_sets beyond the
// first, with at least one submission), each naming its set; empty when nothing was routed.
std::vector<Owed> owed_by_routed(const std::string& unit, const judge::Judgement& j);

std::string submission_report_html(const Submission& s, const rules::RuleSet& rules, const judge::Judgement& j,
                                   Lang lang = Lang::vi);
Poco::JSON::Object::Ptr submission_report_json(const Submission& s, const rules::RuleSet& rules,
                                               const judge::Judgement& j, Lang lang = Lang::vi);

// The JSON streamed (no tree): exactly json::stringify(submission_report_json(...), true) + "\n".
void write_submission_report_json(std::ostream& out, const Submission& s, const rules::RuleSet& rules,
                                  const judge::Judgement& j, Lang lang = Lang::vi);

// Both files of one submission from one view (what publish writes): html as
// submission_report_html(), json as write_submission_report_json().
struct ReportTexts {
    std::string html, json;
};
ReportTexts submission_report_texts(const Submission& s, const rules::RuleSet& rules, const judge::Judgement& j,
                                    Lang lang = Lang::vi);

}  // namespace kc::report
