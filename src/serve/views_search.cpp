// Search over numbers, symbols, subjects, file names and extracted text,
// folded (case- and diacritic-insensitive), within what the principal may see.
#include "core/model_json.h"
#include "serve/views.h"
#include "util/date.h"
#include "util/text.h"

namespace kc::serve {

namespace {
constexpr std::size_t k_max_hits = 200;
}

Reply view_search(const Snapshot& s, const ViewRequest& r, bool api) {
    Lang l = r.lang;
    auto qit = r.query.find("q");
    std::string q = qit == r.query.end() ? "" : text::trim(qit->second);
    std::string needle = text::fold(q);
    std::vector<const Document*> hits;
    bool more = false;
    for (const auto& d : s.judgement.documents) {
        const bool personnel = is_personnel(d);
        if (authorize(r.who, Action::view_document, d.submitted_by, personnel) != Access::allow) continue;
        if (!document_passes(d, r.query)) continue;
        if (!needle.empty()) {
            std::string hay = text::fold(d.header.number + "/" + d.header.symbol + " " + d.header.subject + " " +
                                         d.path_in_archive + " " + d.id + " " + d.classification.product);
            bool match = hay.find(needle) != std::string::npos;
            if (!match && d.sha256 &&
                authorize(r.who, Action::view_document_text, d.submitted_by, personnel) == Access::allow) {
                auto it = s.folded_text.find(*d.sha256);
                match = it != s.folded_text.end() && it->second.find(needle) != std::string::npos;
            }
            if (!match) continue;
        }
        if (hits.size() == k_max_hits) {
            more = true;
            break;
        }
        hits.push_back(&d);
    }
    if (api) {
        auto o = json::ordered();
        o->set("as_of", date::iso(s.as_of));
        o->set("q", q);
        o->set("truncated", more);
        o->set("documents", documents_json(s, r, hits));
        return json_reply(json::stringify(o));
    }
    std::string b = "<form class=\"filters\" method=\"get\" action=\"/search\">";
    if (l == Lang::en) b += "<input type=\"hidden\" name=\"lang\" value=\"en\">";
    b += "<label>" + tr(l, "Số, trích yếu hoặc nội dung", "Number, subject or text") + " <input name=\"q\" value=\"" +
         esc(q) + "\"></label>";
    auto cur = [&](const char* k) { auto it = r.query.find(k); return it == r.query.end() ? std::string() : it->second; };
    if (r.who.role == Role::reviewer)
        b += "<label>" + tr(l, "Đơn vị", "Unit") + " <input name=\"unit\" value=\"" + esc(cur("unit")) + "\"></label>";
    b += "<label>" + tr(l, "Kết quả", "Verdict") + " <input name=\"status\" value=\"" + esc(cur("status")) + "\"></label>";
    b += "<label>" + tr(l, "Mã lý do", "Reason code") + " <input name=\"reason\" value=\"" + esc(cur("reason")) + "\"></label>";
    b += "<button type=\"submit\">" + tr(l, "Tìm", "Search") + "</button></form>";
    b += "<p>" + std::to_string(hits.size()) + (more ? "+" : "") + tr(l, " tài liệu", " documents") + "</p>";
    b += documents_table(s, r, hits);
    return html_reply(r, tr(l, "Tìm kiếm", "Search"), b);
}

}  // namespace kc::serve
