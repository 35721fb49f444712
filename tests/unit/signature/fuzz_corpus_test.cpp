// Replays the fuzz seed corpora (tests/fuzz/corpus/<target>/) through the same entry
// functions as the libFuzzer targets, in every build (gcc included). Files named in
// k_expected must also give the stated result, so a seed that stopped reaching the
// code it was made for fails here; any other file (a crash reproducer added later)
// only has to run.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include "../../fuzz/fuzz_entries.h"
#include "test_pdfs.h"

namespace kc::signature {
namespace {

namespace fs = std::filesystem;
const fs::path k_corpus = fs::path(KC_SOURCE_DIR) / "tests/fuzz/corpus";

using Entry = int (*)(std::string_view);

const std::map<std::string, std::map<std::string, int>> k_expected = {
    {"byte_range", {{"signed.pdf", 1}, {"two-revisions.pdf", 1}, {"rewritten.pdf", 0}, {"extra-gap.pdf", 0},
                    {"dss.pdf", 1}}},
    // detached: valid as detached, unreadable as sha1; timestamped: valid + timestamp;
    // revocation-archival: valid + its archived OCSP response parsed (and unusable).
    {"cms", {{"detached.der", 1}, {"sha1.der", 1}, {"timestamped.der", 2}, {"revocation-archival.der", 2}}},
    // 2 modified, 1 only allowed changes, 0 none.
    {"revision", {{"annotated.pdf", 1}, {"annotated-twice.pdf", 1}, {"content-replaced.pdf", 2}}},
};

void replay(const std::string& target, Entry entry) {
    const auto dir = k_corpus / target;
    ASSERT_TRUE(fs::is_directory(dir)) << dir;
    int files = 0;
    for (const auto& e : fs::directory_iterator(dir)) {
        if (!e.is_regular_file()) continue;
        ++files;
        const auto bytes = testing::read_file(e.path());
        const int got = entry(bytes);
        const auto& want = k_expected.at(target);
        if (auto it = want.find(e.path().filename().string()); it != want.end())
            EXPECT_EQ(got, it->second) << target << "/" << it->first;
        // Every prefix cut at a few points, as truncated downloads arrive.
        for (std::size_t cut : {bytes.size() / 3, bytes.size() / 2, bytes.size() - 1})
            entry(std::string_view(bytes).substr(0, cut));
    }
    EXPECT_GE(files, static_cast<int>(k_expected.at(target).size()));
}

TEST(FuzzCorpus, ByteRange) { replay("byte_range", fuzz::byte_range_entry); }
TEST(FuzzCorpus, Cms) { replay("cms", fuzz::cms_entry); }
TEST(FuzzCorpus, Revision) { replay("revision", fuzz::revision_entry); }

}  // namespace
}  // namespace kc::signature
