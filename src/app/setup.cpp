#include "app/setup.h"

#include <iostream>

#include "app/commands.h"

namespace kc::app {

std::optional<Config> config_from(const Options& o) {
    std::filesystem::path file = o.get("config") ? std::filesystem::path(*o.get("config")) : default_config_file();
    auto c = load_config(file);
    if (!c) {
        std::cerr << "Lỗi cấu hình / configuration error: " << c.error().detail << "\n";
        return std::nullopt;
    }
    Config cfg = c.value();
    if (auto v = o.get("state")) cfg.state_dir = *v, cfg.origin["state_dir"] = "command line";
    if (auto v = o.get("trust")) cfg.trust_dir = *v, cfg.origin["trust_dir"] = "command line";
    if (auto v = o.get("rules")) cfg.rules_id = *v, cfg.origin["rules_id"] = "command line";
    if (auto v = o.get("workers")) cfg.workers = std::stoi(*v), cfg.origin["workers"] = "command line";
    if (auto v = o.get("lang")) {
        if (*v != "vi" && *v != "en") {
            std::cerr << "--lang phải là vi hoặc en / --lang must be vi or en: " << *v << "\n";
            return std::nullopt;
        }
        cfg.report_language = *v, cfg.origin["report.language"] = "command line";
    }
    return cfg;
}

std::optional<Date> as_of_from(const Options& o) {
    auto v = o.get("as-of");
    if (!v) return date::today_vn();
    auto d = date::parse_iso(*v);
    if (!d) std::cerr << "Ngày không hợp lệ / invalid date for --as-of (YYYY-MM-DD): " << *v << "\n";
    return d;
}

std::unique_ptr<Engine> open_state(const Options& o, int& rc) {
    auto cfg = config_from(o);
    auto as_of = as_of_from(o);
    if (!cfg || !as_of) {
        rc = k_exit_usage;
        return nullptr;
    }
    auto e = open_engine(*cfg, "ingest", *as_of);
    if (!e) {
        std::cerr << "Không chạy được / cannot run: " << e.error().detail << "\n";
        rc = e.error().code == "CONFIG" ? k_exit_usage : k_exit_run_error;
        return nullptr;
    }
    return std::move(e.value());
}

}  // namespace kc::app
