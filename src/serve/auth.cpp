#include "serve/auth.h"

#include "util/text.h"

namespace kc::serve {

Access authorize(const Principal& who, Action what, const std::string& resource_unit, bool personnel) {
    if (who.role == Role::reviewer) return Access::allow;
    if (who.unit.empty()) return Access::forbid;  // a clerk without a unit sees nothing
    switch (what) {
    case Action::view_assessed:
        return Access::forbid;
    case Action::view_unit:
        return resource_unit == who.unit ? Access::allow : Access::forbid;
    case Action::view_submission:
    case Action::view_document:
        return resource_unit == who.unit ? Access::allow : Access::not_found;
    case Action::view_document_text:
    case Action::download_document:
        if (resource_unit != who.unit) return Access::not_found;
        return personnel ? Access::forbid : Access::allow;
    }
    return Access::forbid;
}

bool is_personnel(const Document& d) {
    static const char* const k_words[] = {
        "bo nhiem", "mien nhiem", "ky luat", "nhan su", "tuyen dung", "nang luong", "nang bac luong",
        "thoi viec", "nghi huu", "dieu dong", "luan chuyen", "ho so can bo", "ho so cong chuc",
        "danh gia, xep loai can bo", "xep loai cong chuc", "khen thuong ca nhan",
    };
    std::string hay = text::fold(d.header.subject + " | " + d.path_in_archive);
    for (const char* w : k_words)
        if (hay.find(w) != std::string::npos) return true;
    return false;
}

std::optional<Role> parse_role(const std::string& s) {
    if (s == "reviewer") return Role::reviewer;
    if (s == "clerk") return Role::clerk;
    return std::nullopt;
}

const char* role_name(Role r) { return r == Role::reviewer ? "reviewer" : "clerk"; }

}  // namespace kc::serve
