// pipeline/config.h — run configuration: built-in defaults, then the YAML file
// given with --config (or /etc/kiemchung/kiemchung.yaml when installed), then
// command-line options. Every value remembers where it came from (show-config).
#pragma once
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/limits.h"
#include "util/result.h"

namespace kc {

// `kiemchung serve` (serve/serve.h, docs/dashboard.md): one dashboard account.
struct ServeAccount {
    std::string name;
    std::string role;           // reviewer | clerk
    std::string unit;           // clerk: its unit code
    std::string password_hash;  // pbkdf2-sha256$… (`kiemchung hash-password`)
};

struct ServeConfig {
    std::string bind = "127.0.0.1";
    int port = 8470;
    std::filesystem::path tls_cert, tls_key;  // both set: HTTPS
    bool allow_plain_http = false;            // non-loopback bind without TLS (a TLS reverse proxy in front)
    std::vector<ServeAccount> accounts;
};

struct Config {
    std::filesystem::path state_dir = "var";
    // The catalog: empty → <state>/catalog.sqlite; a SQLite file path; or a PostgreSQL
    // location `postgresql://user@host:port/db` (catalog/dialect.h) shared by many
    // workers (queue/queue.h, docs/scale-out.md). Config key `catalog` (alias `catalog_url`).
    std::string catalog;
    int queue_lease_seconds = 60;         // worker: a job not heartbeaten this long is taken again
    int queue_max_attempts = 3;           // worker: after this many takes a job is parked with its reason
    std::filesystem::path rules_dir = "rules";
    std::string rules_id = "cchc-2022";
    // Rule sets a submission may be routed to by the period its documents are
    // about (pipeline/route.h); rules_id is always one of them. Empty: rules_id only.
    std::vector<std::string> rule_sets;
    std::filesystem::path pipelines_dir = "pipelines";
    std::filesystem::path trust_dir;      // trusted certificates (empty: none configured)
    std::filesystem::path inbox;          // watcher: inbox/<unit>/
    std::filesystem::path outbox;         // default <state>/outbox
    std::filesystem::path spool;          // watcher: claimed drops + journal; default <state>/spool
    int watch_interval_seconds = 10;      // watcher: periodic scan (network shares deliver no events)
    int watch_settle_seconds = 30;        // watcher: unchanged this long before a drop is taken
    int watch_probe_grace_settles = 10;   // watcher: a drop whose probe still fails after this many quiet settle periods is taken as damaged
    std::filesystem::path quarantine;     // watcher: rejected drops + reasons; default <state>/quarantine
    std::uint64_t min_free_bytes = 64ull << 20;  // free space kept after a drop's worst case (else DISK_FULL, nothing taken)
    std::string legacy_charset = "windows-1258";
    bool mask_identifiers = true;
    int workers = 0;                      // 0: number of cores
    int horizon_days = 14;                // nightly digest / points at risk: due within this many days
    std::string report_language = "vi";   // outbox reports: vi | en first (both are always there)
    Limits limits;
    ServeConfig serve;
    std::map<std::string, std::string> origin;  // key → "default" | "FILE:line" | "command line"

    std::filesystem::path outbox_dir() const { return outbox.empty() ? state_dir / "outbox" : outbox; }
    std::filesystem::path spool_dir() const { return spool.empty() ? state_dir / "spool" : spool; }
    std::string catalog_location() const {
        return catalog.empty() ? (state_dir / "catalog.sqlite").string() : catalog;
    }
    bool catalog_is_postgresql() const {
        return catalog.rfind("postgresql:", 0) == 0 || catalog.rfind("postgres://", 0) == 0;
    }
    std::filesystem::path quarantine_dir() const { return quarantine.empty() ? state_dir / "quarantine" : quarantine; }
};

// Loads defaults, then FILE if given (relative paths in it are relative to the
// file's folder). Unknown keys are errors ("FILE:line: unknown key 'x'").
Result<Config> load_config(const std::filesystem::path& file);
// The default config file when none is given: ./kiemchung.yaml if present, else
// KC_DEFAULT_CONFIG_DIR/kiemchung.yaml if present, else none.
std::filesystem::path default_config_file();
std::string describe_config(const Config& c);  // one "key: value  (origin)" line each

}  // namespace kc
