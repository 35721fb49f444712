#include "pipeline/pipeline_def.h"

#include <yaml-cpp/yaml.h>

namespace kc {

bool PipelineDef::has(const std::string& stage) const {
    for (const auto& s : stages)
        if (s.name == stage) return true;
    return false;
}

const std::vector<StageInfo>& known_stages() {
    static const std::vector<StageInfo> stages = {
        {"receive", {}, false, "hash the drop, give it a submission id, detect a duplicate drop"},
        {"unpack", {"receive"}, true, "unpack the archive or folder into the content store"},
        {"extract", {"unpack"}, true, "text per page: PDF text layer, office files, OCR"},
        {"verify_signature", {"unpack"}, true, "verify PDF digital signatures"},
        {"understand", {"extract"}, false, "parse the administrative header, classify by criterion"},
        {"record", {"unpack"}, false, "write the submission and its documents to the catalog (one transaction)"},
        {"reextract", {}, true, "extract again documents whose extractor version changed (nightly)"},
        {"rejudge", {}, false, "re-read every recorded document from the catalog (nightly)"},
        {"judge", {}, false, "judge documents, products and criteria as of the day"},
        {"index", {"judge"}, false, "write index.json and index.csv"},
        {"report", {"judge"}, false, "write the per-submission reports to the outbox"},
        {"diff", {"judge"}, false, "compare with the previous nightly run and list what changed"},
    };
    return stages;
}

static const StageInfo* find_stage(const std::string& name) {
    for (const auto& s : known_stages())
        if (s.name == name) return &s;
    return nullptr;
}

Result<PipelineDef> load_pipeline(const std::filesystem::path& dir, const std::string& name) {
    PipelineDef def;
    def.name = name;
    def.file = dir / (name + ".yaml");
    const std::string f = def.file.string();
    YAML::Node root;
    try {
        root = YAML::LoadFile(f);
    } catch (const YAML::BadFile&) {
        return Error{"CONFIG", f + ": cannot read the pipeline file"};
    } catch (const YAML::Exception& e) {
        return Error{"CONFIG", f + ":" + std::to_string(e.mark.line + 1) + ": " + e.msg};
    }
    auto where = [&](const YAML::Node& n) { return f + ":" + std::to_string(n.Mark().line + 1) + ": "; };
    if (!root.IsNull() && !root.IsMap()) return Error{"CONFIG", f + ":1: a pipeline file is a mapping with 'stages'"};
    for (const auto& kv : root) {
        auto key = kv.first.as<std::string>();
        if (key != "name" && key != "description" && key != "stages")
            return Error{"CONFIG", where(kv.first) + "unknown key '" + key + "'"};
    }
    if (root["name"] && (!root["name"].IsScalar() || root["name"].Scalar() != name))
        return Error{"CONFIG", where(root["name"]) + "name must be '" + name + "' (the file name)"};
    const YAML::Node stages = root["stages"];
    if (!stages || !stages.IsSequence() || stages.size() == 0)
        return Error{"CONFIG", f + ":1: 'stages' must be a non-empty list"};
    std::set<std::string> seen;
    for (const auto& node : stages) {
        try {
            StageDef s;
            s.line = node.Mark().line + 1;
            YAML::Node name_node = node.IsMap() ? node["stage"] : node;
            if (!name_node || !name_node.IsScalar()) return Error{"CONFIG", where(node) + "a stage needs a name"};
            s.name = name_node.as<std::string>();
            const StageInfo* info = find_stage(s.name);
            if (!info) {
                std::string known;
                for (const auto& k : known_stages()) known += (known.empty() ? "" : ", ") + k.name;
                return Error{"CONFIG", where(node) + "unknown stage '" + s.name + "' (known: " + known + ")"};
            }
            bool isolated_given = false;
            if (node.IsMap()) {
                for (const auto& kv : node) {
                    auto key = kv.first.as<std::string>();
                    if (key == "stage") continue;
                    if (key == "isolated") {
                        if (!YAML::convert<bool>::decode(kv.second, s.isolated))
                            return Error{"CONFIG", where(kv.first) + "'isolated' must be true or false"};
                        isolated_given = true;
                        if (s.isolated && !info->may_be_isolated)
                            return Error{"CONFIG", where(kv.first) + "stage '" + s.name + "' cannot run isolated"};
                    } else if (key != "note") {
                        return Error{"CONFIG", where(kv.first) + "unknown key '" + key + "'"};
                    }
                }
            }
            // Parsers of untrusted bytes: isolated unless the file says `isolated: false`
            // (also for a `{stage: x, note: …}` entry that does not mention it).
            if (info->may_be_isolated && !isolated_given) s.isolated = true;
            if (seen.count(s.name)) return Error{"CONFIG", where(node) + "stage '" + s.name + "' listed twice"};
            for (const auto& need : info->requires_)
                if (!seen.count(need))
                    return Error{"CONFIG", where(node) + "stage '" + s.name + "' needs '" + need + "' before it"};
            seen.insert(s.name);
            def.stages.push_back(s);
        } catch (const YAML::Exception& e) {  // a key or value of the wrong shape
            return Error{"CONFIG", where(node) + e.msg};
        }
    }
    return def;
}

}  // namespace kc
