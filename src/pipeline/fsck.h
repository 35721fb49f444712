// pipeline/fsck.h — `kiemchung fsck`: checks the content store against the
// catalog. Every stored document's blob must be present and hash to its name;
// nothing may lie in the store that no document names (orphans, including
// temporary files a crash left in blobs/tmp). Reads only; repairs nothing.
#pragma once
#include <string>
#include <vector>

#include "pipeline/engine.h"

namespace kc {

struct FsckProblem {
    std::string kind;  // missing | corrupt | orphaned
    std::string sha256;
    std::string where;  // document id(s) or the file path inside the store
};

struct FsckResult {
    std::size_t blobs_checked = 0;
    std::vector<FsckProblem> problems;  // sorted by kind, then sha256
};

FsckResult fsck(Engine& e);

}  // namespace kc
