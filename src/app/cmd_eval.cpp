// `kiemchung eval SET-DIR [--set text|scan] [--rules ID] [--limit N] [--floors k=v,…]
//  [--format text|json] [--details]`: the understand stage measured on a labelled set
// (evaluate/evaluate.h; docs/understand-evaluation.md). Exit 0 when every floor holds,
// 3 when one fails, 2 on usage errors or a missing set.
#include <iostream>

#include "app/commands.h"
#include "app/setup.h"
#include "evaluate/evaluate.h"
#include "util/text.h"

namespace kc::app {
namespace {

// "number=1.0,date=0.97" → {number: 1.0, date: 0.97}; empty optional on a malformed entry.
std::optional<std::map<std::string, double>> parse_floors(const std::string& spec) {
    std::map<std::string, double> out;
    for (const auto& item : kc::text::split(spec, ',')) {
        if (item.empty()) continue;
        auto eq = item.find('=');
        if (eq == std::string::npos) return std::nullopt;
        try {
            out[item.substr(0, eq)] = std::stod(item.substr(eq + 1));
        } catch (const std::exception&) {
            return std::nullopt;
        }
    }
    return out;
}

}  // namespace

int cmd_eval(const Options& o) {
    auto cfg = config_from(o);
    if (!cfg) return k_exit_usage;
    if (o.positional.size() != 1) {
        std::cerr << "Cần đúng một thư mục tập đánh giá / expected one evaluation-set folder\n"
                     "kiemchung eval SET-DIR [--set text|scan] [--rules ID] [--limit N] [--floors k=v,…] "
                     "[--format text|json] [--details]\n";
        return k_exit_usage;
    }
    evaluate::EvalOptions eo;
    eo.set_dir = o.positional.front();
    eo.which = o.get("set").value_or("text");
    if (eo.which != "text" && eo.which != "scan") {
        std::cerr << "--set phải là text hoặc scan / --set must be text or scan\n";
        return k_exit_usage;
    }
    std::string format = o.get("format").value_or("text");
    if (format != "text" && format != "json") {
        std::cerr << "--format phải là text hoặc json / --format must be text or json\n";
        return k_exit_usage;
    }
    auto floors = parse_floors(o.get("floors").value_or(""));
    if (!floors) {
        std::cerr << "--floors sai dạng (ví dụ number=1.0,date=0.97) / malformed --floors (e.g. number=1.0,date=0.97)\n";
        return k_exit_usage;
    }
    try {
        eo.limit = std::stoi(o.get("limit").value_or("0"));
    } catch (const std::exception&) {
        std::cerr << "--limit phải là số / --limit must be a number\n";
        return k_exit_usage;
    }
    auto rules = rules::load_ruleset(cfg->rules_dir, cfg->rules_id);
    if (!rules) {
        std::cerr << "Bộ quy tắc lỗi / rule set error: " << rules.error().detail << "\n";
        return k_exit_usage;
    }
    auto score = evaluate::evaluate_set(eo, *rules);
    if (!score) {
        std::cerr << "Không đánh giá được / cannot evaluate (" << score.error().code << "): " << score.error().detail << "\n";
        return k_exit_usage;
    }
    if (format == "json")
        evaluate::print_json(*score, std::cout);
    else
        evaluate::print_text(*score, std::cout, o.get("details").has_value());
    auto failed = evaluate::check_floors(*score, *floors);
    for (const auto& f : failed) std::cerr << f << "\n";
    return failed.empty() ? k_exit_ok : k_exit_finding;
}

}  // namespace kc::app
