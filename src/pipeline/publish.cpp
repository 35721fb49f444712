#include "pipeline/publish.h"

#include "core/model_json.h"
#include "pipeline/reverify.h"
#include "report/index.h"
#include "report/submission_report.h"
#include "util/atomic_file.h"

namespace kc {

judge::Judgement judge_catalog(Engine& e, std::vector<Submission>* submissions_out) {
    auto submissions = e.catalog->submissions();
    judge::Inputs in;
    in.facts = e.catalog->facts();
    in.decisions = e.catalog->decisions();
    in.horizon_days = e.config.horizon_days;
    auto documents = e.catalog->documents();
    overlay_reverified(e, documents);
    auto j = judge::judge(e.rules, submissions, std::move(documents), e.as_of, in);
    if (submissions_out) *submissions_out = std::move(submissions);
    return j;
}

std::string index_json_text(Engine& e) {
    std::vector<Submission> subs;
    auto j = judge_catalog(e, &subs);
    return json::stringify(report::index_json(e.rules, subs, j), true) + "\n";
}

std::string index_csv_text(Engine& e) { return report::index_csv(e.rules, judge_catalog(e)); }

Result<Published> publish(Engine& e, const std::set<std::string>& report_only) {
    Published out;
    out.judgement = judge_catalog(e, &out.submissions);
    const auto& state = e.config.state_dir;
    if (e.pipeline.has("index")) {
        out.index_json = state / "index.json";
        out.index_csv = state / "index.csv";
        out.index_text = json::stringify(report::index_json(e.rules, out.submissions, out.judgement), true) + "\n";
        if (auto r = write_file_atomically(out.index_json, out.index_text); !r) return r.error();
        if (auto r = write_file_atomically(out.index_csv, report::index_csv(e.rules, out.judgement)); !r) return r.error();
    }
    if (e.pipeline.has("report")) {
        for (const auto& s : out.submissions) {
            if (!report_only.empty() && !report_only.count(s.id)) continue;
            auto base = e.config.outbox_dir() / s.unit / s.id;
            auto html = base;
            html += ".report.html";
            auto jsn = base;
            jsn += ".report.json";
            if (auto r = write_file_atomically(html, report::submission_report_html(s, e.rules, out.judgement)); !r)
                return r.error();
            auto rj = json::stringify(report::submission_report_json(s, e.rules, out.judgement), true) + "\n";
            if (auto r = write_file_atomically(jsn, rj); !r) return r.error();
            out.reports.push_back(html);
        }
    }
    return out;
}

}  // namespace kc
