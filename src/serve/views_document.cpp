// One document: header fields, classification signals, signature panel, the
// verdict and its reasons, reviewer decisions, text by page (reviewers, or
// the owning clerk for a non-personnel document) and the download link.
#include "core/model_json.h"
#include "serve/views.h"
#include "util/date.h"

namespace kc::serve {
namespace {
using json::Array;

std::string row(const std::string& k, const std::string& v) {
    return "<tr><th>" + esc(k) + "</th><td>" + esc(v) + "</td></tr>";
}

}  // namespace

Reply view_document(const Snapshot& s, const ViewRequest& r, const std::string& id, const std::vector<PageText>* pages,
                    bool api) {
    const Document* d = s.document(id);
    if (!d) return error_reply(404, r, api);
    const bool personnel = is_personnel(*d);
    auto access = authorize(r.who, Action::view_document, d->submitted_by, personnel);
    if (access != Access::allow) return error_reply(access == Access::not_found ? 404 : 403, r, api);
    const bool may_read = authorize(r.who, Action::view_document_text, d->submitted_by, personnel) == Access::allow;
    const bool may_download = authorize(r.who, Action::download_document, d->submitted_by, personnel) == Access::allow &&
                              d->sha256 && !d->refused;
    auto dec_it = s.judgement.decisions.find(d->id);
    Lang l = r.lang;
    if (api) {
        auto o = json::ordered();
        o->set("id", d->id);
        o->set("submission", d->submission);
        o->set("unit", d->submitted_by);
        o->set("path", masked(r, d->path_in_archive));
        o->set("format", d->format);
        o->set("pages", d->pages);
        o->set("personnel", personnel);
        auto h = json::to_json(d->header);
        h->set("subject", masked(r, d->header.subject));
        h->set("signer", masked(r, d->header.signer));
        o->set("header", h);
        o->set("classification", json::to_json(d->classification));
        SignatureResult sig = d->signature;
        for (auto& sg : sig.signers) sg.subject = masked(r, sg.subject), sg.issuer = masked(r, sg.issuer);
        o->set("signature", json::to_json(sig));
        o->set("verdict", d->verdict);
        o->set("reasons", json::to_json(d->reasons));
        Array::Ptr decs = new Array;
        if (dec_it != s.judgement.decisions.end())
            for (const auto& x : dec_it->second) {
                auto e = json::ordered();
                e->set("action", x.action);
                e->set("product", x.product);
                e->set("field", x.field);
                e->set("value", masked(r, x.value));
                e->set("by", x.by);
                e->set("comment", masked(r, x.comment));
                e->set("at", x.at);
                decs->add(e);
            }
        o->set("decisions", decs);
        o->set("download", may_download ? "/document/" + d->id + "/original" : std::string());
        if (may_read && pages) {
            Array::Ptr pa = new Array;
            for (const auto& p : *pages) {
                auto e = json::ordered();
                e->set("number", p.number);
                e->set("source", p.source);
                e->set("text", masked(r, p.text));
                pa->add(e);
            }
            o->set("text", pa);
        } else {
            o->set("text", Poco::Dynamic::Var());
        }
        return json_reply(json::stringify(o));
    }
    std::string sfx = link_suffix(r);
    std::string b;
    b += "<p>" + tr(l, "Đơn vị nộp: ", "Submitted by: ") + "<a href=\"/unit/" + esc(d->submitted_by) + sfx + "\">" +
         esc(unit_name(s, d->submitted_by)) + "</a> · " + tr(l, "lần nộp ", "submission ") + "<a href=\"/report/" +
         esc(d->submission) + sfx + "\">" + esc(d->submission) + "</a></p>";
    b += "<p class=\"" + status_class(d->verdict) + "\">" + tr(l, "Kết quả: ", "Verdict: ") + "<strong>" +
         esc(status_label(d->verdict, l)) + "</strong></p>" + reasons_html(d->reasons, l);
    b += "<h2>" + tr(l, "Thể thức văn bản", "Header fields") + "</h2><table class=\"header\">";
    b += row(tr(l, "Tên tệp", "File"), masked(r, d->path_in_archive));
    b += row(tr(l, "Cơ quan ban hành", "Issuer"), d->header.issuer);
    b += row(tr(l, "Số, ký hiệu", "Number"), d->header.number + (d->header.symbol.empty() ? "" : "/" + d->header.symbol));
    b += row(tr(l, "Loại văn bản", "Type"), d->header.type);
    b += row(tr(l, "Địa danh", "Place"), d->header.place);
    std::string date = d->header.date;
    if (auto dd = date::parse_iso(date); dd && l == Lang::vi) date = date::vi(*dd);
    b += row(tr(l, "Ngày ban hành", "Date"), date);
    b += row(tr(l, "Trích yếu", "Subject"), masked(r, d->header.subject));
    b += row(tr(l, "Người ký", "Signer"), masked(r, d->header.signer));
    b += row(tr(l, "Kỳ", "Period"), d->header.period);
    b += row(tr(l, "Số trang", "Pages"), std::to_string(d->pages));
    b += "</table>";
    b += "<h2>" + tr(l, "Phân loại", "Classification") + "</h2><table>";
    b += row(tr(l, "Tiêu chí", "Criterion"), d->classification.criterion);
    b += row(tr(l, "Sản phẩm", "Product"), d->classification.product);
    b += row(tr(l, "Độ tin cậy", "Confidence"), std::to_string(static_cast<int>(d->classification.confidence * 100 + 0.5)) + "%");
    b += row(tr(l, "Trạng thái", "Status"), d->classification.status);
    b += "</table>";
    if (!d->classification.signals.empty()) {
        b += "<ul class=\"signals\">";
        for (const auto& sig : d->classification.signals) b += "<li>" + esc(masked(r, sig)) + "</li>";
        b += "</ul>";
    }
    b += "<h2>" + tr(l, "Chữ ký số", "Signatures") + "</h2><p>" + tr(l, "Tình trạng: ", "Status: ") + esc(d->signature.status) + "</p>";
    if (!d->signature.signers.empty()) {
        b += "<table class=\"signers\"><thead><tr><th>" + tr(l, "Người/cơ quan ký", "Signer") + "</th><th>" +
             tr(l, "Tổ chức cấp", "Issuer") + "</th><th>" + tr(l, "Thời gian ký", "Signed at") + "</th><th>" +
             tr(l, "Tình trạng", "Status") + "</th></tr></thead><tbody>";
        for (const auto& sg : d->signature.signers) {
            std::string notes;
            for (const auto& n : sg.notes) notes += (notes.empty() ? "" : "; ") + n;
            b += "<tr class=\"" + std::string(sg.status == "valid" ? "st-accepted" : "st-rejected") + "\"><td>" +
                 esc(masked(r, sg.subject)) + "</td><td>" + esc(masked(r, sg.issuer)) + "</td><td>" + esc(sg.signed_at) +
                 (sg.time_source.empty() ? "" : " (" + esc(sg.time_source) + ")") + "</td><td>" + esc(sg.status) +
                 (notes.empty() ? "" : "<div class=\"muted\">" + esc(notes) + "</div>") + "</td></tr>";
        }
        b += "</tbody></table>";
    }
    b += "<h2>" + tr(l, "Quyết định của chuyên viên", "Reviewer decisions") + "</h2>";
    if (dec_it == s.judgement.decisions.end() || dec_it->second.empty())
        b += "<p class=\"muted\">" + tr(l, "Chưa có.", "None.") + "</p>";
    else {
        b += "<ul class=\"decisions\">";
        for (const auto& x : dec_it->second)
            b += "<li>" + esc(x.at) + " · <strong>" + esc(x.action) + "</strong> " + esc(x.product) + " " +
                 esc(x.field) + (x.value.empty() ? "" : "=" + esc(masked(r, x.value))) + " — " + esc(x.by) + ": " +
                 esc(masked(r, x.comment)) + "</li>";
        b += "</ul>";
    }
    if (may_download)
        b += "<p><a class=\"download\" href=\"/document/" + esc(d->id) + "/original\">" +
             tr(l, "Tải bản gốc", "Download the original") + "</a></p>";
    b += "<h2>" + tr(l, "Nội dung theo trang", "Text by page") + "</h2>";
    if (!may_read)
        b += "<p class=\"muted\">" + tr(l, "Chỉ chuyên viên thẩm định được xem toàn văn tài liệu nhân sự.",
                                        "Only reviewers may read the full text of personnel documents.") + "</p>";
    else if (!pages || pages->empty())
        b += "<p class=\"muted\">" + tr(l, "Không có nội dung trích xuất.", "No extracted text.") + "</p>";
    else
        for (const auto& p : *pages)
            b += "<h3>" + tr(l, "Trang ", "Page ") + std::to_string(p.number) + " <span class=\"muted\">(" + esc(p.source) +
                 ")</span></h3><pre class=\"page\">" + esc(masked(r, p.text)) + "</pre>";
    return html_reply(r, tr(l, "Tài liệu ", "Document ") + d->id, b);
}

}  // namespace kc::serve
