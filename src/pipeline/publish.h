// pipeline/publish.h — the stages after `record`: judge everything in the
// catalog as of the engine's day, then (as the pipeline lists them) write
// <state>/index.json + index.csv and each submission's report
// <outbox>/<unit>/<submission-id>.report.html + .report.json. Files are
// replaced atomically. Re-running gives the same bytes for the same inputs.
// Judging reads the catalog's facts and reviewer decisions and the nightly
// signature re-verifications (pipeline/reverify.h) as inputs.
#pragma once
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "judge/judge.h"
#include "pipeline/engine.h"

namespace kc {

struct Published {
    std::vector<Submission> submissions;
    judge::Judgement judgement;
    std::filesystem::path index_json, index_csv;
    std::string index_text;  // what index_json holds (empty when the pipeline has no `index` stage)
    std::vector<std::filesystem::path> reports;
};

judge::Judgement judge_catalog(Engine& e, std::vector<Submission>* submissions_out = nullptr);
// `report_only`: submission ids whose reports to (re)write; empty → all.
Result<Published> publish(Engine& e, const std::set<std::string>& report_only = {});
std::string index_json_text(Engine& e);
std::string index_csv_text(Engine& e);

}  // namespace kc
