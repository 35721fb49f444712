// pipeline/engine.h — what one run holds open: config, rules, the pipeline
// definition, the catalog, the content store and the supervisor. Opening it
// checks everything (rules, pipeline file, state dir) before any work.
#pragma once
#include <list>
#include <memory>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "pipeline/config.h"
#include "pipeline/pipeline_def.h"
#include "rules/ruleset.h"
#include "supervise/supervisor.h"
#include "util/blob_store.h"
#include "util/date.h"

namespace kc {

struct Engine {
    Config config;
    rules::RuleSet rules;
    // The other rule sets of config.rule_sets, loaded for routing submissions
    // by period (pipeline/route.h); empty when only rules_id is configured.
    std::vector<rules::RuleSet> other_rules;
    // Rule sets named by recorded submissions but not configured (any more),
    // loaded once when a judgement needs them (pipeline/publish.cpp).
    std::list<rules::RuleSet> routed_rules;
    PipelineDef pipeline;
    std::unique_ptr<Catalog> catalog;
    std::unique_ptr<BlobStore> store;
    supervise::Supervisor supervisor;
    Date as_of;

    supervise::ChildLimits child_limits() const;
};

// Errors are configuration errors (exit 2) with a "file:line: message" detail,
// or RUN errors (exit 1: state dir not writable, database newer than us).
Result<std::unique_ptr<Engine>> open_engine(const Config& config, const std::string& pipeline_name, const Date& as_of);

}  // namespace kc
