// pipeline/pipeline_def.h — a run (ingest, nightly) is a list of stages declared
// in pipelines/<name>.yaml. The file is read and checked before any work:
// unknown stage names, a stage placed before one it needs, duplicates and
// unknown keys are errors "file:line: message". Change the file, change the run.
#pragma once
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "util/result.h"

namespace kc {

struct StageDef {
    std::string name;
    bool isolated = false;  // runs in a supervised child process
    int line = 0;
};

struct PipelineDef {
    std::string name;
    std::filesystem::path file;
    std::vector<StageDef> stages;
    bool has(const std::string& stage) const;
};

// The stages the program knows, with what each needs before it.
struct StageInfo {
    std::string name;
    std::vector<std::string> requires_;
    bool may_be_isolated;
    const char* description;
};
const std::vector<StageInfo>& known_stages();

Result<PipelineDef> load_pipeline(const std::filesystem::path& pipelines_dir, const std::string& name);

}  // namespace kc
