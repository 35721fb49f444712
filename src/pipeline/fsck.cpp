#include "pipeline/fsck.h"

#include <algorithm>
#include <filesystem>
#include <map>

#include "util/hash.h"

namespace kc {
namespace fs = std::filesystem;

FsckResult fsck(Engine& e) {
    FsckResult r;
    std::map<std::string, std::string> wanted;  // sha256 → document ids
    for (const auto& d : e.catalog->documents()) {
        if (!d.sha256 || d.refused) continue;
        auto& ids = wanted[*d.sha256];
        ids += (ids.empty() ? "" : " ") + d.id;
    }
    for (const auto& [sha, ids] : wanted) {
        ++r.blobs_checked;
        fs::path p = e.store->local_path(sha);
        std::error_code ec;
        if (!fs::is_regular_file(p, ec)) {
            r.problems.push_back({"missing", sha, ids});
            continue;
        }
        auto actual = hash::sha256_file(p);
        if (!actual || *actual != sha) r.problems.push_back({"corrupt", sha, ids});
    }
    std::error_code ec;
    const fs::path root = e.store->local_root();
    if (fs::exists(root, ec)) {
        for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator();
             it.increment(ec)) {
            if (!it->is_regular_file()) continue;
            const std::string name = it->path().filename().string();
            bool tmp = it->path().parent_path().filename() == "tmp";
            if (tmp || !wanted.count(name) || e.store->local_path(name) != it->path())
                r.problems.push_back({"orphaned", tmp ? "" : name, fs::relative(it->path(), root).generic_string()});
        }
    }
    std::sort(r.problems.begin(), r.problems.end(), [](const FsckProblem& a, const FsckProblem& b) {
        return std::tie(a.kind, a.sha256, a.where) < std::tie(b.kind, b.sha256, b.where);
    });
    return r;
}

}  // namespace kc
