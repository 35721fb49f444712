// kiemchung — evidence-file ingestion and validation for the PAR index.
// Usage: see `kiemchung help` and README.md. Exceptions stop here: a stray one
// is a run error (exit 1), never a crash with a half-written state.
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "app/commands.h"
#include "app/options.h"
#include "pipeline/child_main.h"

namespace {

const char* k_usage = R"(kiemchung — kiểm tra tài liệu kiểm chứng Chỉ số CCHC / PAR-index evidence checker

  kiemchung ingest PATH... [--unit UNIT] [--state DIR] [--as-of YYYY-MM-DD] [--trust DIR] [--lang vi|en]
  kiemchung index [--state DIR] [--as-of DATE] [--trust DIR] --format json|csv
  kiemchung inspect FILE [--as-of DATE] [--trust DIR] [--rules ID] [--workers N]
  kiemchung verify-signature FILE.pdf [--trust DIR] [--as-of DATE] [--format json|text]
  kiemchung nightly [--state DIR] [--as-of DATE] [--lang vi|en] [--enqueue [--wait]]   (--enqueue: as queue jobs, PostgreSQL)
  kiemchung rules check [DIR] [--rules ID] · rules show [CODE] [--format text|json] · rules list
  kiemchung show-config
  kiemchung watch [--interval S] [--settle S] [--once]   (inbox from --config; SIGTERM ends it)
  kiemchung facts set|unset|list KIND KEY [VALUE] --by NAME [--document D] [--comment TEXT]
  kiemchung fsck [--state DIR]
  kiemchung worker --config FILE [--id NAME] [--once]   (PostgreSQL catalog; SIGTERM ends it; --once: until the queue is empty)
  kiemchung enqueue PATH... --config FILE [--unit UNIT]
  kiemchung status --config FILE [--format text|json] [--window MINUTES]
  kiemchung eval SET-DIR [--set text|scan] [--floors k=v,…] [--format text|json] [--details]
  kiemchung review accept|reject|reclassify|correct|withdraw DOCUMENT-ID --by NAME --comment TEXT [--product P] [--field F --value V]
  kiemchung review list [DOCUMENT-ID] · review --help
  kiemchung serve [--as-of DATE] [--port N] [--bind ADDR]   (web dashboard; accounts from --config, docs/dashboard.md)
  kiemchung hash-password   (password on stdin → pbkdf2-sha256 hash for serve.accounts)
  kiemchung dossier --out DIR [--as-of DATE] [--unit UNIT]   (hồ sơ tự chấm điểm: evidence, XLSX/DOCX table, manifest, zip)
  kiemchung appraisal import FILE.csv|.xlsx [--by NAME] · appraisal report [--lang vi|en]   (docs/appraisal-format.md)
Every command accepts --config FILE. --state defaults to ./var; --as-of to today (UTC+7).
Exit: 0 ran · 1 could not run · 2 usage/configuration · 3 regression or invalid signature.
)";

using Handler = int (*)(const kc::app::Options&);
struct Command {
    Handler run;
    std::set<std::string> options;
};

const std::map<std::string, Command>& commands() {
    using namespace kc::app;
    static const std::map<std::string, Command> table = {
        {"ingest", {cmd_ingest, {"config", "state", "unit", "as-of", "trust", "rules", "workers", "lang"}}},
        {"index", {cmd_index, {"config", "state", "as-of", "format", "rules", "trust"}}},
        {"inspect", {cmd_inspect, {"config", "as-of", "trust", "rules", "workers"}}},
        {"verify-signature", {cmd_verify_signature, {"config", "trust", "as-of", "format"}}},
        {"nightly", {cmd_nightly, {"config", "state", "as-of", "trust", "rules", "lang", "enqueue", "wait"}}},
        {"rules", {cmd_rules, {"config", "rules", "format"}}},
        {"show-config", {cmd_show_config, {"config", "state", "rules", "trust"}}},
        {"watch", {cmd_watch, {"config", "state", "rules", "trust", "as-of", "interval", "settle", "once", "workers", "lang"}}},
        {"facts", {cmd_facts, {"config", "state", "rules", "as-of", "by", "document", "comment", "all"}}},
        {"fsck", {cmd_fsck, {"config", "state", "rules"}}},
        {"worker", {cmd_worker, {"config", "state", "rules", "trust", "as-of", "workers", "id", "once"}}},
        {"enqueue", {cmd_enqueue, {"config", "state", "rules", "unit"}}},
        {"status", {cmd_status, {"config", "state", "format", "window"}}},
        {"eval", {cmd_eval, {"config", "rules", "set", "limit", "floors", "format", "details"}}},
        {"review", {cmd_review, {"config", "state", "rules", "as-of", "by", "comment", "product", "field", "value"}}},
        {"serve", {cmd_serve, {"config", "state", "rules", "trust", "as-of", "port", "bind"}}},
        {"hash-password", {cmd_hash_password, {}}},
        {"dossier", {cmd_dossier, {"config", "state", "rules", "trust", "as-of", "out", "unit"}}},
        {"appraisal", {cmd_appraisal, {"config", "state", "rules", "trust", "as-of", "by", "lang"}}},
    };
    return table;
}

// The usage lines of one command (the whole usage's footer included).
std::string command_usage(const std::string& command) {
    if (command == "review") return kc::app::review_usage();
    std::string out, line;
    std::istringstream in(k_usage);
    while (std::getline(in, line))
        if (line.rfind("  kiemchung " + command + " ", 0) == 0 || line.rfind("Every", 0) == 0 ||
            line.rfind("Exit", 0) == 0)
            out += line + "\n";
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc >= 2 && std::string(argv[1]) == "__child") return kc::child_main(argc, argv);
    if (argc < 2 || std::string(argv[1]) == "help" || std::string(argv[1]) == "--help") {
        std::cout << k_usage;
        return argc < 2 ? kc::app::k_exit_usage : kc::app::k_exit_ok;
    }
    if (std::string(argv[1]) == "version" || std::string(argv[1]) == "--version") {
        std::cout << "kiemchung " << KC_VERSION << "\n";
        return 0;
    }
    auto it = commands().find(argv[1]);
    if (it == commands().end()) {
        std::cerr << "Lệnh không hợp lệ / unknown command: " << argv[1] << "\n" << k_usage;
        return kc::app::k_exit_usage;
    }
    for (int i = 2; i < argc; ++i)  // `kiemchung CMD --help`: the command's usage, exit 0
        if (std::string(argv[i]) == "--help" || std::string(argv[i]) == "-h") {
            std::cout << command_usage(argv[1]);
            return kc::app::k_exit_ok;
        }
    kc::app::Options o;
    o.command = argv[1];
    if (auto err = kc::app::parse_options(argc, argv, it->second.options, o); !err.empty()) {
        std::cerr << "Tham số không hợp lệ / usage error: " << err << "\n" << k_usage;
        return kc::app::k_exit_usage;
    }
    try {
        return it->second.run(o);
    } catch (const std::exception& e) {
        std::cerr << "Lỗi / error: " << e.what() << "\n";
        return kc::app::k_exit_run_error;
    }
}
