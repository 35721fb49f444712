// Claiming: rename on one file system, copy → fsync → verify → remove across
// file systems (tmpfs /dev/shm vs the build dir), and crash-resume: a forked
// child claims with KC_WATCH_FAULT set and dies at that journal step; the
// parent resumes and checks the drop is in exactly one place, bytes intact.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util/hash.h"
#include "watch/fault.h"
#include "watch/spool.h"

namespace fs = std::filesystem;
using namespace kc::watch;

namespace {

class ScratchDir {
public:
    explicit ScratchDir(const fs::path& parent) {
        fs::create_directories(parent);
        std::string pattern = (parent / "kc-watch-XXXXXX").string();
        if (!::mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp");
        m_path = pattern;
    }
    ~ScratchDir() {
        std::error_code ec;
        fs::remove_all(m_path, ec);
    }
    const fs::path& path() const { return m_path; }

private:
    fs::path m_path;
};

fs::path build_scratch() { return fs::path(KC_BINARY).parent_path() / "test-scratch"; }

std::string sample_zip_bytes() {
    std::ifstream in(std::string(KC_SOURCE_DIR) + "/sample_evidence/phong-noi-vu/nop-lan-1-2022-01-04.zip",
                     std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void write(const fs::path& p, const std::string& bytes) {
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
}

bool same_fs(const fs::path& a, const fs::path& b) {
    struct stat sa {}, sb {};
    return ::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0 && sa.st_dev == sb.st_dev;
}

// Where is the drop now? Exactly one of: still in the inbox, or a pending claim in the spool.
void expect_in_exactly_one_place(Spool& spool, const fs::path& source, const std::string& sha, bool folder,
                                 const std::string& step) {
    auto pending = spool.resume();
    std::error_code ec;
    bool in_inbox = fs::exists(source, ec);
    ASSERT_LE(pending.size(), 1u) << step;
    if (pending.empty()) {
        ASSERT_TRUE(in_inbox) << step << ": lost";
        EXPECT_EQ(drop_sha256(source, folder), sha) << step;
        auto again = spool.claim({source, "phong-noi-vu", "phong-noi-vu/a", folder});
        ASSERT_TRUE(again) << step << ": " << again.error().detail;
        pending = spool.resume();
        ASSERT_EQ(pending.size(), 1u) << step;
    } else {
        EXPECT_FALSE(in_inbox) << step << ": taken AND still in the inbox (would be taken twice)";
    }
    EXPECT_EQ(drop_sha256(pending[0].spool_path, folder), sha) << step;
    EXPECT_FALSE(fs::exists(source, ec)) << step;
    // Nothing else lingers in the spool: only the journal and the one claim's box.
    std::size_t boxes = 0;
    for (const auto& e : fs::directory_iterator(spool.dir()))
        if (e.is_directory()) ++boxes;
    EXPECT_EQ(boxes, 1u) << step;
}

void crash_at(const char* point, const fs::path& spool_dir, const ClaimRequest& req, bool force_copy) {
    pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
        ::setenv("KC_WATCH_FAULT", point, 1);
        Spool spool(spool_dir);
        auto r = spool.claim(req, force_copy);
        ::_exit(r ? 0 : 1);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_TRUE(WEXITSTATUS(status) == k_fault_exit || WEXITSTATUS(status) == 0) << point;
}

}  // namespace

TEST(Spool, RenameOnOneFileSystem) {
    ScratchDir dir(build_scratch());
    auto bytes = sample_zip_bytes();
    fs::path src = dir.path() / "inbox/phong-noi-vu/a.zip";
    write(src, bytes);
    Spool spool(dir.path() / "spool");
    auto c = spool.claim({src, "phong-noi-vu", "phong-noi-vu/a.zip", false});
    ASSERT_TRUE(c) << c.error().detail;
    EXPECT_FALSE(c->copy);
    EXPECT_FALSE(fs::exists(src));
    EXPECT_EQ(kc::hash::sha256_file(c->spool_path), kc::hash::sha256_hex(bytes));
    auto pending = spool.resume();
    ASSERT_EQ(pending.size(), 1u);
    EXPECT_EQ(pending[0].state, ClaimState::claimed);
    ASSERT_TRUE(spool.finish(pending[0], std::nullopt));
    EXPECT_TRUE(spool.resume().empty());
    EXPECT_FALSE(fs::exists(dir.path() / "spool" / c->id));
}

TEST(Spool, RealExdevCopiesVerifiesAndRemoves) {
    if (!fs::is_directory("/dev/shm")) GTEST_SKIP() << "no /dev/shm";
    ScratchDir inbox("/dev/shm");
    ScratchDir state(build_scratch());
    if (same_fs(inbox.path(), state.path())) GTEST_SKIP() << "/dev/shm and the build dir are one file system";
    auto bytes = sample_zip_bytes();
    fs::path src = inbox.path() / "phong-noi-vu/2022/a.zip";
    write(src, bytes);
    Spool spool(state.path() / "spool");
    auto c = spool.claim({src, "phong-noi-vu", "phong-noi-vu/2022/a.zip", false});
    ASSERT_TRUE(c) << c.error().detail;
    EXPECT_TRUE(c->copy);
    EXPECT_EQ(c->sha256, kc::hash::sha256_hex(bytes));
    EXPECT_FALSE(fs::exists(src));
    EXPECT_EQ(kc::hash::sha256_file(c->spool_path), kc::hash::sha256_hex(bytes));
    std::ifstream j(state.path() / "spool/journal.log");
    std::stringstream js;
    js << j.rdbuf();
    EXPECT_NE(js.str().find("\tEXDEV"), std::string::npos);   // the rename was tried first
    EXPECT_NE(js.str().find("copied\t" + c->id), std::string::npos);
}

TEST(Spool, RealExdevFolderDrop) {
    if (!fs::is_directory("/dev/shm")) GTEST_SKIP() << "no /dev/shm";
    ScratchDir inbox("/dev/shm");
    ScratchDir state(build_scratch());
    if (same_fs(inbox.path(), state.path())) GTEST_SKIP() << "one file system";
    fs::path src = inbox.path() / "u/ho-so";
    write(src / "qd.pdf", "%PDF-1.4\n%%EOF\n");
    write(src / "phu-luc/bang.txt", "x");
    auto sha = drop_sha256(src, true);
    Spool spool(state.path() / "spool");
    auto c = spool.claim({src, "u", "u/ho-so", true});
    ASSERT_TRUE(c) << c.error().detail;
    EXPECT_TRUE(c->copy);
    EXPECT_FALSE(fs::exists(src));
    EXPECT_EQ(drop_sha256(c->spool_path, true), sha);
    EXPECT_TRUE(fs::exists(c->spool_path / "phu-luc/bang.txt"));
}

TEST(Spool, CrashAtEveryStepResumesWithoutLossOrDoubleClaim) {
    auto bytes = sample_zip_bytes();
    const std::string sha = kc::hash::sha256_hex(bytes);
    std::vector<std::pair<const char*, bool>> cases;
    for (const char* p : {"claim.begun", "claim.copy_half", "claim.copied", "claim.claimed"})
        for (bool copy : {false, true}) cases.emplace_back(p, copy);
    for (const auto& [point, force_copy] : cases) {
        ScratchDir dir(build_scratch());
        fs::path src = dir.path() / "inbox/phong-noi-vu/a.zip";
        write(src, bytes);
        ClaimRequest req{src, "phong-noi-vu", "phong-noi-vu/a.zip", false};
        crash_at(point, dir.path() / "spool", req, force_copy);
        Spool spool(dir.path() / "spool");
        expect_in_exactly_one_place(spool, src, sha, false,
                                    std::string(point) + (force_copy ? " (copy)" : " (rename)"));
    }
}

TEST(Spool, CrashAcrossFileSystemsResumes) {
    if (!fs::is_directory("/dev/shm")) GTEST_SKIP() << "no /dev/shm";
    auto bytes = sample_zip_bytes();
    const std::string sha = kc::hash::sha256_hex(bytes);
    for (const char* point : {"claim.begun", "claim.copy_half", "claim.copied", "claim.claimed"}) {
        ScratchDir inbox("/dev/shm");
        ScratchDir state(build_scratch());
        if (same_fs(inbox.path(), state.path())) GTEST_SKIP() << "one file system";
        fs::path src = inbox.path() / "phong-noi-vu/a.zip";
        write(src, bytes);
        crash_at(point, state.path() / "spool", {src, "phong-noi-vu", "phong-noi-vu/a.zip", false}, false);
        Spool spool(state.path() / "spool");
        expect_in_exactly_one_place(spool, src, sha, false, std::string(point) + " (EXDEV)");
    }
}

TEST(Spool, CopiedButSourceReplacedKeepsTheNewUpload) {
    ScratchDir dir(build_scratch());
    fs::path src = dir.path() / "inbox/u/a.zip";
    write(src, sample_zip_bytes());
    crash_at("claim.copied", dir.path() / "spool", {src, "u", "u/a.zip", false}, true);
    write(src, "a new upload under the same name");  // the clerk overwrote it before the restart
    Spool spool(dir.path() / "spool");
    auto pending = spool.resume();
    ASSERT_EQ(pending.size(), 1u);
    EXPECT_TRUE(fs::exists(src));  // not deleted: different bytes, a new drop
}
