#include "pipeline/engine.h"

namespace kc {
namespace fs = std::filesystem;

supervise::ChildLimits Engine::child_limits() const {
    return {config.limits.child_memory_bytes, config.limits.child_cpu_seconds, config.limits.child_wall_seconds};
}

Result<std::unique_ptr<Engine>> open_engine(const Config& config, const std::string& pipeline_name, const Date& as_of) {
    auto e = std::make_unique<Engine>();
    e->config = config;
    e->as_of = as_of;
    auto rules = rules::load_ruleset(config.rules_dir, config.rules_id);
    if (!rules) return Error{"CONFIG", rules.error().detail};
    e->rules = std::move(rules.value());
    for (const auto& id : config.rule_sets) {
        if (id == config.rules_id) continue;
        auto other = rules::load_ruleset(config.rules_dir, id);
        if (!other) return Error{"CONFIG", other.error().detail};
        e->other_rules.push_back(std::move(other.value()));
    }
    auto pipeline = load_pipeline(config.pipelines_dir, pipeline_name);
    if (!pipeline) return pipeline.error();
    e->pipeline = std::move(pipeline.value());
    std::error_code ec;
    fs::create_directories(config.state_dir, ec);
    if (ec) return Error{"RUN", config.state_dir.string() + ": cannot create the state directory: " + ec.message()};
    auto catalog = Catalog::open(config.catalog_location());  // SQLite file or postgresql://
    if (!catalog) return Error{"RUN", catalog.error().code + ": " + catalog.error().detail};
    e->catalog = std::move(catalog.value());
    e->store = open_blob_store(config.state_dir / "blobs");
    return e;
}

}  // namespace kc
