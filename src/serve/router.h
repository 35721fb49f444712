// serve/router.h — from a request line to a route. Pure.
//
// Contract
//  - The raw path (before any decoding) may hold only [A-Za-z0-9._/-]: a '%'
//    (so no encoded dot, slash or NUL), a backslash, "//" or a "." / ".."
//    segment gives Route::bad_request. Identifiers (unit codes, submission and
//    document ids) must match [A-Za-z0-9][A-Za-z0-9._-]{0,127}. No route names a
//    file: documents are fetched by id and their bytes by the sha256 the catalog
//    holds for that id, never by anything the request says.
//  - Query strings are parsed separately (parse_query): percent-decoded,
//    '+' as space, invalid UTF-8 replaced, NFC; at most 32 keys, 512 bytes each.
#pragma once
#include <map>
#include <string>
#include <string_view>

namespace kc::serve {

struct Route {
    enum Kind {
        home,           // GET /           → the reviewer's overview or the clerk's unit page
        login_form,     // GET /login
        login_submit,   // POST /login
        logout,         // POST /logout
        stylesheet,     // GET /static/app.css (compiled in)
        assessed,       // GET /assessed
        unit,           // GET /unit/<code>
        document,       // GET /document/<id>
        download,       // GET /document/<id>/original
        report,         // GET /report/<submission-id>
        search,         // GET /search?q=…
        api_me,         // GET /api/me
        api_assessed,   // GET /api/assessed
        api_unit,       // GET /api/unit/<code>
        api_document,   // GET /api/document/<id>
        api_report,     // GET /api/report/<submission-id>
        api_search,     // GET /api/search?q=…
        method_not_allowed,
        bad_request,
        not_found,
    } kind = not_found;
    std::string arg;  // the identifier of unit/document/report routes
    bool api() const { return kind >= api_me && kind <= api_search; }
};

Route route(std::string_view method, std::string_view raw_path);
bool valid_identifier(std::string_view s);
std::string percent_decode(std::string_view s, bool plus_is_space);
std::map<std::string, std::string> parse_query(std::string_view raw_query);

}  // namespace kc::serve
