#include "signature/incremental_updates.h"

#include <gtest/gtest.h>

#include "test_pdfs.h"

namespace kc::signature {
namespace {

using testing::append_update;
using testing::minimal_pdf;

// minimal_pdf(): 1 catalog, 2 pages, 3 page, 4 content stream, 5 font.
const std::string k_page =
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
    "/Resources << /Font << /F1 5 0 R >> >>";

std::string stream(const std::string& data) {
    return "<< /Length " + std::to_string(data.size()) + " >>\nstream\n" + data + "\nendstream";
}

struct UpdateCase {
    const char* name;
    std::vector<std::pair<int, std::string>> objects;
    std::string extra_trailer;
    bool modified;
    const char* mentions;  // a substring of some change, or ""
};

const UpdateCase k_cases[] = {
    {"annotation_added",
     {{6, "<< /Type /Annot /Subtype /Text /Rect [10 10 30 30] /Contents (note) /P 3 0 R >>"},
      {3, k_page + " /Annots [6 0 R] >>"}},
     "", false, "annotation added"},
    {"content_stream_replaced", {{4, stream("BT /F1 12 Tf 72 720 Td (Forged) Tj ET")}}, "", true,
     "page content or resources changed (obj 4)"},
    {"page_points_to_new_content",
     {{6, stream("BT /F1 12 Tf 72 720 Td (Forged) Tj ET")},
      {3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 6 0 R "
          "/Resources << /Font << /F1 5 0 R >> >> >>"}},
     "", true, "page dictionary /Contents changed"},
    {"page_added",
     {{6, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"},
      {2, "<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>"}},
     "", true, "page tree changed"},
    {"font_resource_changed", {{5, "<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>"}}, "", true,
     "page content or resources changed (obj 5)"},
    {"catalog_open_action_added", {{1, "<< /Type /Catalog /Pages 2 0 R /OpenAction [3 0 R /Fit] >>"}}, "",
     true, "catalog /OpenAction changed"},
    {"catalog_metadata_added",
     {{6, "<< /Type /Metadata /Subtype /XML /Length 3 >>\nstream\nxmp\nendstream"},
      {1, "<< /Type /Catalog /Pages 2 0 R /Metadata 6 0 R >>"}},
     "", false, "catalog /Metadata changed"},
    {"identical_rewrite_is_no_change", {{5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"}}, "",
     false, ""},
    {"new_trailer_entry", {{6, "<< /Foo 1 >>"}}, " /Sneaky 6 0 R", true, "trailer /Sneaky changed"},
};

class UpdateTable : public ::testing::TestWithParam<UpdateCase> {};

TEST_P(UpdateTable, Classify) {
    const auto& c = GetParam();
    const auto base = minimal_pdf();
    const auto pdf = append_update(base, c.objects, c.extra_trailer);
    const auto r = analyse_later_updates(pdf, static_cast<std::int64_t>(base.size()));
    std::string all;
    for (const auto& x : r.changes) all += x + "; ";
    EXPECT_EQ(r.modified(), c.modified) << all;
    if (*c.mentions) {
        EXPECT_NE(all.find(c.mentions), std::string::npos) << all;
    }
}

INSTANTIATE_TEST_SUITE_P(Cases, UpdateTable, ::testing::ValuesIn(k_cases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(IncrementalUpdates, UnreadableSignedRevisionIsModified) {
    const std::string junk = "not a pdf %%EOF\n";
    const auto r = analyse_later_updates(junk + "more junk", static_cast<std::int64_t>(junk.size()));
    EXPECT_TRUE(r.modified());
}

}  // namespace
}  // namespace kc::signature
