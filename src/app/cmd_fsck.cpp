// `kiemchung fsck`: the content store against the catalog (pipeline/fsck.h).
// Exit 0 when clean, 3 when anything is missing, corrupt or orphaned.
#include <iostream>

#include "app/commands.h"
#include "app/setup.h"
#include "pipeline/fsck.h"

namespace kc::app {

int cmd_fsck(const Options& o) {
    auto cfg = config_from(o);
    auto as_of = as_of_from(o);
    if (!cfg || !as_of) return k_exit_usage;
    auto e = open_engine(*cfg, "ingest", *as_of);
    if (!e) {
        std::cerr << "Không chạy được / cannot run: " << e.error().detail << "\n";
        return e.error().code == "CONFIG" ? k_exit_usage : k_exit_run_error;
    }
    auto r = fsck(**e);
    for (const auto& p : r.problems) {
        const char* vi = p.kind == "missing" ? "thiếu tệp" : p.kind == "corrupt" ? "sai mã băm" : "tệp thừa";
        std::cout << p.kind << " (" << vi << ")\t" << p.sha256 << "\t" << p.where << "\n";
    }
    std::cout << "fsck: " << r.blobs_checked << " tệp đã kiểm tra / blobs checked, " << r.problems.size()
              << " vấn đề / problems\n";
    return r.problems.empty() ? k_exit_ok : k_exit_finding;
}

}  // namespace kc::app
