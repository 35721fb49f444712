// serve/auth.h — who may see what on the dashboard. Pure: no I/O.
//
// Contract
//  - Two roles. A reviewer (Home Affairs) sees every unit. A unit clerk sees only
//    its own unit: its submitting-unit page, its submissions' reports, its own
//    documents — on every page, API call and download alike, because every
//    handler asks authorize() with the unit that owns the resource.
//  - Another unit's document or submission is answered `not_found` (404), never
//    `forbid`, so guessing ids, hashes or URLs does not even tell a clerk that a
//    resource exists. Another unit's page (unit codes are public) is `forbid`.
//  - Personnel documents (is_personnel: appointments, discipline, staffing…):
//    full text and the original bytes for reviewers only; a clerk gets the
//    header and verdict of its own personnel document, not its text or bytes.
#pragma once
#include <optional>
#include <string>

#include "core/model.h"

namespace kc::serve {

enum class Role { reviewer, clerk };

struct Principal {
    std::string name;
    Role role = Role::clerk;
    std::string unit;  // clerk: its unit code; reviewer: empty
};

enum class Action {
    view_assessed,      // the assessed unit's overview (criteria, points, lead agencies)
    view_unit,          // a submitting unit's page (what it owes, its submissions)
    view_submission,    // a submission's report
    view_document,      // a document's header, verdict, signature panel, decisions
    view_document_text, // its extracted text
    download_document,  // its original bytes
};

enum class Access { allow, forbid, not_found };

// resource_unit: the unit that owns the resource (the submitting unit of a
// submission or document, the code of a unit page; empty for the overview).
Access authorize(const Principal& who, Action what, const std::string& resource_unit, bool personnel = false);

// Personnel documents, from the header's type and subject and the path the unit
// gave it (case- and diacritic-insensitive): "bổ nhiệm", "kỷ luật", "nhân sự",
// "tuyển dụng", "nâng lương", "thôi việc", "điều động", "hồ sơ cán bộ"…
bool is_personnel(const Document& d);

std::optional<Role> parse_role(const std::string& s);  // "reviewer" | "clerk"
const char* role_name(Role r);

}  // namespace kc::serve
