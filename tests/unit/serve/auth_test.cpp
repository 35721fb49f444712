// serve/auth.h: the authorization matrix, role × action × own/other unit × personnel.
#include <gtest/gtest.h>

#include "serve/auth.h"

using namespace kc::serve;

namespace {
const Principal reviewer{"Trần Thị B", Role::reviewer, ""};
const Principal clerk{"Văn thư Nội vụ", Role::clerk, "phong-noi-vu"};
const Principal unitless{"Không đơn vị", Role::clerk, ""};
}  // namespace

struct Case {
    const char* name;
    const Principal* who;
    Action what;
    const char* unit;
    bool personnel;
    Access expected;
};

TEST(Authorize, Matrix) {
    const Case cases[] = {
        {"reviewer overview", &reviewer, Action::view_assessed, "", false, Access::allow},
        {"reviewer other unit page", &reviewer, Action::view_unit, "phong-tu-phap", false, Access::allow},
        {"reviewer personnel text", &reviewer, Action::view_document_text, "phong-tu-phap", true, Access::allow},
        {"reviewer personnel download", &reviewer, Action::download_document, "phong-noi-vu", true, Access::allow},
        {"clerk overview", &clerk, Action::view_assessed, "", false, Access::forbid},
        {"clerk own unit page", &clerk, Action::view_unit, "phong-noi-vu", false, Access::allow},
        {"clerk other unit page", &clerk, Action::view_unit, "phong-tu-phap", false, Access::forbid},
        {"clerk own submission", &clerk, Action::view_submission, "phong-noi-vu", false, Access::allow},
        {"clerk other submission", &clerk, Action::view_submission, "phong-tu-phap", false, Access::not_found},
        {"clerk own document", &clerk, Action::view_document, "phong-noi-vu", false, Access::allow},
        {"clerk other document", &clerk, Action::view_document, "phong-tu-phap", false, Access::not_found},
        {"clerk own text", &clerk, Action::view_document_text, "phong-noi-vu", false, Access::allow},
        {"clerk other text", &clerk, Action::view_document_text, "xa-quang-thanh", false, Access::not_found},
        {"clerk own personnel text", &clerk, Action::view_document_text, "phong-noi-vu", true, Access::forbid},
        {"clerk own download", &clerk, Action::download_document, "phong-noi-vu", false, Access::allow},
        {"clerk own personnel download", &clerk, Action::download_document, "phong-noi-vu", true, Access::forbid},
        {"clerk other download", &clerk, Action::download_document, "phong-tu-phap", false, Access::not_found},
        {"clerk other personnel download", &clerk, Action::download_document, "phong-tu-phap", true, Access::not_found},
        {"clerk own personnel header", &clerk, Action::view_document, "phong-noi-vu", true, Access::allow},
        {"unitless clerk own empty unit", &unitless, Action::view_unit, "", false, Access::forbid},
        {"unitless clerk document", &unitless, Action::view_document, "", false, Access::forbid},
    };
    for (const auto& c : cases)
        EXPECT_EQ(authorize(*c.who, c.what, c.unit, c.personnel), c.expected) << c.name;
}

TEST(Authorize, PersonnelDocumentsByFoldedSubject) {
    kc::Document d;
    d.header.subject = "Về việc BỔ NHIỆM cán bộ";
    EXPECT_TRUE(is_personnel(d));
    d.header.subject = "Kế hoạch cải cách hành chính năm 2022";
    EXPECT_FALSE(is_personnel(d));
    d.path_in_archive = "Ho so/QD ky luat.pdf";
    EXPECT_TRUE(is_personnel(d));
}

TEST(Authorize, Roles) {
    EXPECT_EQ(parse_role("reviewer"), Role::reviewer);
    EXPECT_EQ(parse_role("clerk"), Role::clerk);
    EXPECT_FALSE(parse_role("admin"));
    EXPECT_FALSE(parse_role("Reviewer"));
}
