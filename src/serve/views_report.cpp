// A submission's report: the same builders as the outbox files
// (report/submission_report.h), served to the submission's unit and reviewers.
#include "core/model_json.h"
#include "report/submission_report.h"
#include "serve/views.h"

namespace kc::serve {

Reply view_report(const Snapshot& s, const ViewRequest& r, const std::string& submission_id, bool api) {
    const Submission* sub = s.submission(submission_id);
    if (!sub || !s.rules) return error_reply(404, r, api);
    auto access = authorize(r.who, Action::view_submission, sub->unit);
    if (access != Access::allow) return error_reply(access == Access::not_found ? 404 : 403, r, api);
    if (api) return json_reply(json::stringify(report::submission_report_json(*sub, *s.rules, s.judgement)));
    Reply out;
    out.body = report::submission_report_html(*sub, *s.rules, s.judgement);
    out.csp = report_csp(out.body);
    return out;
}

}  // namespace kc::serve
