#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "watch/inbox.h"

using namespace kc::watch;

namespace {
ListedItem file(const std::string& rel, std::uint64_t size = 10, std::int64_t mtime = 100) {
    return {rel, false, false, size, mtime};
}
ListedItem dir(const std::string& rel, std::int64_t mtime = 100) { return {rel, true, false, 0, mtime}; }

std::vector<std::string> rels(const std::vector<Candidate>& cs) {
    std::vector<std::string> out;
    for (const auto& c : cs) out.push_back(c.rel + (c.folder ? "/" : ""));
    return out;
}
}  // namespace

TEST(Inbox, UnitIsTheFirstComponentHoweverDeep) {
    EXPECT_EQ(unit_folder_of("phong-noi-vu/2022/quy1/x.zip"), "phong-noi-vu");
    EXPECT_EQ(unit_folder_of("phong-noi-vu/x.zip"), "phong-noi-vu");
    EXPECT_EQ(unit_folder_of("x.zip"), "");
}

TEST(Inbox, NestedArchiveIsItsOwnDropOfTheFirstFolder) {
    auto cs = plan_drops({dir("phong-noi-vu"), dir("phong-noi-vu/2022"), dir("phong-noi-vu/2022/quy1"),
                          file("phong-noi-vu/2022/quy1/x.zip")});
    ASSERT_EQ(cs.size(), 1u);
    EXPECT_EQ(cs[0].rel, "phong-noi-vu/2022/quy1/x.zip");
    EXPECT_EQ(cs[0].unit_folder, "phong-noi-vu");
    EXPECT_FALSE(cs[0].folder);
}

TEST(Inbox, IgnoredNamesAnywhereAreNotDrops) {
    auto cs = plan_drops({dir("u"), file("u/a.zip.part"), file("u/~$bao-cao.docx"), file("u/x.tmp"),
                          file("u/Thumbs.db"), file("u/desktop.ini"), file("u/.DS_Store"), file("u/.~lock.a.odt#"),
                          dir("u/.git"), file("u/.git/config"), dir("u/2022"), file("u/2022/b.zip.crdownload"),
                          file("u/ok.zip")});
    EXPECT_EQ(rels(cs), std::vector<std::string>{"u/ok.zip"});
}

TEST(Inbox, SymlinksAreNeverDrops) {
    auto cs = plan_drops({dir("u"), {"u/link.zip", false, true, 10, 100}});
    EXPECT_TRUE(cs.empty());
}

TEST(Inbox, FolderHoldingDocumentsIsOneDropTakenWhole) {
    auto cs = plan_drops({dir("u"), dir("u/ho-so-2022"), file("u/ho-so-2022/qd.pdf", 5, 90),
                          dir("u/ho-so-2022/phu-luc"), file("u/ho-so-2022/phu-luc/bang.xlsx", 7, 120),
                          file("u/ho-so-2022/kem.zip", 3, 80)});
    ASSERT_EQ(cs.size(), 1u);
    EXPECT_TRUE(cs[0].folder);
    EXPECT_EQ(cs[0].rel, "u/ho-so-2022");
    EXPECT_EQ(cs[0].signature.size, 15u);
    EXPECT_EQ(cs[0].signature.mtime, 120);
    EXPECT_EQ(cs[0].files.size(), 3u);
}

TEST(Inbox, FolderFingerprintSeesRenamesInside) {
    auto a = plan_drops({dir("u"), dir("u/f"), file("u/f/a.pdf")});
    auto b = plan_drops({dir("u"), dir("u/f"), file("u/f/b.pdf")});
    ASSERT_EQ(a.size(), 1u);
    ASSERT_EQ(b.size(), 1u);
    EXPECT_NE(a[0].signature.fingerprint, b[0].signature.fingerprint);
}

TEST(Inbox, OrganisingFoldersOnlyHoldArchives) {
    auto cs = plan_drops({dir("u"), dir("u/2022"), file("u/2022/a.zip"), dir("u/2022/q2"), file("u/2022/q2/b.7z"),
                          dir("u/2022/q2/scan"), file("u/2022/q2/scan/p1.jpg"), file("u/loose.pdf")});
    EXPECT_EQ(rels(cs), (std::vector<std::string>{"u/2022/a.zip", "u/2022/q2/b.7z", "u/2022/q2/scan/", "u/loose.pdf"}));
}

TEST(Inbox, FilesDirectlyInTheInboxHaveNoUnit) {
    auto cs = plan_drops({file("lac-cho.zip")});
    ASSERT_EQ(cs.size(), 1u);
    EXPECT_EQ(cs[0].unit_folder, "");
}

TEST(Inbox, ArchiveNames) {
    EXPECT_TRUE(is_archive_name("A.ZIP"));
    EXPECT_TRUE(is_archive_name("x.tar.gz"));
    EXPECT_TRUE(is_archive_name("x.rar"));
    EXPECT_FALSE(is_archive_name("x.docx"));
    EXPECT_FALSE(is_archive_name("zip"));
}

TEST(Inbox, ArrivalIsTheCtimeNotTheMtime) {
    // b.zip was copied with its source's old mtime (SMB, cp -p) but landed last.
    ListedItem a = file("phong-noi-vu/a.zip", 10, 500), b = file("phong-noi-vu/b.zip", 10, 100);
    a.ctime_ns = 1'000'000'000'100;
    b.ctime_ns = 1'000'000'000'900;
    ListedItem inner = file("phong-noi-vu/ho-so/TC1/x.pdf", 5, 50), inner2 = file("phong-noi-vu/ho-so/y.pdf", 5, 60);
    inner.ctime_ns = 7;
    inner2.ctime_ns = 1'000'000'000'500;
    auto cs = plan_drops({dir("phong-noi-vu"), a, b, dir("phong-noi-vu/ho-so"), dir("phong-noi-vu/ho-so/TC1"), inner, inner2});
    ASSERT_EQ(cs.size(), 3u);
    EXPECT_EQ(cs[0].arrival_ns, a.ctime_ns);
    EXPECT_EQ(cs[1].arrival_ns, b.ctime_ns);
    EXPECT_EQ(cs[2].rel, "phong-noi-vu/ho-so");
    EXPECT_EQ(cs[2].arrival_ns, inner2.ctime_ns) << "a folder arrives with its last file";
}

TEST(Inbox, ListingReadsTheCtime) {
    namespace fs = std::filesystem;
    fs::path root = fs::temp_directory_path() / ("kc-inbox-" + std::to_string(::getpid()));
    fs::create_directories(root / "u");
    std::ofstream(root / "u" / "first.zip") << "1";
    std::ofstream(root / "u" / "second.zip") << "2";
    auto listing = list_inbox(root);
    std::int64_t first = 0, second = 0;
    for (const auto& i : listing) {
        if (i.rel == "u/first.zip") first = i.ctime_ns;
        if (i.rel == "u/second.zip") second = i.ctime_ns;
    }
    fs::remove_all(root);
    EXPECT_GT(first, 0);
    EXPECT_GE(second, first);
}
