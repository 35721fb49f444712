// unpack_archive / unpack_folder over real archives built at test time.
#include "unpack/unpack.h"

#include <sys/stat.h>

#include <cstdlib>
#include <gtest/gtest.h>

#include "core/model_json.h"
#include "temp_dir.h"
#include "zip_builder.h"

namespace kc::unpack {
namespace {

using testing::build_zip;
using testing::read_file;
using testing::TempDir;
using testing::write_file;
using testing::ZipMember;

class UnpackTest : public ::testing::Test {
protected:
    TempDir m_tmp;
    DirectoryBlobStore m_store{m_tmp / "store"};
    Limits m_limits;

    std::filesystem::path zip(const std::string& name, const std::vector<ZipMember>& members) {
        auto p = m_tmp / name;
        write_file(p, build_zip(members));
        return p;
    }
    void sh(const std::string& cmd) { ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd; }
    std::string blob(const Entry& e) { return read_file(m_store.path_of(*e.sha256)); }
};

const Entry* find(const Result& r, const std::string& path) {
    for (const auto& e : r.entries)
        if (e.path_in_archive == path) return &e;
    return nullptr;
}

TEST_F(UnpackTest, VietnameseUtf8Names) {
    auto p = zip("a.zip", {{"TC 1.1/B\xC3\xA1o c\xC3\xA1o.pdf", "%PDF-1", true},
                           {"Ke\xCC\x82\xCC\x81 hoa\xCC\xA3" "ch.pdf", "%PDF-2"},  // NFD, no flag (macOS)
                           {"TC 1.1/", "", true, 040755}});
    Result r = unpack_archive(p, m_store, m_limits);
    EXPECT_EQ(r.format, "zip");
    EXPECT_FALSE(r.damaged);
    ASSERT_EQ(r.entries.size(), 2u);  // the directory is not an entry
    EXPECT_EQ(r.entries[0].path_in_archive, "TC 1.1/Báo cáo.pdf");
    EXPECT_EQ(r.entries[0].name_encoding, "utf8");
    EXPECT_EQ(r.entries[1].path_in_archive, "Kế hoạch.pdf");
    EXPECT_EQ(blob(r.entries[0]), "%PDF-1");
    EXPECT_EQ(r.entries[0].size, 6u);
    EXPECT_FALSE(has_reason(r.entries[0].reasons, ReasonCode::NAME_ENCODING));
    EXPECT_TRUE(r.reasons.empty());
}

TEST_F(UnpackTest, Windows1258NamesAreDecodedAndNormalised) {
    auto p = zip("cp.zip", {{"B\xE1o c\xE1o/K\xEA\xEC hoa\xF2" "ch 2022.pdf", "x"}});
    Result r = unpack_archive(p, m_store, m_limits);
    ASSERT_EQ(r.entries.size(), 1u);
    const Entry& e = r.entries[0];
    EXPECT_EQ(e.path_in_archive, "Báo cáo/Kế hoạch 2022.pdf");
    EXPECT_EQ(e.name_encoding, "windows-1258");
    EXPECT_EQ(e.raw_name_hex, "42e16f2063e16f2f4beaec20686f61f2636820323032322e706466");
    EXPECT_TRUE(has_reason(e.reasons, ReasonCode::NAME_ENCODING));
    EXPECT_FALSE(e.refused);
    EXPECT_TRUE(e.sha256);
}

TEST_F(UnpackTest, UnsafeNamesAreRefusedAndTheRestKept) {
    struct Case {
        std::string name;
        bool refused;
    };
    const Case cases[] = {{"../../etc/x", true}, {"/abs", true},          {"C:\\win.ini", true},
                          {"a\\..\\..\\b", true}, {"ok/./good.pdf", false}};
    std::vector<ZipMember> members;
    for (const auto& c : cases) members.push_back({c.name, "data"});
    Result r = unpack_archive(zip("slip.zip", members), m_store, m_limits);
    ASSERT_EQ(r.entries.size(), std::size(cases));
    for (std::size_t i = 0; i < std::size(cases); ++i) {
        SCOPED_TRACE(cases[i].name);
        EXPECT_EQ(r.entries[i].refused, cases[i].refused);
        EXPECT_EQ(has_reason(r.entries[i].reasons, ReasonCode::UNSAFE_PATH), cases[i].refused);
        EXPECT_EQ(r.entries[i].sha256.has_value(), !cases[i].refused);
    }
    EXPECT_EQ(r.entries.back().path_in_archive, "ok/good.pdf");
    EXPECT_FALSE(std::filesystem::exists(m_tmp / "etc"));
}

TEST_F(UnpackTest, SymlinkEntryIsRefused) {
    Result r = unpack_archive(zip("link.zip", {{"passwd", "/etc/passwd", false, 0120777}, {"a.pdf", "x"}}),
                              m_store, m_limits);
    ASSERT_EQ(r.entries.size(), 2u);
    EXPECT_TRUE(r.entries[0].refused);
    EXPECT_TRUE(has_reason(r.entries[0].reasons, ReasonCode::SYMLINK_ENTRY));
    EXPECT_FALSE(r.entries[0].sha256);
    EXPECT_FALSE(r.entries[1].refused);
}

TEST_F(UnpackTest, EncryptedEntryIsRefused) {
    write_file(m_tmp / "secret.pdf", "%PDF secret");
    write_file(m_tmp / "open.pdf", "%PDF open");
    sh("cd '" + m_tmp.path().string() + "' && zip -q -P 12345678 enc.zip secret.pdf && zip -q enc.zip open.pdf");
    Result r = unpack_archive(m_tmp / "enc.zip", m_store, m_limits);
    ASSERT_EQ(r.entries.size(), 2u);
    EXPECT_TRUE(r.entries[0].refused);
    EXPECT_TRUE(has_reason(r.entries[0].reasons, ReasonCode::ENCRYPTED_ENTRY));
    EXPECT_FALSE(r.entries[0].sha256);
    EXPECT_EQ(blob(r.entries[1]), "%PDF open");
}

TEST_F(UnpackTest, CompressionBombStopsEarly) {
    // 20 MB of zeros deflate to ~20 KB: ratio ~1000 and over the small total below.
    sh("cd '" + m_tmp.path().string() + "' && head -c 20000000 /dev/zero > zeros.bin && cp zeros.bin zeros2.bin && zip -q bomb.zip zeros.bin zeros2.bin"
       " && rm zeros.bin zeros2.bin");
    struct Case {
        const char* label;
        std::uint64_t max_total;
        double max_ratio;
        std::uint64_t max_entry;
        ReasonCode expected;
        bool archive_level;
    };
    const Case cases[] = {
        {"ratio", 1ull << 40, 200.0, 1ull << 40, ReasonCode::COMPRESSION_RATIO, true},
        {"total", 4ull << 20, 1e9, 1ull << 40, ReasonCode::TOO_LARGE, true},
        {"entry", 1ull << 40, 1e9, 1ull << 20, ReasonCode::TOO_LARGE, false},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.label);
        Limits limits;
        limits.max_total_bytes = c.max_total;
        limits.max_ratio = c.max_ratio;
        limits.max_entry_ratio = c.max_ratio;  // one entry here: the per-entry ratio guard (bomb_test.cpp) judges alike
        limits.max_entry_bytes = c.max_entry;
        Result r = unpack_archive(m_tmp / "bomb.zip", m_store, limits);
        ASSERT_FALSE(r.entries.empty());
        EXPECT_TRUE(r.entries[0].refused);
        EXPECT_FALSE(r.entries[0].sha256);
        EXPECT_TRUE(has_reason(r.entries[0].reasons, c.expected));
        EXPECT_EQ(has_reason(r.reasons, c.expected), c.archive_level);
        EXPECT_LT(r.entries[0].size, 20000000u);
        if (!c.archive_level) {
            EXPECT_EQ(r.entries.size(), 2u);  // per-entry refusal goes on
        }
    }
    // no half blob left behind
    EXPECT_TRUE(std::filesystem::is_empty(m_tmp / "store" / "tmp"));
}

TEST_F(UnpackTest, TooManyEntriesStops) {
    std::vector<ZipMember> members;
    for (int i = 0; i < 20; ++i) members.push_back({"f" + std::to_string(i) + ".pdf", "x" + std::to_string(i)});
    m_limits.max_entries = 5;
    Result r = unpack_archive(zip("many.zip", members), m_store, m_limits);
    EXPECT_EQ(r.entries.size(), 5u);
    EXPECT_TRUE(has_reason(r.reasons, ReasonCode::TOO_MANY_ENTRIES));
}

std::string nest(int levels, const std::string& leaf) {
    std::string bytes = build_zip({{"doc.pdf", leaf}});
    for (int i = levels; i >= 1; --i) bytes = build_zip({{"l" + std::to_string(i) + ".zip", bytes}});
    return bytes;
}

TEST_F(UnpackTest, NestedArchivesUpToTheDepthLimit) {
    struct Case {
        int inner_levels;  // archives inside the dropped one
        bool reaches_doc;
    };
    for (Case c : {Case{2, true}, Case{3, true}, Case{4, false}}) {
        SCOPED_TRACE(c.inner_levels);
        auto p = m_tmp / "nest.zip";
        write_file(p, nest(c.inner_levels, "%PDF deep"));
        Result r = unpack_archive(p, m_store, m_limits);  // max_depth 3
        std::string path;
        for (int i = 1; i <= c.inner_levels; ++i) path += "l" + std::to_string(i) + ".zip/";
        const Entry* doc = find(r, path + "doc.pdf");
        EXPECT_EQ(doc != nullptr, c.reaches_doc);
        if (doc) {
            EXPECT_EQ(blob(*doc), "%PDF deep");
        }
        EXPECT_TRUE(r.entries[0].container);
        EXPECT_EQ(r.entries[0].path_in_archive, "l1.zip");
        if (!c.reaches_doc) {
            const Entry& deepest = r.entries.back();
            EXPECT_TRUE(deepest.refused);
            EXPECT_TRUE(has_reason(deepest.reasons, ReasonCode::NESTING_TOO_DEEP));
            EXPECT_EQ(deepest.path_in_archive, "l1.zip/l2.zip/l3.zip/l4.zip");
        }
    }
}

TEST_F(UnpackTest, OfficeDocumentsAreNotOpenedAsArchives) {
    std::string docx = build_zip({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", "<w/>"}});
    Result r = unpack_archive(zip("d.zip", {{"bao cao.docx", docx}, {"renamed.bin", docx}}), m_store, m_limits);
    ASSERT_EQ(r.entries.size(), 2u);
    EXPECT_FALSE(r.entries[0].container);
    EXPECT_FALSE(r.entries[1].container);
    EXPECT_TRUE(r.entries[1].sha256);
}

TEST_F(UnpackTest, TruncatedZipKeepsEarlierEntries) {
    std::string bytes = build_zip({{"a.pdf", "first"}, {"b.pdf", "second"}, {"c.pdf", std::string(20000, 'c')}});
    write_file(m_tmp / "cut.zip", bytes.substr(0, bytes.find("ccccc") + 5000));
    Result r = unpack_archive(m_tmp / "cut.zip", m_store, m_limits);
    EXPECT_TRUE(r.damaged);
    EXPECT_TRUE(has_reason(r.reasons, ReasonCode::ARCHIVE_DAMAGED));
    ASSERT_GE(r.entries.size(), 2u);
    EXPECT_EQ(blob(r.entries[0]), "first");
    EXPECT_EQ(blob(r.entries[1]), "second");
    if (r.entries.size() > 2) {
        EXPECT_FALSE(r.entries[2].sha256);
    }
}

TEST_F(UnpackTest, GarbageAndEmptyInputs) {
    write_file(m_tmp / "garbage.zip", std::string(3000, '\x42'));
    Result g = unpack_archive(m_tmp / "garbage.zip", m_store, m_limits);
    EXPECT_TRUE(g.damaged);
    EXPECT_TRUE(has_reason(g.reasons, ReasonCode::ARCHIVE_DAMAGED));

    write_file(m_tmp / "empty.zip", build_zip({}));
    Result e = unpack_archive(m_tmp / "empty.zip", m_store, m_limits);
    EXPECT_FALSE(e.damaged);
    EXPECT_TRUE(e.entries.empty());
    EXPECT_TRUE(has_reason(e.reasons, ReasonCode::EMPTY_SUBMISSION));

    write_file(m_tmp / "zero.zip", "");
    Result z = unpack_archive(m_tmp / "zero.zip", m_store, m_limits);
    EXPECT_TRUE(has_reason(z.reasons, ReasonCode::EMPTY_SUBMISSION));
}

TEST_F(UnpackTest, SystemFilesAreIgnored) {
    Result r = unpack_archive(zip("sys.zip", {{"Thumbs.db", "x"}, {"__MACOSX/._a.pdf", "y"}, {"a.pdf", "z"}}),
                              m_store, m_limits);
    ASSERT_EQ(r.entries.size(), 3u);
    EXPECT_TRUE(r.entries[0].ignored);
    EXPECT_TRUE(r.entries[1].ignored);
    EXPECT_FALSE(r.entries[0].sha256);
    EXPECT_TRUE(has_reason(r.entries[0].reasons, ReasonCode::IGNORED_SYSTEM_FILE));
    EXPECT_FALSE(r.entries[2].ignored);
}

TEST_F(UnpackTest, OtherFormats) {
    const auto dir = m_tmp.path().string();
    sh("mkdir -p '" + dir + "/src/TC 2.1' && printf '%%PDF-7' > '" + dir + "/src/TC 2.1/Quyết định.pdf'");
    sh("cd '" + dir + "/src' && 7z a -bd -y ../a.7z . >/dev/null && tar czf ../a.tar.gz .");
    struct Case {
        const char* file;
        const char* format;
    };
    for (Case c : {Case{"a.7z", "7z"}, Case{"a.tar.gz", "tar.gz"}}) {
        SCOPED_TRACE(c.file);
        Result r = unpack_archive(m_tmp / c.file, m_store, m_limits);
        EXPECT_EQ(r.format, c.format);
        EXPECT_FALSE(r.damaged);
        const Entry* e = find(r, "TC 2.1/Quyết định.pdf");
        ASSERT_NE(e, nullptr);
        EXPECT_EQ(blob(*e), "%PDF-7");
    }
}

TEST_F(UnpackTest, FolderWithNestedZipAndSymlink) {
    auto dir = m_tmp / "drop";
    std::filesystem::create_directories(dir / "TC 3.1");
    write_file(dir / "TC 3.1" / "Báo cáo.pdf", "%PDF-f");
    write_file(dir / "inner.zip", build_zip({{"x/doc.pdf", "%PDF-n"}}));
    write_file(dir / "desktop.ini", "[x]");
    std::filesystem::create_symlink("/etc/passwd", dir / "passwd.pdf");
    std::filesystem::create_directory_symlink("/etc", dir / "etc");
    ASSERT_EQ(::mkfifo((dir / "pipe").c_str(), 0600), 0);
    Result r = unpack_folder(dir, m_store, m_limits);
    EXPECT_EQ(r.format, "folder");
    EXPECT_FALSE(r.damaged);
    const Entry* pdf = find(r, "TC 3.1/Báo cáo.pdf");
    ASSERT_NE(pdf, nullptr);
    EXPECT_EQ(blob(*pdf), "%PDF-f");
    const Entry* inner = find(r, "inner.zip");
    ASSERT_NE(inner, nullptr);
    EXPECT_TRUE(inner->container);
    const Entry* nested = find(r, "inner.zip/x/doc.pdf");
    ASSERT_NE(nested, nullptr);
    EXPECT_EQ(blob(*nested), "%PDF-n");
    for (const char* link : {"passwd.pdf", "etc", "pipe"}) {
        SCOPED_TRACE(link);
        const Entry* e = find(r, link);
        ASSERT_NE(e, nullptr);
        EXPECT_TRUE(e->refused);
        EXPECT_TRUE(has_reason(e->reasons, ReasonCode::SYMLINK_ENTRY));
        EXPECT_FALSE(e->sha256);
    }
    EXPECT_TRUE(find(r, "desktop.ini")->ignored);
}

TEST_F(UnpackTest, JsonRoundTrip) {
    Result r = unpack_archive(zip("j.zip", {{"B\xE1o.pdf", "x"}, {"../x", "y"}}), m_store, m_limits);
    Result back = result_from_json(kc::json::parse_object(kc::json::stringify(to_json(r))));
    EXPECT_EQ(back.format, r.format);
    EXPECT_EQ(back.damaged, r.damaged);
    ASSERT_EQ(back.entries.size(), r.entries.size());
    for (std::size_t i = 0; i < r.entries.size(); ++i) {
        EXPECT_EQ(back.entries[i].path_in_archive, r.entries[i].path_in_archive);
        EXPECT_EQ(back.entries[i].raw_name_hex, r.entries[i].raw_name_hex);
        EXPECT_EQ(back.entries[i].name_encoding, r.entries[i].name_encoding);
        EXPECT_EQ(back.entries[i].sha256, r.entries[i].sha256);
        EXPECT_EQ(back.entries[i].size, r.entries[i].size);
        EXPECT_EQ(back.entries[i].refused, r.entries[i].refused);
        EXPECT_EQ(back.entries[i].reasons.size(), r.entries[i].reasons.size());
    }
}

TEST_F(UnpackTest, SameInputSameResult) {
    auto p = zip("i.zip", {{"a.pdf", "1"}, {"b.pdf", "2"}});
    auto a = kc::json::stringify(to_json(unpack_archive(p, m_store, m_limits)));
    auto b = kc::json::stringify(to_json(unpack_archive(p, m_store, m_limits)));
    EXPECT_EQ(a, b);
}

}  // namespace
}  // namespace kc::unpack
