// pipeline/nightly.h — the `nightly` run: re-judge everything recorded as of
// the day, rewrite the index and every report, and compare with the previous
// nightly run (kept in the catalog's meta table): which document verdicts and
// product statuses changed, and what each lead agency still owes.
// A regression makes the command exit 3: a document or product accepted before
// and not now, or a product newly `missing` (its deadline passed since the last
// run without accepted evidence).
// Files: <state>/nightly/<as-of>.json (summary, as before) and the dated folder
// <state>/nightly/<as-of>/ with index.json (the same bytes `index --format json`
// gives for that state and day), diff.json (newly missing, newly late, newly
// accepted, changed) and digest/<unit>.json + .txt per lead agency
// (report/digest.h). Facts and reviewer decisions in the catalog are inputs.
#pragma once
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "pipeline/publish.h"

namespace kc {

struct Change {
    std::string kind;  // document | product
    std::string id;
    std::string before, after;
    bool regression = false;
};

struct NightlyResult {
    Published published;
    std::vector<Change> changes;
    bool regression = false;
    std::string summary_json;  // also written to <state>/nightly/<as-of>.json
};

// in_transaction (optional): runs inside the transaction that stores this run's snapshot
// (nightly.last) — or a transaction of its own when the pipeline has no `diff` — so a
// queued nightly job can fence itself atomically with it (queue/stage_jobs.h).
Result<NightlyResult> run_nightly(Engine& e, const std::function<void()>& in_transaction = {});

// Pure pieces, exposed for tests. A snapshot maps "document <id>" → verdict,
// "late <id>" → its lateness reason codes joined by '+', "product <id>" →
// status. compare_snapshots lists every key whose value differs (absent = ""),
// in key order, with `regression` set as above.
using StatusMap = std::map<std::string, std::string>;
StatusMap nightly_snapshot(const judge::Judgement& j);
std::vector<Change> compare_snapshots(const StatusMap& before, const StatusMap& after);

}  // namespace kc
