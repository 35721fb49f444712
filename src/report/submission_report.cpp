#include "report/submission_report.h"

#include <algorithm>
#include <map>
#include <sstream>

#include "core/model_json.h"
#include "report/html.h"
#include "report/index.h"
#include "util/mask.h"

namespace kc::report {
namespace {

const char* k_css = R"CSS(
body{font-family:"Liberation Serif","Times New Roman",serif;margin:2em auto;max-width:60em;color:#111;line-height:1.35}
h1{font-size:1.4em;margin:0 0 .3em} h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #999}
.en{display:block;color:#555;font-size:.85em;font-style:italic}
table{border-collapse:collapse;width:100%;font-size:.92em} th,td{border:1px solid #bbb;padding:.3em .4em;vertical-align:top;text-align:left}
th{background:#eee} .meta td:first-child{width:12em;font-weight:bold}
.v-accepted{background:#e3f4e1} .v-rejected{background:#fbe3e1} .v-needs_review{background:#fff5d6}
.v-unclassified,.v-refused{background:#eee} .reason{margin:.2em 0} .code{font-family:monospace;font-size:.85em}
.hint{color:#064} .sha{font-family:monospace;font-size:.8em;word-break:break-all}
@media print{@page{size:A4;margin:15mm} body{margin:0;max-width:none} .noprint{display:none} tr{page-break-inside:avoid}}
)CSS";

std::string verdict_vi(const std::string& v) {
    static const std::map<std::string, std::string> t = {
        {"accepted", "Đạt"}, {"rejected", "Không đạt"}, {"needs_review", "Cần xem xét"},
        {"unclassified", "Chưa xác định tiêu chí"}, {"refused", "Từ chối (không xử lý)"}};
    auto it = t.find(v);
    return it == t.end() ? v : it->second;
}

std::string status_vi(const std::string& s) {
    static const std::map<std::string, std::string> t = {
        {"accepted", "Đã đạt"}, {"partial", "Đạt một phần"}, {"rejected", "Không đạt"},
        {"needs_review", "Cần xem xét"}, {"missing", "Còn thiếu (quá hạn)"}, {"not_due", "Chưa đến hạn"},
        {"no_deadline", "Theo yêu cầu (chưa có hạn)"}, {"value_needed", "Cần nhập số liệu"},
        {"not_applicable", "Không áp dụng"}, {"damaged", "Tệp nén bị hỏng"}, {"duplicate", "Trùng lặp"}};
    auto it = t.find(s);
    return it == t.end() ? s : it->second;
}

std::string submission_status_vi(const std::string& s) {
    static const std::map<std::string, std::string> t = {{"accepted", "Đã tiếp nhận và xử lý"},
                                                         {"damaged", "Tệp nén bị hỏng (đã xử lý phần đọc được)"},
                                                         {"rejected", "Không có tài liệu xử lý được"},
                                                         {"duplicate", "Trùng lặp, không tính lại"}};
    auto it = t.find(s);
    return it == t.end() ? s : it->second;
}

std::string reasons_html(const std::vector<Reason>& rs) {
    std::string out;
    for (const auto& r : rs) {
        out += "<div class=\"reason\"><span class=\"code\">" + esc(r.code) + "</span> " + bi(r.vi, r.en);
        if (!r.hint.empty()) out += "<div class=\"hint\">→ " + bi(r.hint, r.hint_en) + "</div>";
        out += "</div>";
    }
    return out;
}

bool leads(const rules::Product& p, const std::string& unit) {
    return std::find(p.lead_agencies.begin(), p.lead_agencies.end(), unit) != p.lead_agencies.end();
}

std::vector<const Document*> documents_of(const Submission& s, const judge::Judgement& j) {
    std::vector<const Document*> out;
    for (const auto& d : j.documents)
        if (d.submission == s.id) out.push_back(&d);
    return out;
}

}  // namespace

std::vector<Owed> owed_by(const std::string& unit, const rules::RuleSet& rules, const judge::Judgement& j) {
    std::vector<Owed> out;
    for (const auto& uv : j.units)
        for (const auto& cv : uv.criteria)
            for (const auto& pv : cv.products) {
                if (pv.status == "accepted" || pv.status == "not_applicable" || !leads(*pv.product, unit)) continue;
                out.push_back({pv.product, cv.criterion->code, pv.status, pv.due.empty() ? "" : date::iso(pv.due.back())});
            }
    std::stable_sort(out.begin(), out.end(), [](const Owed& a, const Owed& b) {
        if (a.due.empty() != b.due.empty()) return !a.due.empty();
        return a.due < b.due;
    });
    (void)rules;
    return out;
}

std::string submission_report_html(const Submission& s, const rules::RuleSet& rules, const judge::Judgement& j) {
    auto docs = documents_of(s, j);
    int acc = 0, rej = 0, rev = 0, uncl = 0, refused = 0;
    for (const auto* d : docs) {
        if (d->verdict == "accepted") ++acc;
        else if (d->verdict == "needs_review") ++rev;
        else if (d->verdict == "unclassified") ++uncl;
        else if (d->verdict == "refused") ++refused;
        else ++rej;
    }
    const rules::Unit* unit = rules.unit(s.unit);
    std::ostringstream h;
    h << "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Kết quả kiểm tra hồ sơ "
      << esc(s.id) << "</title><style>" << k_css << "</style></head><body>";
    h << "<h1>Kết quả kiểm tra tài liệu kiểm chứng<span class=\"en\">Evidence check result</span></h1>";
    h << "<table class=\"meta\">";
    h << "<tr><td>" << bi("Đơn vị nộp", "Submitting unit") << "</td><td>" << esc(unit ? unit->name : s.unit) << " ("
      << esc(s.unit) << ")</td></tr>";
    h << "<tr><td>" << bi("Tệp đã nộp", "File") << "</td><td>" << esc(mask_identifiers(s.file)) << "</td></tr>";
    h << "<tr><td>" << bi("Mã hồ sơ", "Submission id") << "</td><td>" << esc(s.id) << "</td></tr>";
    h << "<tr><td>" << bi("Thời điểm nhận", "Received") << "</td><td>" << esc(s.received_at) << "</td></tr>";
    h << "<tr><td>SHA-256</td><td class=\"sha\">" << esc(s.sha256) << "</td></tr>";
    h << "<tr><td>" << bi("Tình trạng", "Status") << "</td><td>" << bi(submission_status_vi(s.status), s.status)
      << reasons_html(s.reasons) << "</td></tr>";
    h << "<tr><td>" << bi("Kết quả", "Counts") << "</td><td>" << acc << " đạt / accepted · " << rej
      << " không đạt / rejected · " << rev << " cần xem xét / needs review · " << uncl
      << " chưa xác định tiêu chí / unclassified · " << refused << " từ chối / refused</td></tr>";
    h << "<tr><td>" << bi("Xét đến ngày", "As of") << "</td><td>" << date::vi(j.as_of) << "</td></tr>";
    h << "<tr><td>" << bi("Bộ tiêu chí", "Rule set") << "</td><td>" << esc(rules.id) << " — "
      << esc(rules.provenance) << "</td></tr>";
    h << "</table>";

    h << "<h2>Danh sách tệp<span class=\"en\">Files</span></h2><table><tr><th>#</th><th>"
      << bi("Tệp", "File") << "</th><th>" << bi("Nhận diện", "Recognised as") << "</th><th>"
      << bi("Chữ ký số", "Signature") << "</th><th>" << bi("Kết luận", "Verdict") << "</th></tr>";
    int n = 0;
    for (const auto* d : docs) {
        h << "<tr class=\"v-" << esc(d->verdict) << "\"><td>" << ++n << "</td><td>" << esc(mask_identifiers(d->path_in_archive))
          << "</td><td>";
        if (!d->classification.criterion.empty())
            h << "Tiêu chí / criterion <b>" << esc(d->classification.criterion) << "</b> ("
              << esc(d->classification.product) << ")<br>";
        if (!d->header.number.empty()) h << "Số " << esc(d->header.number) << "/" << esc(d->header.symbol) << "<br>";
        if (!d->header.date.empty()) {
            auto dd = date::parse_iso(d->header.date);
            h << "Ngày / date " << esc(dd ? date::vi(*dd) : d->header.date) << "<br>";
        }
        if (!d->header.subject.empty()) h << "<i>" << esc(mask_identifiers(d->header.subject)) << "</i>";
        h << "</td><td>" << esc(d->signature.status);
        for (const auto& si : d->signature.signers)
            h << "<br><small>" << esc(mask_identifiers(si.subject)) << (si.signed_at.empty() ? "" : "<br>")
              << esc(si.signed_at) << (si.time_source.empty() ? "" : " (" + esc(si.time_source) + ")") << "</small>";
        h << "</td><td><b>" << bi(verdict_vi(d->verdict), d->verdict) << "</b>" << reasons_html(d->reasons);
        if (auto a = j.automatic.find(d->id); a != j.automatic.end())
            h << "<br><small>" << bi("Kết luận tự động", "Automatic verdict") << ": "
              << bi(verdict_vi(a->second.verdict), a->second.verdict) << "</small>";
        if (auto ds = j.decisions.find(d->id); ds != j.decisions.end())
            for (const auto& dc : ds->second)
                h << "<br><small>" << bi("Quyết định thẩm định", "Reviewer decision") << " #" << dc.seq << ": "
                  << esc(dc.action) << (dc.product.empty() ? "" : " " + esc(dc.product))
                  << (dc.field.empty() ? "" : " " + esc(dc.field) + "=" + esc(dc.value)) << " — " << esc(dc.by) << ", "
                  << esc(dc.at) << ": " << esc(dc.comment) << "</small>";
        h << "</td></tr>";
    }
    if (docs.empty()) h << "<tr><td colspan=\"5\">" << bi("Không có tệp nào", "No files") << "</td></tr>";
    h << "</table>";

    auto owed = owed_by(s.unit, rules, j);
    h << "<h2>Tài liệu đơn vị còn phải nộp<span class=\"en\">What this unit still owes</span></h2>";
    if (owed.empty()) {
        h << "<p>" << bi("Không còn sản phẩm nào do đơn vị chủ trì chưa đạt.", "Nothing outstanding for this unit.")
          << "</p>";
    } else {
        h << "<table><tr><th>" << bi("Tiêu chí", "Criterion") << "</th><th>" << bi("Sản phẩm", "Product")
          << "</th><th>" << bi("Hạn", "Due") << "</th><th>" << bi("Tình trạng", "Status") << "</th></tr>";
        for (const auto& o : owed) {
            auto due = date::parse_iso(o.due);
            h << "<tr><td>" << esc(o.criterion) << "</td><td>" << esc(o.product->title) << "</td><td>"
              << (due ? date::vi(*due) : esc(o.product->deadline.note)) << "</td><td>"
              << bi(status_vi(o.status), o.status) << "</td></tr>";
        }
        h << "</table>";
    }
    h << "<p class=\"en\">kiemchung " << KC_VERSION << " — " << esc(rules.provenance) << "</p>";
    h << "</body></html>\n";
    return h.str();
}

Poco::JSON::Object::Ptr submission_report_json(const Submission& s, const rules::RuleSet& rules,
                                               const judge::Judgement& j) {
    auto o = json::ordered();
    o->set("schema", "kiemchung/report/v1");
    o->set("as_of", date::iso(j.as_of));
    // Same masking as the HTML: the clerk's copy carries no personal identifiers.
    Submission masked_s = s;
    masked_s.file = mask_identifiers(s.file);
    o->set("submission", submission_json(masked_s));
    Poco::JSON::Array::Ptr docs = new Poco::JSON::Array;
    for (const auto* d : documents_of(s, j)) {
        Document masked = *d;
        masked.path_in_archive = mask_identifiers(d->path_in_archive);
        masked.header.subject = mask_identifiers(d->header.subject);
        for (auto& si : masked.signature.signers) si.subject = mask_identifiers(si.subject);
        auto dj = document_json(masked);
        decided_json(*dj, d->id, j);
        docs->add(dj);
    }
    o->set("documents", docs);
    Poco::JSON::Array::Ptr owed = new Poco::JSON::Array;
    for (const auto& w : owed_by(s.unit, rules, j)) {
        auto wo = json::ordered();
        wo->set("criterion", w.criterion);
        wo->set("product", w.product->id);
        wo->set("title", w.product->title);
        wo->set("status", w.status);
        if (w.due.empty()) wo->set("due", Poco::Dynamic::Var()); else wo->set("due", w.due);
        owed->add(wo);
    }
    o->set("owed", owed);
    return o;
}

}  // namespace kc::report
