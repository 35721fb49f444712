#include "pipeline/config.h"

#include <yaml-cpp/yaml.h>

#include <functional>
#include <sstream>

namespace kc {
namespace fs = std::filesystem;
namespace {

using Setter = std::function<void(Config&, const YAML::Node&, const fs::path& base)>;

fs::path resolve(const fs::path& base, const std::string& v) {
    fs::path p(v);
    return p.is_absolute() ? p : base / p;
}

// A PostgreSQL location stays as written; a SQLite path is relative to the config file.
std::string catalog_location(const fs::path& base, const std::string& v) {
    if (v.rfind("postgresql:", 0) == 0 || v.rfind("postgres://", 0) == 0 || v.empty()) return v;
    return resolve(base, v).string();
}

const std::map<std::string, Setter>& setters() {
    static const std::map<std::string, Setter> table = {
        {"state_dir", [](Config& c, const YAML::Node& n, const fs::path& b) { c.state_dir = resolve(b, n.as<std::string>()); }},
        {"catalog", [](Config& c, const YAML::Node& n, const fs::path& b) { c.catalog = catalog_location(b, n.as<std::string>()); }},
        {"catalog_url", [](Config& c, const YAML::Node& n, const fs::path& b) { c.catalog = catalog_location(b, n.as<std::string>()); }},
        {"queue.lease_seconds", [](Config& c, const YAML::Node& n, const fs::path&) { c.queue_lease_seconds = n.as<int>(); }},
        {"queue.max_attempts", [](Config& c, const YAML::Node& n, const fs::path&) { c.queue_max_attempts = n.as<int>(); }},
        {"rules_dir", [](Config& c, const YAML::Node& n, const fs::path& b) { c.rules_dir = resolve(b, n.as<std::string>()); }},
        {"rules_id", [](Config& c, const YAML::Node& n, const fs::path&) { c.rules_id = n.as<std::string>(); }},
        {"rule_sets", [](Config& c, const YAML::Node& n, const fs::path&) { c.rule_sets = n.as<std::vector<std::string>>(); }},
        {"pipelines_dir", [](Config& c, const YAML::Node& n, const fs::path& b) { c.pipelines_dir = resolve(b, n.as<std::string>()); }},
        {"trust_dir", [](Config& c, const YAML::Node& n, const fs::path& b) { c.trust_dir = resolve(b, n.as<std::string>()); }},
        {"inbox", [](Config& c, const YAML::Node& n, const fs::path& b) { c.inbox = resolve(b, n.as<std::string>()); }},
        {"outbox", [](Config& c, const YAML::Node& n, const fs::path& b) { c.outbox = resolve(b, n.as<std::string>()); }},
        {"watch.spool_dir", [](Config& c, const YAML::Node& n, const fs::path& b) { c.spool = resolve(b, n.as<std::string>()); }},
        {"watch.interval_seconds", [](Config& c, const YAML::Node& n, const fs::path&) { c.watch_interval_seconds = n.as<int>(); }},
        {"watch.settle_seconds", [](Config& c, const YAML::Node& n, const fs::path&) { c.watch_settle_seconds = n.as<int>(); }},
        {"watch.probe_grace_settles", [](Config& c, const YAML::Node& n, const fs::path&) { c.watch_probe_grace_settles = n.as<int>(); }},
        {"watch.quarantine_dir", [](Config& c, const YAML::Node& n, const fs::path& b) { c.quarantine = resolve(b, n.as<std::string>()); }},
        {"min_free_bytes", [](Config& c, const YAML::Node& n, const fs::path&) { c.min_free_bytes = n.as<std::uint64_t>(); }},
        {"legacy_charset", [](Config& c, const YAML::Node& n, const fs::path&) { c.legacy_charset = n.as<std::string>(); }},
        {"mask_identifiers", [](Config& c, const YAML::Node& n, const fs::path&) { c.mask_identifiers = n.as<bool>(); }},
        {"workers", [](Config& c, const YAML::Node& n, const fs::path&) { c.workers = n.as<int>(); }},
        {"horizon_days", [](Config& c, const YAML::Node& n, const fs::path&) { c.horizon_days = n.as<int>(); }},
        {"report.language", [](Config& c, const YAML::Node& n, const fs::path&) {
             auto v = n.as<std::string>();
             if (v != "vi" && v != "en") throw YAML::Exception(n.Mark(), "must be vi or en");
             c.report_language = v;
         }},
        {"unpack.max_entries", [](Config& c, const YAML::Node& n, const fs::path&) { c.limits.max_entries = n.as<std::uint64_t>(); }},
        {"unpack.max_total_bytes", [](Config& c, const YAML::Node& n, const fs::path&) { c.limits.max_total_bytes = n.as<std::uint64_t>(); }},
        {"unpack.max_entry_bytes", [](Config& c, const YAML::Node& n, const fs::path&) { c.limits.max_entry_bytes = n.as<std::uint64_t>(); }},
        {"unpack.max_ratio", [](Config& c, const YAML::Node& n, const fs::path&) { c.limits.max_ratio = n.as<double>(); }},
        {"unpack.max_entry_ratio", [](Config& c, const YAML::Node& n, const fs::path&) { c.limits.max_entry_ratio = n.as<double>(); }},
        {"unpack.max_depth", [](Config& c, const YAML::Node& n, const fs::path&) { c.limits.max_depth = n.as<int>(); }},
        {"child.memory_bytes", [](Config& c, const YAML::Node& n, const fs::path&) { c.limits.child_memory_bytes = n.as<std::uint64_t>(); }},
        {"child.cpu_seconds", [](Config& c, const YAML::Node& n, const fs::path&) { c.limits.child_cpu_seconds = n.as<int>(); }},
        {"child.wall_seconds", [](Config& c, const YAML::Node& n, const fs::path&) { c.limits.child_wall_seconds = n.as<int>(); }},
        {"extract.max_pages", [](Config& c, const YAML::Node& n, const fs::path&) { c.limits.max_pages = n.as<int>(); }},
        {"extract.max_text_bytes", [](Config& c, const YAML::Node& n, const fs::path&) { c.limits.max_text_bytes = n.as<std::uint64_t>(); }},
        {"extract.seconds_per_page", [](Config& c, const YAML::Node& n, const fs::path&) { c.limits.seconds_per_page = n.as<int>(); }},
        {"serve.bind", [](Config& c, const YAML::Node& n, const fs::path&) { c.serve.bind = n.as<std::string>(); }},
        {"serve.port", [](Config& c, const YAML::Node& n, const fs::path&) { c.serve.port = n.as<int>(); }},
        {"serve.tls_cert", [](Config& c, const YAML::Node& n, const fs::path& b) { c.serve.tls_cert = resolve(b, n.as<std::string>()); }},
        {"serve.tls_key", [](Config& c, const YAML::Node& n, const fs::path& b) { c.serve.tls_key = resolve(b, n.as<std::string>()); }},
        {"serve.allow_plain_http", [](Config& c, const YAML::Node& n, const fs::path&) { c.serve.allow_plain_http = n.as<bool>(); }},
        {"serve.accounts", [](Config& c, const YAML::Node& n, const fs::path&) {
             c.serve.accounts.clear();
             for (const auto& a : n) {  // a sequence of {name, role, unit, password_hash}
                 ServeAccount acc;
                 for (const auto& kv : a) {
                     auto k = kv.first.as<std::string>();
                     auto v = kv.second.as<std::string>();
                     if (k == "name") acc.name = v;
                     else if (k == "role") acc.role = v;
                     else if (k == "unit") acc.unit = v;
                     else if (k == "password_hash") acc.password_hash = v;
                     else throw YAML::Exception(kv.first.Mark(), "unknown account key '" + k + "'");
                 }
                 c.serve.accounts.push_back(acc);
             }
         }},
    };
    return table;
}

void flatten(const YAML::Node& node, const std::string& prefix, std::vector<std::pair<std::string, YAML::Node>>& out) {
    for (const auto& kv : node) {
        std::string key = prefix + kv.first.as<std::string>();
        if (kv.second.IsMap())
            flatten(kv.second, key + ".", out);
        else
            out.emplace_back(key, kv.second);
    }
}

}  // namespace

fs::path default_config_file() {
    std::error_code ec;
    if (fs::exists("kiemchung.yaml", ec)) return "kiemchung.yaml";
    fs::path installed = fs::path(KC_DEFAULT_CONFIG_DIR) / "kiemchung.yaml";
    if (fs::exists(installed, ec)) return installed;
    return {};
}

Result<Config> load_config(const fs::path& file) {
    Config c;
    for (const auto& [k, _] : setters()) c.origin[k] = "default";
    if (file.empty()) return c;
    YAML::Node root;
    try {
        root = YAML::LoadFile(file.string());
    } catch (const YAML::BadFile&) {
        return Error{"CONFIG", file.string() + ": cannot read the configuration file"};
    } catch (const YAML::Exception& e) {
        return Error{"CONFIG", file.string() + ":" + std::to_string(e.mark.line + 1) + ": " + e.msg};
    }
    if (root.IsNull()) return c;  // an empty file (or only comments): the defaults
    if (!root.IsMap()) return Error{"CONFIG", file.string() + ":1: the configuration must be a mapping of keys"};
    fs::path base = fs::absolute(file).parent_path();
    std::vector<std::pair<std::string, YAML::Node>> items;
    flatten(root, "", items);
    for (const auto& [key, node] : items) {
        std::string where = file.string() + ":" + std::to_string(node.Mark().line + 1);
        auto it = setters().find(key);
        if (it == setters().end()) return Error{"CONFIG", where + ": unknown key '" + key + "'"};
        try {
            it->second(c, node, base);
        } catch (const YAML::Exception& e) {
            return Error{"CONFIG", where + ": bad value for '" + key + "': " + e.msg};
        }
        c.origin[key] = where;
    }
    return c;
}

std::string describe_config(const Config& c) {
    std::ostringstream os;
    auto line = [&](const std::string& k, const std::string& v) {
        auto it = c.origin.find(k);
        os << k << ": " << v << "  (" << (it == c.origin.end() ? "default" : it->second) << ")\n";
    };
    line("state_dir", c.state_dir.string());
    {  // a PostgreSQL URL may carry a password: shown without it
        std::string loc = c.catalog_location();
        auto at = loc.find('@'), colon = loc.find(':', loc.find("//") == std::string::npos ? 0 : loc.find("//") + 2);
        if (c.catalog_is_postgresql() && at != std::string::npos && colon != std::string::npos && colon < at)
            loc = loc.substr(0, colon) + ":***" + loc.substr(at);
        line(c.origin.count("catalog_url") && c.origin.at("catalog_url") != "default" ? "catalog_url" : "catalog", loc);
    }
    line("queue.lease_seconds", std::to_string(c.queue_lease_seconds));
    line("queue.max_attempts", std::to_string(c.queue_max_attempts));
    line("rules_dir", c.rules_dir.string());
    line("rules_id", c.rules_id);
    {
        std::string ids;
        for (const auto& id : c.rule_sets) ids += (ids.empty() ? "" : ", ") + id;
        line("rule_sets", ids.empty() ? c.rules_id : ids);
    }
    line("pipelines_dir", c.pipelines_dir.string());
    line("trust_dir", c.trust_dir.string());
    line("inbox", c.inbox.string());
    line("outbox", c.outbox_dir().string());
    line("watch.spool_dir", c.spool_dir().string());
    line("watch.interval_seconds", std::to_string(c.watch_interval_seconds));
    line("watch.settle_seconds", std::to_string(c.watch_settle_seconds));
    line("watch.probe_grace_settles", std::to_string(c.watch_probe_grace_settles));
    line("watch.quarantine_dir", c.quarantine_dir().string());
    line("min_free_bytes", std::to_string(c.min_free_bytes));
    line("legacy_charset", c.legacy_charset);
    line("mask_identifiers", c.mask_identifiers ? "true" : "false");
    line("workers", std::to_string(c.workers));
    line("horizon_days", std::to_string(c.horizon_days));
    line("report.language", c.report_language);
    line("unpack.max_entries", std::to_string(c.limits.max_entries));
    line("unpack.max_total_bytes", std::to_string(c.limits.max_total_bytes));
    line("unpack.max_entry_bytes", std::to_string(c.limits.max_entry_bytes));
    std::ostringstream ratio;
    ratio << c.limits.max_ratio;
    line("unpack.max_ratio", ratio.str());
    std::ostringstream entry_ratio;
    entry_ratio << c.limits.max_entry_ratio;
    line("unpack.max_entry_ratio", entry_ratio.str());
    line("unpack.max_depth", std::to_string(c.limits.max_depth));
    line("child.memory_bytes", std::to_string(c.limits.child_memory_bytes));
    line("child.cpu_seconds", std::to_string(c.limits.child_cpu_seconds));
    line("child.wall_seconds", std::to_string(c.limits.child_wall_seconds));
    line("extract.max_pages", std::to_string(c.limits.max_pages));
    line("extract.max_text_bytes", std::to_string(c.limits.max_text_bytes));
    line("extract.seconds_per_page", std::to_string(c.limits.seconds_per_page));
    line("serve.bind", c.serve.bind);
    line("serve.port", std::to_string(c.serve.port));
    line("serve.tls_cert", c.serve.tls_cert.string());
    line("serve.tls_key", c.serve.tls_key.string());
    line("serve.allow_plain_http", c.serve.allow_plain_http ? "true" : "false");
    line("serve.accounts", std::to_string(c.serve.accounts.size()));
    return os.str();
}

}  // namespace kc
