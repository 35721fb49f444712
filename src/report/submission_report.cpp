#include "report/submission_report.h"

#include <algorithm>
#include <sstream>

#include "core/model_json.h"
#include "report/html.h"
#include "report/index.h"
#include "report/index_stream.h"
#include "report/submission_view.h"
#include "util/mask.h"

namespace kc::report {
namespace {

// Screen: a readable page; print: A4, header rows repeated, rows kept whole.
// Colours only repeat what the symbol and the words say.
const char* k_css = R"CSS(
body{font-family:"Times New Roman","DejaVu Serif","Liberation Serif",serif;margin:1.5em auto;max-width:62em;color:#111;line-height:1.35;padding:0 1em}
h1{font-size:1.4em;margin:0 0 .2em} h2{font-size:1.15em;margin-top:1.4em;border-bottom:1px solid #999}
.alt{display:block;color:#555;font-size:.85em;font-style:italic} td .alt,th .alt{font-weight:normal}
.dated{margin:.2em 0 1em;color:#333}
table{border-collapse:collapse;width:100%;font-size:.92em} th,td{border:1px solid #999;padding:.3em .4em;vertical-align:top;text-align:left}
th{background:#eee} .meta td:first-child{width:14em;font-weight:bold}
.files td.name{overflow-wrap:anywhere;word-break:break-word}
.files th:nth-child(1){width:2.2em} .files th:nth-child(2){width:21%} .files th:nth-child(3){width:24%} .files th:nth-child(4){width:17%}
.alt-inline{color:#555;font-style:italic}
.v-accepted td.verdict{background:#e3f4e1} .v-rejected td.verdict{background:#fbe3e1} .v-needs_review td.verdict{background:#fff5d6}
.reason{margin:.35em 0 .1em;padding-top:.25em;border-top:1px dotted #bbb}
.code{font-family:"DejaVu Sans Mono",monospace;font-size:.8em} .hint{margin-left:1em} .due{margin-left:1em;font-size:.92em}
.sha{font-family:"DejaVu Sans Mono",monospace;font-size:.8em;word-break:break-all} .note,.legend{font-size:.85em;color:#333}
.overdue{font-weight:bold} small{font-size:.85em}
@page{size:A4;margin:14mm 12mm 16mm 12mm}
@media print{body{margin:0;max-width:none;padding:0;font-size:9.5pt}
 thead{display:table-header-group} tr,td,th{break-inside:avoid;page-break-inside:avoid}
 h2{break-after:avoid;page-break-after:avoid} table{print-color-adjust:economy;-webkit-print-color-adjust:economy}}
)CSS";

// Chosen language first, the other under it.
std::string t(Lang l, const Text& x) { return esc(x.in(l)) + "<span class=\"alt\">" + esc(x.other(l)) + "</span>"; }
std::string t(Lang l, std::string_view key) { return t(l, label(key)); }
// The chosen language only (inline, where the other follows on its own line).
const std::string& w(Lang l, std::string_view key) { return label(key).in(l); }

std::string day_text(const std::string& iso) {
    auto d = date::parse_iso(iso);
    return d ? date::vi(*d) : iso;
}

std::string counts_line(Lang l, const ReportCounts& c) {
    std::ostringstream o;
    auto word = [&](const char* v) { return verdict_text(v).in(l); };
    o << "✔ " << c.accepted << " " << word("accepted") << " · ✘ " << c.rejected << " " << word("rejected") << " · ⚠ "
      << c.needs_review << " " << word("needs_review") << " · ? " << c.unclassified << " " << word("unclassified")
      << " · ⊘ " << c.refused << " " << word("refused");
    return esc(o.str());
}

std::string points_line(Lang l, const ReportPoints& p) {
    std::ostringstream o;
    o << w(l, "points_secured") << ": " << format_points(p.secured) << " · " << w(l, "points_at_risk") << ": "
      << format_points(p.at_risk) << " · " << w(l, "points_max") << ": " << format_points(p.max) << " ("
      << p.criteria << " " << w(l, "criteria_n") << ")";
    return esc(o.str());
}

// "+0.5" / "-1" / "0": the sign always shown.
std::string signed_points(double v) { return (v > 0 ? "+" : "") + format_points(v); }

// The province's appraised score per criterion of the unit (only after an import).
std::string appraised_html(Lang l, const ReportPoints& p) {
    if (p.appraised.empty()) return "";
    std::ostringstream o;
    o << "<table class=\"appraised\"><thead><tr><th>" << t(l, "criterion") << "</th><th>" << t(l, "appraised_self")
      << "</th><th>" << t(l, "appraised_score") << "</th><th>" << t(l, "appraised_difference")
      << "</th></tr></thead><tbody>";
    for (const auto& a : p.appraised) {
        o << "<tr><td>" << esc(a.criterion) << "</td><td>" << format_points(a.self) << "</td><td>"
          << format_points(a.appraised);
        if (a.derived) o << " <small>(" << esc(w(l, "appraised_derived")) << ")</small>";
        o << "</td><td>" << (a.difference < 0 ? "<b>" : "") << signed_points(a.difference)
          << (a.difference < 0 ? "</b>" : "") << "</td></tr>";
    }
    o << "</tbody></table>";
    return "<div class=\"note\">" + t(l, "appraised") + "</div>" + o.str();
}

std::string deadline_line(Lang l, const ReportFile& f) {
    if (f.due.empty() && f.deadline_note.empty()) return "";
    std::string out;
    for (Lang x : {l, l == Lang::vi ? Lang::en : Lang::vi}) {
        std::string s = w(x, "due") + ": ";
        if (!f.due.empty()) {
            s += day_text(f.due);
            if (!f.hand_in_due.empty()) s += "; " + w(x, "hand_in_due") + " " + day_text(f.hand_in_due);
        } else {
            s += f.deadline_note;
        }
        out += x == l ? esc(s) : " · <span class=\"alt-inline\">" + esc(s) + "</span>";
    }
    return "<div class=\"due\">" + out + "</div>";
}

std::string reasons_html(Lang l, const std::vector<Reason>& rs, const ReportFile* f) {
    std::string out;
    for (const auto& r : rs) {
        out += "<div class=\"reason\"><span class=\"code\">" + esc(r.code) + "</span> " + t(l, Text{r.vi, r.en});
        if (!r.hint.empty() || !r.hint_en.empty())
            out += "<div class=\"hint\">→ " + esc(w(l, "how_to_fix")) + ": " + t(l, Text{r.hint, r.hint_en}) + "</div>";
        if (f) out += deadline_line(l, *f);
        out += "</div>";
    }
    return out;
}

void head(std::ostream& h, Lang l, const SubmissionView& v) {
    h << "<!DOCTYPE html><html lang=\"" << lang_code(l) << "\"><head><meta charset=\"utf-8\">"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" << esc(w(l, "title"))
      << " — " << esc(v.submission.id) << "</title><style>" << k_css << "</style></head><body>";
    h << "<h1>" << t(l, "title") << "</h1>";
    h << "<p class=\"dated\">" << esc(w(l, "as_of")) << " " << date::vi(v.as_of) << ". " << t(l, "regenerated") << "</p>";
}

void meta(std::ostream& h, Lang l, const SubmissionView& v, const rules::RuleSet& rules) {
    const auto& s = v.submission;
    h << "<table class=\"meta\">";
    h << "<tr><td>" << t(l, "unit") << "</td><td>" << esc(v.unit_name) << " <small>(" << esc(s.unit) << ")</small></td></tr>";
    h << "<tr><td>" << t(l, "file") << "</td><td class=\"name\">" << esc(s.file) << "</td></tr>";
    h << "<tr><td>" << t(l, "submission_id") << "</td><td>" << esc(s.id) << "</td></tr>";
    h << "<tr><td>" << t(l, "received") << "</td><td>" << esc(datetime_vi(s.received_at)) << "</td></tr>";
    h << "<tr><td>" << t(l, "sha256") << "</td><td class=\"sha\">" << esc(s.sha256) << "</td></tr>";
    h << "<tr><td>" << t(l, "status") << "</td><td>" << t(l, submission_status_text(s.status))
      << reasons_html(l, s.reasons, nullptr) << "</td></tr>";
    h << "<tr><td>" << t(l, "counts") << "</td><td>" << counts_line(l, v.counts) << "<span class=\"alt\">"
      << counts_line(l == Lang::vi ? Lang::en : Lang::vi, v.counts) << "</span></td></tr>";
    h << "<tr><td>" << t(l, "points") << "</td><td>" << points_line(l, v.points) << "<span class=\"alt\">"
      << points_line(l == Lang::vi ? Lang::en : Lang::vi, v.points) << "</span><div class=\"note\">"
      << t(l, "points_note") << "</div>" << appraised_html(l, v.points) << "</td></tr>";
    h << "<tr><td>" << t(l, "as_of") << "</td><td>" << date::vi(v.as_of) << "</td></tr>";
    h << "<tr><td>" << t(l, "rule_set") << "</td><td>" << esc(rules.id) << " — " << esc(rules.provenance) << "</td></tr>";
    h << "</table>";
}

void recognised(std::ostream& h, Lang l, const ReportFile& f) {
    if (f.criterion.empty() && f.product.empty()) h << t(l, "not_recognised") << "<br>";
    if (!f.criterion.empty()) h << esc(w(l, "criterion")) << " <b>" << esc(f.criterion) << "</b><br>";
    if (!f.product.empty())
        h << esc(w(l, "product")) << " " << esc(f.product) << (f.product_title.empty() ? "" : ": " + esc(f.product_title))
          << "<br>";
    if (!f.number.empty()) h << esc(w(l, "number")) << " " << esc(f.number) << "<br>";
    if (!f.date.empty()) h << esc(w(l, "date")) << " " << esc(day_text(f.date)) << "<br>";
    if (!f.subject.empty()) h << "<i>" << esc(f.subject) << "</i>";
}

void signature(std::ostream& h, Lang l, const ReportFile& f) {
    h << t(l, signature_text(f.signature));
    for (const auto& si : f.signers) {
        h << "<div><small>" << esc(w(l, "signer")) << ": " << esc(si.name);
        if (si.status != f.signature && !si.status.empty()) h << " (" << esc(signature_text(si.status).in(l)) << ")";
        if (!si.signed_at.empty()) {
            h << "<br>" << esc(w(l, "signed_at")) << ": " << esc(datetime_vi(si.signed_at));
            if (!si.time_source.empty()) h << " (" << esc(time_source_text(si.time_source).in(l)) << ")";
        }
        h << "</small></div>";
    }
}

void files(std::ostream& h, Lang l, const SubmissionView& v, const judge::Judgement& j) {
    h << "<h2>" << t(l, "files") << "</h2><p class=\"legend\">" << t(l, "legend") << "</p>";
    h << "<table class=\"files\"><thead><tr><th>" << t(l, "col_no") << "</th><th>" << t(l, "col_file") << "</th><th>"
      << t(l, "col_recognised") << "</th><th>" << t(l, "col_signature") << "</th><th>" << t(l, "col_verdict")
      << "</th></tr></thead><tbody>";
    int n = 0;
    for (const auto& f : v.files) {
        h << "<tr class=\"v-" << esc(f.verdict) << "\"><td>" << ++n << "</td><td class=\"name\"><span dir=\"ltr\">"
          << esc(f.name) << "</span></td><td>";
        recognised(h, l, f);
        h << "</td><td>";
        signature(h, l, f);
        h << "</td><td class=\"verdict\"><b>" << verdict_symbol(f.verdict) << " " << t(l, verdict_text(f.verdict))
          << "</b>" << reasons_html(l, f.reasons, &f);
        const std::string& id = f.document->id;
        if (auto a = j.automatic.find(id); a != j.automatic.end())
            h << "<div><small>" << esc(w(l, "automatic")) << ": " << esc(verdict_text(a->second.verdict).in(l))
              << "</small></div>";
        if (auto ds = j.decisions.find(id); ds != j.decisions.end())
            for (const auto& dc : ds->second)
                h << "<div><small>" << esc(w(l, "decision")) << " #" << dc.seq << ": " << esc(dc.action)
                  << (dc.product.empty() ? "" : " " + esc(dc.product))
                  << (dc.field.empty() ? "" : " " + esc(dc.field) + "=" + esc(mask_identifiers(dc.value))) << " — "
                  << esc(dc.by) << ", " << esc(datetime_vi(dc.at)) << ": " << esc(mask_identifiers(dc.comment))
                  << "</small></div>";
        h << "</td></tr>";
    }
    if (v.files.empty()) h << "<tr><td colspan=\"5\">" << t(l, "no_files") << "</td></tr>";
    h << "</tbody></table>";
}

void owed(std::ostream& h, Lang l, const SubmissionView& v) {
    h << "<h2>" << t(l, "owed") << "</h2>";
    if (v.owed.empty()) {
        h << "<p>" << t(l, "owed_none") << "</p>";
        return;
    }
    h << "<p class=\"note\">" << t(l, "owed_note") << "</p>";
    h << "<table class=\"owed\"><thead><tr><th>" << t(l, "due") << "</th><th>" << t(l, "criterion") << "</th><th>"
      << t(l, "product") << "</th><th>" << t(l, "role") << "</th><th>" << t(l, "col_status") << "</th></tr></thead><tbody>";
    for (const auto& o : v.owed) {
        h << "<tr><td>" << (o.due.empty() ? esc(o.product->deadline.note.empty() ? "—" : o.product->deadline.note)
                                          : date::vi(*date::parse_iso(o.due)));
        if (!o.hand_in_due.empty() && o.hand_in_due != o.due)
            h << "<br><small>" << esc(w(l, "hand_in_due")) << " " << day_text(o.hand_in_due) << "</small>";
        if (o.overdue) h << "<br><span class=\"overdue\">" << t(l, "overdue") << "</span>";
        h << "</td><td>" << esc(o.criterion) << "</td><td>" << esc(o.product->id) << ": " << esc(o.product->title)
          << "</td><td>" << t(l, o.role == "lead" ? "role_lead" : "role_issuer") << "</td><td>"
          << t(l, product_status_text(o.status)) << "</td></tr>";
    }
    h << "</tbody></table>";
}

bool leads(const rules::Product& p, const std::string& unit) {
    return std::find(p.lead_agencies.begin(), p.lead_agencies.end(), unit) != p.lead_agencies.end();
}

Poco::Dynamic::Var null_or(const std::string& s) { return s.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(s); }

Poco::JSON::Object::Ptr text_json(const Text& x) {
    auto o = json::ordered();
    o->set("vi", x.vi);
    o->set("en", x.en);
    return o;
}

void text_stream(JsonStream& w, const Text& x) {
    w.begin_object();
    w.key("vi").string(x.vi);
    w.key("en").string(x.en);
    w.end_object();
}

// file_json()'s bytes, streamed.
void file_stream(JsonStream& w, const ReportFile& f) {
    w.begin_object();
    w.key("document").string(f.document->id);
    w.key("name").string(f.name);
    w.key("recognised").begin_object();
    w.key("criterion").string_or_null(f.criterion);
    w.key("product").string_or_null(f.product);
    w.key("product_title").string_or_null(f.product_title);
    w.key("number").string_or_null(f.number);
    w.key("date").string_or_null(f.date);
    w.key("subject").string_or_null(f.subject);
    w.end_object();
    w.key("signature").begin_object();
    w.key("status").string(f.signature);
    w.key("text");
    text_stream(w, signature_text(f.signature));
    w.key("signers").begin_array();
    for (const auto& si : f.signers) {
        w.begin_object();
        w.key("name").string(si.name);
        w.key("status").string(si.status);
        w.key("signed_at").string_or_null(si.signed_at);
        w.key("signed_at_vi").string_or_null(si.signed_at.empty() ? "" : datetime_vi(si.signed_at));
        w.key("time_source").string_or_null(si.time_source);
        w.end_object();
    }
    w.end_array();
    w.end_object();
    w.key("verdict").string(f.verdict);
    w.key("verdict_text");
    text_stream(w, verdict_text(f.verdict));
    w.key("symbol").string(verdict_symbol(f.verdict));
    w.key("due").string_or_null(f.due);
    w.key("hand_in_due").string_or_null(f.hand_in_due);
    w.key("deadline_note").string_or_null(f.deadline_note);
    w.key("reasons");
    write_reasons(w, f.reasons);
    w.end_object();
}

Poco::JSON::Object::Ptr file_json(const ReportFile& f) {
    auto o = json::ordered();
    o->set("document", f.document->id);
    o->set("name", f.name);
    auto r = json::ordered();
    r->set("criterion", null_or(f.criterion));
    r->set("product", null_or(f.product));
    r->set("product_title", null_or(f.product_title));
    r->set("number", null_or(f.number));
    r->set("date", null_or(f.date));
    r->set("subject", null_or(f.subject));
    o->set("recognised", r);
    auto sg = json::ordered();
    sg->set("status", f.signature);
    sg->set("text", text_json(signature_text(f.signature)));
    Poco::JSON::Array::Ptr signers = new Poco::JSON::Array;
    for (const auto& si : f.signers) {
        auto so = json::ordered();
        so->set("name", si.name);
        so->set("status", si.status);
        so->set("signed_at", null_or(si.signed_at));
        so->set("signed_at_vi", null_or(si.signed_at.empty() ? "" : datetime_vi(si.signed_at)));
        so->set("time_source", null_or(si.time_source));
        signers->add(so);
    }
    sg->set("signers", signers);
    o->set("signature", sg);
    o->set("verdict", f.verdict);
    o->set("verdict_text", text_json(verdict_text(f.verdict)));
    o->set("symbol", verdict_symbol(f.verdict));
    o->set("due", null_or(f.due));
    o->set("hand_in_due", null_or(f.hand_in_due));
    o->set("deadline_note", null_or(f.deadline_note));
    o->set("reasons", json::to_json(f.reasons));
    return o;
}

}  // namespace

namespace {

void add_owed(std::vector<Owed>& out, const std::string& unit, const std::vector<judge::UnitVerdict>& units,
              const rules::RuleSet* set) {
    for (const auto& uv : units)
        for (const auto& cv : uv.criteria)
            for (const auto& pv : cv.products) {
                if (pv.status == "accepted" || pv.status == "not_applicable" || !leads(*pv.product, unit)) continue;
                out.push_back({pv.product, cv.criterion->code, pv.status, pv.due.empty() ? "" : date::iso(pv.due.back()), set});
            }
}

std::vector<Owed> soonest_first(std::vector<Owed> out) {
    std::stable_sort(out.begin(), out.end(), [](const Owed& a, const Owed& b) {
        if (a.due.empty() != b.due.empty()) return !a.due.empty();
        return a.due < b.due;
    });
    return out;
}

}  // namespace

std::vector<Owed> owed_by(const std::string& unit, const rules::RuleSet& rules, const judge::Judgement& j) {
    std::vector<Owed> out;
    add_owed(out, unit, j.units, nullptr);
    (void)rules;
    return soonest_first(std::move(out));
}

std::vector<Owed> owed_by_routed(const std::string& unit, const judge::Judgement& j) {
    std::vector<Owed> out;
    for (std::size_t i = 1; i < j.rule_sets.size(); ++i)
        if (j.rule_sets[i].submissions > 0) add_owed(out, unit, j.rule_sets[i].units, j.rule_sets[i].rules);
    return soonest_first(std::move(out));
}

namespace {

std::string html_of(const SubmissionView& v, const rules::RuleSet& rules, const judge::Judgement& j, Lang l) {
    std::ostringstream h;
    head(h, l, v);
    meta(h, l, v, rules);
    files(h, l, v, j);
    owed(h, l, v);
    h << "<p class=\"note\">" << t(l, "masked") << "</p>";
    h << "<p class=\"note\">" << esc(w(l, "generated_by")) << " kiemchung " << KC_VERSION << " — " << esc(rules.id)
      << " (" << esc(rules.provenance) << ")</p>";
    h << "</body></html>\n";
    return h.str();
}

// submission_report_json()'s tree, streamed: the same bytes as
// json::stringify(tree, true) (tests/unit/report/submission_report_test.cpp).
void json_of(std::ostream& out, const SubmissionView& v, const Submission& s, const judge::Judgement& j, Lang l) {
    JsonStream w(out);
    w.begin_object();
    w.key("schema").string(k_report_schema);
    w.key("as_of").string(date::iso(j.as_of));
    w.key("lang").string(lang_code(l));
    w.key("submission");
    write_submission(w, v.submission);
    w.key("unit").begin_object();
    w.key("code").string(s.unit);
    w.key("name").string(v.unit_name);
    w.end_object();
    w.key("received").begin_object();
    w.key("at").string(s.received_at);
    w.key("vi").string(datetime_vi(s.received_at));
    w.end_object();
    w.key("counts").begin_object();
    w.key("accepted").integer(v.counts.accepted);
    w.key("rejected").integer(v.counts.rejected);
    w.key("needs_review").integer(v.counts.needs_review);
    w.key("unclassified").integer(v.counts.unclassified);
    w.key("refused").integer(v.counts.refused);
    w.end_object();
    w.key("points").begin_object();
    w.key("provisional").boolean(true);
    w.key("criteria").integer(v.points.criteria);
    w.key("secured").string(format_points(v.points.secured));
    w.key("at_risk").string(format_points(v.points.at_risk));
    w.key("max").string(format_points(v.points.max));
    w.key("horizon_days").integer(v.horizon_days);
    w.key("note");
    text_stream(w, label("points_note"));
    if (!v.points.appraised.empty()) {
        w.key("appraisal").begin_array();
        for (const auto& a : v.points.appraised) {
            w.begin_object();
            w.key("criterion").string(a.criterion);
            w.key("self").string(format_points(a.self));
            w.key("appraised").string(format_points(a.appraised));
            w.key("difference").string(format_points(a.difference));
            w.key("derived").boolean(a.derived);
            w.end_object();
        }
        w.end_array();
    }
    w.end_object();
    w.key("files").begin_array();
    for (const auto& f : v.files) file_stream(w, f);
    w.end_array();
    w.key("documents").begin_array();
    for (const auto& f : v.files) write_document(w, *f.document, j, true);
    w.end_array();
    w.key("owed").begin_array();
    for (const auto& o : v.owed) {
        w.begin_object();
        w.key("criterion").string(o.criterion);
        w.key("product").string(o.product->id);
        w.key("title").string(o.product->title);
        w.key("status").string(o.status);
        w.key("due").string_or_null(o.due);
        w.key("hand_in_due").string_or_null(o.hand_in_due);
        w.key("deadline_note").string_or_null(o.due.empty() ? o.product->deadline.note : "");
        w.key("role").string(o.role);
        w.key("overdue").boolean(o.overdue);
        w.key("status_text");
        text_stream(w, product_status_text(o.status));
        w.end_object();
    }
    w.end_array();
    w.end_object();
}

}  // namespace

std::string submission_report_html(const Submission& s, const rules::RuleSet& rules, const judge::Judgement& j,
                                   Lang l) {
    return html_of(submission_view(s, rules, j), rules, j, l);
}

void write_submission_report_json(std::ostream& out, const Submission& s, const rules::RuleSet& rules,
                                  const judge::Judgement& j, Lang l) {
    json_of(out, submission_view(s, rules, j), s, j, l);
    out.put('\n');
}

ReportTexts submission_report_texts(const Submission& s, const rules::RuleSet& rules, const judge::Judgement& j,
                                    Lang l) {
    const auto v = submission_view(s, rules, j);
    ReportTexts out;
    out.html = html_of(v, rules, j, l);
    std::ostringstream js;
    json_of(js, v, s, j, l);
    js.put('\n');
    out.json = std::move(js).str();
    return out;
}

Poco::JSON::Object::Ptr submission_report_json(const Submission& s, const rules::RuleSet& rules,
                                               const judge::Judgement& j, Lang l) {
    const auto v = submission_view(s, rules, j);
    auto o = json::ordered();
    o->set("schema", k_report_schema);
    o->set("as_of", date::iso(j.as_of));
    o->set("lang", lang_code(l));
    // Same masking as the HTML: the clerk's copy carries no personal identifiers.
    o->set("submission", submission_json(v.submission));
    auto unit = json::ordered();
    unit->set("code", s.unit);
    unit->set("name", v.unit_name);
    o->set("unit", unit);
    auto received = json::ordered();
    received->set("at", s.received_at);
    received->set("vi", datetime_vi(s.received_at));
    o->set("received", received);
    auto counts = json::ordered();
    counts->set("accepted", v.counts.accepted);
    counts->set("rejected", v.counts.rejected);
    counts->set("needs_review", v.counts.needs_review);
    counts->set("unclassified", v.counts.unclassified);
    counts->set("refused", v.counts.refused);
    o->set("counts", counts);
    auto points = json::ordered();
    points->set("provisional", true);
    points->set("criteria", v.points.criteria);
    points->set("secured", format_points(v.points.secured));
    points->set("at_risk", format_points(v.points.at_risk));
    points->set("max", format_points(v.points.max));
    points->set("horizon_days", v.horizon_days);
    points->set("note", text_json(label("points_note")));
    if (!v.points.appraised.empty()) {  // only after an appraisal import (docs/report-format.md)
        Poco::JSON::Array::Ptr ap = new Poco::JSON::Array;
        for (const auto& a : v.points.appraised) {
            auto ao = json::ordered();
            ao->set("criterion", a.criterion);
            ao->set("self", format_points(a.self));
            ao->set("appraised", format_points(a.appraised));
            ao->set("difference", format_points(a.difference));
            ao->set("derived", a.derived);
            ap->add(ao);
        }
        points->set("appraisal", ap);
    }
    o->set("points", points);
    Poco::JSON::Array::Ptr rows = new Poco::JSON::Array;
    for (const auto& f : v.files) rows->add(file_json(f));
    o->set("files", rows);
    Poco::JSON::Array::Ptr docs = new Poco::JSON::Array;
    for (const auto& f : v.files) {
        Document masked = *f.document;
        masked.path_in_archive = mask_identifiers(masked.path_in_archive);
        masked.header.subject = mask_identifiers(masked.header.subject);
        for (auto& si : masked.signature.signers) si.subject = mask_identifiers(si.subject);
        auto dj = document_json(masked);
        decided_json(*dj, masked.id, j);
        if (auto ds = dj->getArray("decisions"))  // as the HTML: reviewers' words may name a person
            for (unsigned i = 0; i < ds->size(); ++i)
                if (auto dc = ds->getObject(i)) {
                    dc->set("value", mask_identifiers(dc->getValue<std::string>("value")));
                    dc->set("comment", mask_identifiers(dc->getValue<std::string>("comment")));
                }
        docs->add(dj);
    }
    o->set("documents", docs);
    Poco::JSON::Array::Ptr owed = new Poco::JSON::Array;
    for (const auto& w : v.owed) {
        auto wo = json::ordered();
        wo->set("criterion", w.criterion);
        wo->set("product", w.product->id);
        wo->set("title", w.product->title);
        wo->set("status", w.status);
        wo->set("due", null_or(w.due));
        wo->set("hand_in_due", null_or(w.hand_in_due));
        wo->set("deadline_note", null_or(w.due.empty() ? w.product->deadline.note : ""));
        wo->set("role", w.role);
        wo->set("overdue", w.overdue);
        wo->set("status_text", text_json(product_status_text(w.status)));
        owed->add(wo);
    }
    o->set("owed", owed);
    return o;
}

}  // namespace kc::report
