// serve/views.h — every dashboard page and its JSON twin (/api/...), rendered
// from a Snapshot for one principal. Pure: the caller passes everything in
// (the snapshot, the extracted pages of a document) and sends the Reply.
//
// Contract
//  - each view asks authorize() (serve/auth.h) before it shows anything; a
//    clerk's lists are filtered to its unit, a clerk asking for another unit's
//    document or submission gets the same 404 as for an id that does not exist.
//  - every text from the catalog goes through esc() in HTML; personal
//    identifiers are masked (util/mask.h) when ViewRequest::mask is set.
//  - filters (query keys): unit, group, status, reason on the overview; status,
//    reason on a unit's documents; q (+ unit, status, reason) on search — search
//    matches folded (case/diacritic-insensitive) numbers, symbols, subjects,
//    file names and, where the principal may read it, extracted text.
//  - JSON: UTF-8, not \u-escaped, keys in a fixed order (docs/dashboard.md).
#pragma once
#include <map>
#include <string>
#include <vector>

#include <Poco/JSON/Array.h>

#include "core/model.h"
#include "serve/auth.h"
#include "serve/page.h"
#include "serve/snapshot.h"

namespace kc::serve {

struct ViewRequest {
    Principal who;
    Lang lang = Lang::vi;
    std::map<std::string, std::string> query;
    std::string path;  // the request path (for the language switch)
    bool mask = true;
};

struct Reply {
    int status = 200;
    std::string content_type = "text/html; charset=utf-8";
    std::string body;
    std::string csp;  // empty: k_csp
};

Reply view_assessed(const Snapshot& s, const ViewRequest& r, bool api);
Reply view_unit(const Snapshot& s, const ViewRequest& r, const std::string& unit, bool api);
// pages: the document's extracted pages, or null when not stored / not asked.
Reply view_document(const Snapshot& s, const ViewRequest& r, const std::string& id,
                    const std::vector<PageText>* pages, bool api);
Reply view_report(const Snapshot& s, const ViewRequest& r, const std::string& submission_id, bool api);
Reply view_search(const Snapshot& s, const ViewRequest& r, bool api);
Reply view_me(const ViewRequest& r);
Reply error_reply(int status, const ViewRequest& r, bool api);
Reply login_page(Lang l, const std::string& message_vi, const std::string& message_en, int status = 200);

// Helpers shared by the views (views_common.cpp).
std::string user_line(const ViewRequest& r);
std::string lang_href(const ViewRequest& r);  // the same page in the other language
std::string link_suffix(const ViewRequest& r);  // "?lang=en" or ""
std::string masked(const ViewRequest& r, const std::string& s);
std::string unit_name(const Snapshot& s, const std::string& code);
std::string reasons_html(const std::vector<Reason>& rs, Lang l);
Reply html_reply(const ViewRequest& r, const std::string& title, const std::string& body);
Reply json_reply(const std::string& body, int status = 200);
// Lists of documents (views_unit.cpp): the unit page and search share them.
bool document_passes(const Document& d, const std::map<std::string, std::string>& q);
std::string documents_table(const Snapshot& s, const ViewRequest& r, const std::vector<const Document*>& docs);
Poco::JSON::Array::Ptr documents_json(const Snapshot& s, const ViewRequest& r, const std::vector<const Document*>& docs);

}  // namespace kc::serve
