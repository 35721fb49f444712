// queue/stage_jobs.h — the stages after `record` as queue jobs: `judge` (verdicts of
// one assessed unit as of a day) and `report` (a submission's report + the index, or
// the whole nightly publication), run by `kiemchung worker` (docs/scale-out.md).
//
// The job graph after a drop is recorded, and of a nightly run
//
//   record (submission S) ──► judge (each assessed unit of S's rule set) ──► report (S)
//   nightly --enqueue     ──► judge (every assessed unit, every rule set) ──► report (nightly)
//
//  judge    payload {"as_of", "rules", "unit", "generation"}; key
//           "judge|<rules>:<unit>|<as_of>|<generation>" (judge_key). generation: the
//           submission id whose record job enqueued it, or "g<catalog generation>" from
//           `nightly --enqueue` (catalog_generation: a digest of the submission ids and
//           the numbers of facts and decisions — enqueueing the same state again adds
//           nothing). The job judges the catalog as of the day with judge_catalog()
//           (pipeline/publish.h, the function nightly and publish use) and stores the
//           unit's verdict summary (unit_verdict_json: points, product statuses) in the
//           catalog's meta table under "judge.<rules>:<unit>.<as_of>", an upsert whose
//           value depends only on the catalog's content, in ONE transaction with the
//           fence key "queue.job.<id>" — as the other jobs (queue/jobs.h). Judgements of
//           one unit are serialised by a PostgreSQL advisory lock, so a summary of an
//           older state never overwrites a newer one.
//  report   payload {"as_of", "submission"}, key "report|<submission>|<as_of>": publish()
//           for that submission — <state>/index.json + index.csv and the submission's
//           <outbox>/<unit>/<id>.report.html/.json, each written to a temp file and
//           renamed (pipeline/publish.h). Runs after the judge jobs of its submission
//           (kc_job_deps). Files are not in a transaction: the fence key is written
//           after them; a run that died in between is run again and writes the same
//           bytes (publish is deterministic, unchanged reports are not rewritten).
//           Payload {"as_of", "nightly": true, "generation"}, key
//           "report|nightly|<as_of>|<generation>": the nightly publication
//           (pipeline/nightly.h run_nightly with the `nightly` pipeline: index, every
//           report, digests, diff); its fence key is written in the same transaction as
//           nightly's snapshot (nightly.last), so a second run cannot diff against the
//           first. Every report job holds one advisory lock while it judges and writes,
//           so the shared index files are always written from the newest catalog state.
//
// The single-process SQLite path (`kiemchung ingest`, `nightly`, `watch`) does not use
// any of this: nothing changes for one machine.
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "judge/judge.h"
#include "pipeline/engine.h"
#include "queue/jobs.h"
#include "queue/queue.h"
#include "util/date.h"
#include "util/result.h"

namespace kc::queue {

inline constexpr const char* k_kind_judge = "judge";
inline constexpr const char* k_kind_report = "report";

// Pure: keys, payloads, generation.
std::string judge_key(const std::string& rules_id, const std::string& unit, const Date& as_of,
                      const std::string& generation);
std::string judge_payload(const std::string& rules_id, const std::string& unit, const Date& as_of,
                          const std::string& generation);
std::string report_key(const std::string& submission, const Date& as_of);
std::string report_payload(const std::string& submission, const Date& as_of);
std::string nightly_report_key(const Date& as_of, const std::string& generation);
std::string nightly_report_payload(const Date& as_of, const std::string& generation);

// A judge or report payload, checked: as_of a real day; judge: rules, unit; report: a
// submission, or nightly. Error code INTERNAL_ERROR (a bad payload is a permanent failure).
struct StagePayload {
    Date as_of;
    std::string rules, unit, generation;  // judge
    std::string submission;               // report (one submission)
    bool nightly = false;                 // report (the nightly publication)
};
Result<StagePayload> parse_stage_payload(const std::string& kind, const std::string& payload);

// "g" + 16 hex digits over the sorted submission ids and the fact and decision counts
// (facts and decisions are append-only: a new one changes the count).
std::string catalog_generation(std::vector<std::string> submission_ids, std::size_t facts, std::size_t decisions);

// The stored summary of one assessed unit's verdicts (meta "judge.<rules>:<unit>.<as_of>"):
// schema kiemchung/unit-verdict/v1, rules, unit, as_of, points_max, points_provisional,
// points_at_risk, products {id: status} in catalogue order. Depends only on its inputs.
std::string unit_verdict_json(const std::string& rules_id, const judge::UnitVerdict& u, const Date& as_of);
std::string judge_meta_key(const std::string& rules_id, const std::string& unit, const Date& as_of);

// Enqueueing (idempotent on (kind, key)).
// After a record job committed `submission`: one judge job per assessed unit of its rule
// set, then its report job after them. Returns the report job's id.
std::int64_t enqueue_after_record(Engine& e, Queue& q, const std::string& submission, int max_attempts);
struct NightlyJobs {
    std::vector<std::int64_t> judge;
    std::int64_t report = 0;
    bool created = false;  // false: the same catalog state was enqueued before
    std::string generation;
};
// `nightly --enqueue`: one judge job per assessed unit of every rule set in use, then the
// nightly report job after them, as of e.as_of.
NightlyJobs enqueue_nightly(Engine& e, Queue& q, int max_attempts);

bool is_stage_kind(const std::string& kind);
// Runs a judge or report job (the fence key is already known absent: run_job checks it).
JobOutcome run_stage_job(Engine& e, const Job& job, int delay_ms = 0);

}  // namespace kc::queue
