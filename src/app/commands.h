// app/commands.h — one function per command; each returns the process exit code:
// 0 ran (rejections are results), 1 could not run, 2 usage or configuration
// error, 3 ran and found a regression (nightly) or an invalid signature.
#pragma once
#include "app/options.h"

namespace kc::app {

inline constexpr int k_exit_ok = 0;
inline constexpr int k_exit_run_error = 1;
inline constexpr int k_exit_usage = 2;
inline constexpr int k_exit_finding = 3;

int cmd_ingest(const Options& o);
int cmd_index(const Options& o);
int cmd_inspect(const Options& o);
int cmd_verify_signature(const Options& o);
int cmd_nightly(const Options& o);
int cmd_nightly_enqueue(const Options& o);  // cmd_nightly_queue.cpp: nightly --enqueue (PostgreSQL)
int cmd_rules(const Options& o);  // cmd_rules.cpp
int cmd_show_config(const Options& o);
int cmd_watch(const Options& o);  // cmd_watch.cpp
int cmd_facts(const Options& o);   // cmd_facts.cpp
int cmd_review(const Options& o);  // cmd_review.cpp
const char* review_usage();        // cmd_review.cpp: `review --help`
int cmd_fsck(const Options& o);    // cmd_fsck.cpp
int cmd_eval(const Options& o);    // cmd_eval.cpp
int cmd_worker(const Options& o);   // cmd_worker.cpp (PostgreSQL catalog: docs/scale-out.md)
int cmd_enqueue(const Options& o);  // cmd_worker.cpp
int cmd_status(const Options& o);   // cmd_status.cpp
int cmd_serve(const Options& o);          // cmd_serve.cpp
int cmd_hash_password(const Options& o);  // cmd_serve.cpp
int cmd_dossier(const Options& o);        // cmd_dossier.cpp
int cmd_appraisal(const Options& o);      // cmd_dossier.cpp

}  // namespace kc::app
