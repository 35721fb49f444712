// Bomb guards and duplicate names over archives built at test time: the
// per-entry ratio (a bomb hidden among incompressible files, where the total
// ratio stays low), an overlapping-entry bomb (central-directory records that
// all point at one deflated member), a nested bomb, 20,000 entries, and names
// repeated inside one archive.
#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <random>

#include "temp_dir.h"
#include "unpack/unpack.h"
#include "zip_builder.h"

namespace kc::unpack {
namespace {

namespace fs = std::filesystem;
using testing::build_zip;
using testing::read_file;
using testing::TempDir;
using testing::write_file;
using testing::ZipMember;

std::string random_bytes(std::size_t n, unsigned seed) {
    std::mt19937 gen(seed);
    std::string s(n, '\0');
    for (auto& c : s) c = static_cast<char>(gen() & 0xFF);
    return s;
}

bool any_reason(const Result& r, ReasonCode code) {
    if (has_reason(r.reasons, code)) return true;
    for (const auto& e : r.entries)
        if (has_reason(e.reasons, code)) return true;
    return false;
}

std::uint64_t produced(const Result& r) {
    std::uint64_t n = 0;
    for (const auto& e : r.entries) n += e.size;
    return n;
}

std::uint32_t le32(const std::string& s, std::size_t at) {
    std::uint32_t v = 0;
    for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(s[at + static_cast<std::size_t>(i)]);
    return v;
}
void put16(std::string& s, std::size_t at, std::uint32_t v) {
    s[at] = static_cast<char>(v & 0xFF);
    s[at + 1] = static_cast<char>((v >> 8) & 0xFF);
}
void put32(std::string& s, std::size_t at, std::uint32_t v) {
    put16(s, at, v & 0xFFFF);
    put16(s, at + 2, v >> 16);
}

class BombTest : public ::testing::Test {
protected:
    TempDir m_tmp;
    DirectoryBlobStore m_store{m_tmp / "store"};
    Limits m_limits;
    void sh(const std::string& cmd) { ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd; }
    std::string dir() const { return m_tmp.path().string(); }
};

TEST_F(BombTest, EntryRatioCatchesABombAmongIncompressibleFiles) {
    // 12 MB of random bytes + one 30 MB run of zeros (deflates to ~30 KB):
    // total ratio ≈ 3.5, far under max_ratio; the zeros entry alone ≈ 1000.
    write_file(m_tmp / "scan.pdf", random_bytes(12 << 20, 1));
    sh("cd '" + dir() + "' && head -c 30000000 /dev/zero > zeros.txt && zip -q mixed.zip scan.pdf zeros.txt");
    fs::remove(m_tmp / "zeros.txt");

    Result r = unpack_archive(m_tmp / "mixed.zip", m_store, m_limits);  // defaults: 200 / 200
    ASSERT_EQ(r.entries.size(), 2u);
    EXPECT_TRUE(r.entries[0].sha256);  // the real document is kept
    EXPECT_FALSE(r.entries[0].refused);
    const Entry& bomb = r.entries[1];
    EXPECT_TRUE(bomb.refused);
    EXPECT_FALSE(bomb.sha256);
    EXPECT_TRUE(has_reason(bomb.reasons, ReasonCode::COMPRESSION_RATIO));
    EXPECT_TRUE(has_reason(r.reasons, ReasonCode::COMPRESSION_RATIO));
    EXPECT_LT(bomb.size, 2u << 20) << "stopped soon after the 1 MiB floor";
    EXPECT_TRUE(fs::is_empty(m_tmp / "store" / "tmp"));

    // The same archive with the per-entry guard lifted: the total ratio does not see it.
    m_limits.max_entry_ratio = 1e9;
    Result lifted = unpack_archive(m_tmp / "mixed.zip", m_store, m_limits);
    EXPECT_FALSE(any_reason(lifted, ReasonCode::COMPRESSION_RATIO));
    ASSERT_EQ(lifted.entries.size(), 2u);
    EXPECT_EQ(lifted.entries[1].size, 30000000u);
}

TEST_F(BombTest, EntryRatioIsConfigurable) {
    // Text that compresses well (a ~30 KB period: ratio in the tens) passes the default of 200 and fails 5.
    std::string text;
    for (int i = 0; text.size() < (3u << 20); ++i) text += "Dòng " + std::to_string(i % 997) + " báo cáo CCHC\n";
    write_file(m_tmp / "log.txt", text);
    sh("cd '" + dir() + "' && zip -q text.zip log.txt");
    EXPECT_FALSE(any_reason(unpack_archive(m_tmp / "text.zip", m_store, m_limits), ReasonCode::COMPRESSION_RATIO));
    m_limits.max_entry_ratio = 5;
    Result r = unpack_archive(m_tmp / "text.zip", m_store, m_limits);
    EXPECT_TRUE(has_reason(r.reasons, ReasonCode::COMPRESSION_RATIO));
}

TEST_F(BombTest, SolidSevenZipBlockIsJudgedAsOneGroup) {
    // Many small, well-compressible files in one solid block: later members
    // consume no input of their own; their group's ratio stays ordinary.
    fs::create_directories(m_tmp / "src");
    for (int i = 0; i < 40; ++i) {
        std::string t;
        for (int k = 0; t.size() < 60000; ++k) t += std::to_string(i) + "-" + std::to_string(k * 2654435761u % 1000003) + ";";
        write_file(m_tmp / "src" / ("f" + std::to_string(i) + ".csv"), t + random_bytes(20000, static_cast<unsigned>(i)));
    }
    sh("cd '" + dir() + "/src' && 7z a -bd -y -ms=on ../solid.7z . >/dev/null");
    Result r = unpack_archive(m_tmp / "solid.7z", m_store, m_limits);
    EXPECT_FALSE(any_reason(r, ReasonCode::COMPRESSION_RATIO));
    EXPECT_EQ(r.entries.size(), 40u);
    for (const auto& e : r.entries) EXPECT_TRUE(e.sha256) << e.path_in_archive;
}

TEST_F(BombTest, OverlappingEntriesBombStops) {
    // Fifield's quoted overlap (make_overlap_zip.py): 1,000 local headers whose deflate
    // data all run on into one shared 900 KB kernel — ~100 KB that inflate to ~900 MB.
    // Each entry stays under the 1 MiB floor of the per-entry judgement; the total ratio
    // (output / archive bytes) stops it.
    sh("/usr/bin/python3 '" KC_SOURCE_DIR "/tests/unit/unpack/make_overlap_zip.py' '" + dir() + "/overlap.zip' 1000 900000");
    Result r = unpack_archive(m_tmp / "overlap.zip", m_store, m_limits);
    EXPECT_TRUE(has_reason(r.reasons, ReasonCode::COMPRESSION_RATIO));
    EXPECT_LT(produced(r), 64ull << 20) << "the overlap was expanded far beyond the ratio";
    EXPECT_TRUE(fs::is_empty(m_tmp / "store" / "tmp"));

    // The simple variant — central-directory records repeating one offset — is collapsed
    // by libarchive into one entry: bounded as well.
    sh("cd '" + dir() + "' && head -c 900000 /dev/zero > k && zip -q one.zip k && rm k");
    std::string z = read_file(m_tmp / "one.zip");
    const std::size_t eocd = z.rfind(std::string("PK\x05\x06", 4));
    ASSERT_NE(eocd, std::string::npos);
    const std::uint32_t cd_size = le32(z, eocd + 12), cd_off = le32(z, eocd + 16);
    const std::string record = z.substr(cd_off, cd_size);
    const int copies = 2000;
    std::string out = z.substr(0, cd_off);
    for (int i = 0; i < copies; ++i) out += record;
    std::string tail = z.substr(eocd, 22);
    put16(tail, 8, copies);
    put16(tail, 10, copies);
    put32(tail, 12, static_cast<std::uint32_t>(record.size() * copies));
    put32(tail, 16, cd_off);
    out += tail;
    write_file(m_tmp / "repeat.zip", out);
    Result rep = unpack_archive(m_tmp / "repeat.zip", m_store, m_limits);
    EXPECT_LT(produced(rep), 2ull << 20);
}

TEST_F(BombTest, NestedBombStopsAtTheSharedBudget) {
    sh("cd '" + dir() + "' && head -c 20000000 /dev/zero > z.bin && zip -q inner.zip z.bin && rm z.bin");
    const std::string inner = read_file(m_tmp / "inner.zip");
    std::vector<ZipMember> members;
    for (int i = 0; i < 10; ++i) members.push_back({"part" + std::to_string(i) + ".zip", inner});
    write_file(m_tmp / "nested.zip", build_zip({{"outer.zip", build_zip(members)}}));

    Result r = unpack_archive(m_tmp / "nested.zip", m_store, m_limits);
    EXPECT_TRUE(has_reason(r.reasons, ReasonCode::COMPRESSION_RATIO));
    EXPECT_LT(produced(r), 8ull << 20);
    EXPECT_TRUE(fs::is_empty(m_tmp / "store" / "tmp"));
}

TEST_F(BombTest, TwentyThousandEntriesStopAtTheLimit) {
    std::vector<ZipMember> members;
    for (int i = 0; i < 20000; ++i) members.push_back({"d/" + std::to_string(i) + ".txt", std::to_string(i)});
    write_file(m_tmp / "many.zip", build_zip(members));
    Result r = unpack_archive(m_tmp / "many.zip", m_store, m_limits);  // default max_entries 5000
    EXPECT_TRUE(has_reason(r.reasons, ReasonCode::TOO_MANY_ENTRIES));
    EXPECT_EQ(r.entries.size(), 5000u);
}

TEST_F(BombTest, DuplicateNamesAreReported) {
    Result r = unpack_archive(
        [&] {
            auto p = m_tmp / "dup.zip";
            write_file(p, build_zip({{"TC 1/Báo cáo.pdf", "one", true},
                                     {"TC 1/Báo cáo.pdf", "two", true},
                                     {"TC 1/BÁO CÁO.pdf", "three", true},
                                     {"TC 1\\Ba\xCC\x81o ca\xCC\x81o.pdf", "four"},  // NFD + backslash: same name again
                                     {"TC 2/Báo cáo.pdf", "five", true}}));
            return p;
        }(),
        m_store, m_limits);
    ASSERT_EQ(r.entries.size(), 5u);
    EXPECT_FALSE(has_reason(r.entries[0].reasons, ReasonCode::DUPLICATE_NAME));
    EXPECT_TRUE(has_reason(r.entries[1].reasons, ReasonCode::DUPLICATE_NAME));
    EXPECT_TRUE(has_reason(r.entries[2].reasons, ReasonCode::DUPLICATE_NAME));
    EXPECT_TRUE(has_reason(r.entries[3].reasons, ReasonCode::DUPLICATE_NAME));
    EXPECT_FALSE(has_reason(r.entries[4].reasons, ReasonCode::DUPLICATE_NAME));
    for (const auto& e : r.entries) {
        EXPECT_TRUE(e.sha256) << "both copies are kept, by hash";
        EXPECT_FALSE(e.refused);
    }
    const Reason dup = make_reason(ReasonCode::DUPLICATE_NAME);
    EXPECT_NE(dup.vi.find("trùng tên"), std::string::npos);
    EXPECT_NE(dup.en.find("same name"), std::string::npos);
    bool case_detail = false;
    for (const auto& reason : r.entries[2].reasons) case_detail |= reason.detail.find("letter case") != std::string::npos;
    EXPECT_TRUE(case_detail);
}

TEST_F(BombTest, Cp437NamesWithTheConfiguredCodePage) {
    // "Ñandú.txt" as an old DOS zipper writes it (CP437, no UTF-8 flag).
    const std::string raw = "\xA5" "and\xA3.txt";
    auto p = m_tmp / "dos.zip";
    write_file(p, build_zip({{raw, "x"}}));
    Result as_1258 = unpack_archive(p, m_store, m_limits);  // default windows-1258: decoded, wrongly but safely
    ASSERT_EQ(as_1258.entries.size(), 1u);
    EXPECT_TRUE(has_reason(as_1258.entries[0].reasons, ReasonCode::NAME_ENCODING));
    EXPECT_EQ(as_1258.entries[0].raw_name_hex, "a5616e64a32e747874");
    Result as_437 = unpack_archive(p, m_store, m_limits, "ibm-437");
    ASSERT_EQ(as_437.entries.size(), 1u);
    EXPECT_EQ(as_437.entries[0].path_in_archive, "Ñandú.txt");
    EXPECT_EQ(as_437.entries[0].name_encoding, "ibm-437");
    EXPECT_TRUE(has_reason(as_437.entries[0].reasons, ReasonCode::NAME_ENCODING));
}

}  // namespace
}  // namespace kc::unpack
