#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "watch/probe.h"

using namespace kc::watch;

namespace {

std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string sample_zip() {
    return read_all(std::string(KC_SOURCE_DIR) + "/sample_evidence/phong-noi-vu/nop-lan-1-2022-01-04.zip");
}

ProbeResult probe(const std::string& name, const std::string& bytes) {
    ReadAt read_at = [&](std::uint64_t off, std::size_t n) {
        return off >= bytes.size() ? std::string() : bytes.substr(off, n);
    };
    return probe_bytes(name, bytes.size(), read_at);
}

}  // namespace

TEST(ProbeZip, CompleteSampleZipPasses) {
    auto zip = sample_zip();
    ASSERT_GT(zip.size(), 1000u);
    auto r = probe("a.zip", zip);
    EXPECT_TRUE(r.complete) << r.why;
}

TEST(ProbeZip, EveryTruncationFails) {
    auto zip = sample_zip();
    for (std::size_t cut : {zip.size() - 1, zip.size() - 10, zip.size() - 22, zip.size() / 2, std::size_t(30), std::size_t(0)}) {
        auto r = probe("a.zip", zip.substr(0, cut));
        EXPECT_FALSE(r.complete) << "cut at " << cut;
    }
}

TEST(ProbeZip, GarbageAppendedAfterTheEndRecordFails) {
    auto r = probe("a.zip", sample_zip() + std::string(100, 'x'));  // still being appended
    EXPECT_FALSE(r.complete);
}

TEST(ProbeZip, PreSizedZerosFail) {
    auto r = probe("a.zip", std::string(1 << 20, '\0'));
    EXPECT_FALSE(r.complete);
}

TEST(ProbeZip, EndRecordPointingOutsideFails) {
    auto zip = sample_zip();
    auto eocd = zip.rfind(std::string("PK\x05\x06", 4));
    ASSERT_NE(eocd, std::string::npos);
    zip[eocd + 16] = '\xFF';  // central directory offset beyond the file
    zip[eocd + 19] = '\x7F';
    EXPECT_FALSE(probe("a.zip", zip).complete);
}

TEST(ProbeZip, ZipFamilyByExtensionAndMagic) {
    EXPECT_EQ(probe_kind("bao-cao.docx", "\0\0"), ProbeKind::zip);
    EXPECT_EQ(probe_kind("x.bin", "PK\x03\x04"), ProbeKind::zip);
    EXPECT_EQ(probe_kind("QD.PDF", "\0\0"), ProbeKind::pdf);
    EXPECT_EQ(probe_kind("a.doc", "%PDF-1.7"), ProbeKind::pdf);
    EXPECT_EQ(probe_kind("a.doc", "\xD0\xCF"), ProbeKind::other);
}

TEST(ProbePdf, EofMarkerInTheLastKiB) {
    std::string pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
    EXPECT_TRUE(probe("a.pdf", pdf).complete);
    EXPECT_TRUE(probe("a.pdf", pdf + std::string(500, ' ')).complete);  // trailing whitespace within 1 KiB
}

TEST(ProbePdf, NoEofOrTooFarFromTheEndFails) {
    std::string body = "%PDF-1.4\n1 0 obj<<>>endobj\n";
    EXPECT_FALSE(probe("a.pdf", body).complete);
    EXPECT_FALSE(probe("a.pdf", body + "%%EOF\n" + std::string(2000, 'x')).complete);  // an update being appended
    EXPECT_FALSE(probe("a.pdf", std::string(4096, '\0')).complete);                     // pre-sized
}

TEST(ProbeOther, UnchangedIsEnoughUnlessOnlyZeros) {
    EXPECT_TRUE(probe("a.doc", std::string("\xD0\xCF\x11\xE0", 4) + std::string(5000, '\0')).complete);
    EXPECT_TRUE(probe("empty.txt", "").complete);
    EXPECT_FALSE(probe("a.doc", std::string(5000, '\0')).complete);
    std::string sparse(8192, '\0');
    sparse[4000] = 'x';  // written in the middle only: still treated as pre-sized (both ends zero)
    EXPECT_FALSE(probe("a.doc", sparse).complete);
}
