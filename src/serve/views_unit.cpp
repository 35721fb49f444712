// A submitting unit's page: what it owes, its submissions (with their
// reports), its documents (filterable by verdict and reason).
#include <algorithm>

#include "core/model_json.h"
#include "report/index.h"
#include "report/submission_report.h"
#include "serve/views.h"
#include "util/date.h"

namespace kc::serve {
namespace {
using json::Array;

Poco::JSON::Object::Ptr brief_json(const Snapshot& s, const ViewRequest& r, const Document& d) {
    auto o = json::ordered();
    o->set("id", d.id);
    o->set("submission", d.submission);
    o->set("unit", d.submitted_by);
    o->set("path", masked(r, d.path_in_archive));
    o->set("number", d.header.number);
    o->set("symbol", d.header.symbol);
    o->set("date", d.header.date);
    o->set("subject", masked(r, d.header.subject));
    o->set("product", d.classification.product);
    o->set("verdict", d.verdict);
    Array::Ptr codes = new Array;
    for (const auto& x : d.reasons) codes->add(x.code);
    o->set("reasons", codes);
    o->set("personnel", is_personnel(d));
    return o;
}

}  // namespace

bool document_passes(const Document& d, const std::map<std::string, std::string>& q) {
    if (auto it = q.find("status"); it != q.end() && !it->second.empty() && d.verdict != it->second) return false;
    if (auto it = q.find("reason"); it != q.end() && !it->second.empty() &&
                                    std::none_of(d.reasons.begin(), d.reasons.end(),
                                                 [&](const Reason& x) { return x.code == it->second; }))
        return false;
    if (auto it = q.find("unit"); it != q.end() && !it->second.empty() && d.submitted_by != it->second) return false;
    return true;
}

std::string documents_table(const Snapshot& s, const ViewRequest& r, const std::vector<const Document*>& docs) {
    Lang l = r.lang;
    if (docs.empty()) return "<p class=\"muted\">" + tr(l, "Không có tài liệu.", "No documents.") + "</p>";
    std::string sfx = link_suffix(r);
    std::string h = "<table class=\"documents\"><thead><tr><th>" + tr(l, "Tài liệu", "Document") + "</th><th>" +
                    tr(l, "Tên tệp", "File") + "</th><th>" + tr(l, "Số, ký hiệu", "Number") + "</th><th>" +
                    tr(l, "Ngày", "Date") + "</th><th>" + tr(l, "Trích yếu", "Subject") + "</th><th>" +
                    tr(l, "Kết quả", "Verdict") + "</th></tr></thead><tbody>";
    for (const auto* d : docs) {
        std::string number = d->header.number + (d->header.symbol.empty() ? "" : "/" + d->header.symbol);
        std::string date = d->header.date;
        if (auto dd = date::parse_iso(date); dd && l == Lang::vi) date = date::vi(*dd);
        std::string verdict_cls = status_class(d->verdict == "needs_review" ? "needs_review" : d->verdict);
        h += "<tr class=\"" + verdict_cls + "\"><td><a href=\"/document/" + esc(d->id) + sfx + "\">" + esc(d->id) +
             "</a></td><td>" + esc(masked(r, d->path_in_archive)) + "</td><td>" + esc(number) + "</td><td>" + esc(date) +
             "</td><td>" + esc(masked(r, d->header.subject)) + "</td><td>" + esc(status_label(d->verdict, l));
        for (const auto& x : d->reasons) h += " <code>" + esc(x.code) + "</code>";
        h += "</td></tr>";
    }
    return h + "</tbody></table>";
}

Array::Ptr documents_json(const Snapshot& s, const ViewRequest& r, const std::vector<const Document*>& docs) {
    Array::Ptr a = new Array;
    for (const auto* d : docs) a->add(brief_json(s, r, *d));
    return a;
}

Reply view_unit(const Snapshot& s, const ViewRequest& r, const std::string& unit, bool api) {
    if (authorize(r.who, Action::view_unit, unit) != Access::allow) return error_reply(403, r, api);
    if (!s.rules || !s.rules->unit(unit)) return error_reply(404, r, api);
    Lang l = r.lang;
    auto owed = report::owed_by(unit, *s.rules, s.judgement);
    for (auto& w : report::owed_by_routed(unit, s.judgement)) owed.push_back(std::move(w));  // other routed rule sets
    std::vector<const Submission*> subs;
    for (const auto& x : s.submissions)
        if (x.unit == unit) subs.push_back(&x);
    std::vector<const Document*> docs;
    for (const auto& d : s.judgement.documents)
        if (d.submitted_by == unit && document_passes(d, r.query)) docs.push_back(&d);
    if (api) {
        auto o = json::ordered();
        o->set("as_of", date::iso(s.as_of));
        o->set("unit", unit);
        o->set("unit_name", unit_name(s, unit));
        Array::Ptr ow = new Array;
        for (const auto& x : owed) {
            auto e = json::ordered();
            e->set("product", x.product ? x.product->id : "");
            e->set("title", x.product ? x.product->title : "");
            e->set("criterion", x.criterion);
            e->set("status", x.status);
            e->set("due", x.due);
            if (x.rule_set) e->set("rule_set", x.rule_set->id);
            ow->add(e);
        }
        o->set("owes", ow);
        Array::Ptr sa = new Array;
        for (const auto* x : subs) {
            auto e = json::ordered();
            e->set("id", x->id);
            e->set("file", masked(r, x->file));
            e->set("received_at", x->received_at);
            e->set("status", x->status);
            e->set("report", "/report/" + x->id);
            sa->add(e);
        }
        o->set("submissions", sa);
        o->set("documents", documents_json(s, r, docs));
        return json_reply(json::stringify(o));
    }
    std::string sfx = link_suffix(r);
    std::string b = "<p>" + tr(l, "Tính đến ngày ", "As of ") + (l == Lang::en ? date::iso(s.as_of) : date::vi(s.as_of)) + "</p>";
    b += "<h2>" + tr(l, "Còn phải nộp", "Still owed") + "</h2>";
    if (owed.empty()) b += "<p class=\"muted\">" + tr(l, "Không còn sản phẩm nào.", "Nothing owed.") + "</p>";
    else {
        b += "<table class=\"owed\"><thead><tr><th>" + tr(l, "Hạn", "Due") + "</th><th>" + tr(l, "Sản phẩm", "Product") +
             "</th><th>" + tr(l, "Trạng thái", "Status") + "</th></tr></thead><tbody>";
        for (const auto& x : owed) {
            std::string due = x.due;
            if (auto dd = date::parse_iso(due); dd && l == Lang::vi) due = date::vi(*dd);
            b += "<tr class=\"" + status_class(x.status) + "\"><td>" + esc(due) + "</td><td>" +
                 esc(x.product ? x.product->id + " — " + x.product->title : x.criterion) +
                 (x.rule_set ? " <span class=\"muted\">(" + esc(x.rule_set->id) + ")</span>" : std::string()) + "</td><td>" +
                 esc(status_label(x.status, l)) + "</td></tr>";
        }
        b += "</tbody></table>";
    }
    b += "<h2>" + tr(l, "Các lần nộp", "Submissions") + "</h2>";
    if (subs.empty()) b += "<p class=\"muted\">" + tr(l, "Chưa nộp lần nào.", "No submissions yet.") + "</p>";
    else {
        b += "<table class=\"submissions\"><thead><tr><th>" + tr(l, "Mã", "Id") + "</th><th>" + tr(l, "Tệp", "File") +
             "</th><th>" + tr(l, "Nhận lúc", "Received") + "</th><th>" + tr(l, "Trạng thái", "Status") + "</th><th>" +
             tr(l, "Báo cáo", "Report") + "</th></tr></thead><tbody>";
        for (const auto* x : subs)
            b += "<tr><td>" + esc(x->id) + "</td><td>" + esc(masked(r, x->file)) + "</td><td>" + esc(x->received_at) +
                 "</td><td>" + esc(x->status) + "</td><td><a href=\"/report/" + esc(x->id) + sfx + "\">" +
                 tr(l, "Xem báo cáo", "View report") + "</a></td></tr>";
        b += "</tbody></table>";
    }
    b += "<h2>" + tr(l, "Tài liệu", "Documents") + "</h2>";
    b += "<form class=\"filters\" method=\"get\" action=\"/unit/" + esc(unit) + "\">";
    if (l == Lang::en) b += "<input type=\"hidden\" name=\"lang\" value=\"en\">";
    auto cur = [&](const char* k) { auto it = r.query.find(k); return it == r.query.end() ? std::string() : it->second; };
    b += "<label>" + tr(l, "Kết quả", "Verdict") + " <select name=\"status\"><option value=\"\">" + tr(l, "(tất cả)", "(all)") + "</option>";
    for (const char* st : {"accepted", "rejected", "needs_review", "unclassified", "refused"})
        b += std::string("<option value=\"") + st + "\"" + (cur("status") == st ? " selected" : "") + ">" +
             esc(status_label(st, l)) + "</option>";
    b += "</select></label><label>" + tr(l, "Mã lý do", "Reason code") + " <input name=\"reason\" value=\"" +
         esc(cur("reason")) + "\"></label><button type=\"submit\">" + tr(l, "Lọc", "Filter") + "</button></form>";
    b += documents_table(s, r, docs);
    return html_reply(r, tr(l, "Đơn vị nộp: ", "Submitting unit: ") + unit_name(s, unit), b);
}

}  // namespace kc::serve
