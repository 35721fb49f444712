#include "report/index_stream.h"

#include <Poco/NumberFormatter.h>
#include <Poco/UTF8String.h>

#include "report/appraisal_compare.h"
#include "report/index.h"
#include "util/mask.h"

namespace kc::report {

// ---- JsonStream: Poco's pretty layout, step 2 ----------------------------------
// Object: "{\n" then per entry <indent>"key" : value, entries joined by ",\n",
// a "\n" after the last, then <indent-2>"}". Array: "[\n", <indent>value joined
// by ",\n", then always "\n<indent-2>]" (so [] is "[\n\n  ]"). Root indent 2.

constexpr int k_step = 2;

void JsonStream::indent(int n) {
    static const std::string spaces(256, ' ');
    while (n > 0) {
        int k = n < 256 ? n : 256;
        m_out.write(spaces.data(), k);
        n -= k;
    }
}

// Poco::toJSON with JSON_WRAP_STRINGS: only ASCII controls, '"' and '\\' are
// escaped (via UTF8::escape, strict JSON); everything else goes out as is.
void JsonStream::quoted(std::string_view s) {
    m_out.put('"');
    std::size_t start = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c > 31 && c != '"' && c != '\\') continue;
        m_out.write(s.data() + start, static_cast<std::streamsize>(i - start));
        const std::string one(1, s[i]);
        m_out << Poco::UTF8::escape(one.begin(), one.end(), true);
        start = i + 1;
    }
    m_out.write(s.data() + start, static_cast<std::streamsize>(s.size() - start));
    m_out.put('"');
}

void JsonStream::before_value() {
    if (m_stack.empty()) return;
    Level& top = m_stack.back();
    if (top.object) return;  // key() wrote the separator and the indent
    if (top.count++ > 0) m_out.write(",\n", 2);
    indent(top.indent);
}

void JsonStream::open(char c, bool object) {
    before_value();
    m_out.put(c);
    m_out.put('\n');
    m_stack.push_back({object, 0, m_stack.empty() ? k_step : m_stack.back().indent + k_step});
}

void JsonStream::close(char c) {
    const Level top = m_stack.back();
    m_stack.pop_back();
    if (!top.object || top.count > 0) m_out.put('\n');
    indent(top.indent - k_step);
    m_out.put(c);
}

JsonStream& JsonStream::begin_object() { return open('{', true), *this; }
JsonStream& JsonStream::end_object() { return close('}'), *this; }
JsonStream& JsonStream::begin_array() { return open('[', false), *this; }
JsonStream& JsonStream::end_array() { return close(']'), *this; }

JsonStream& JsonStream::key(std::string_view k) {
    Level& top = m_stack.back();
    if (top.count++ > 0) m_out.write(",\n", 2);
    indent(top.indent);
    quoted(k);
    m_out.write(": ", 2);
    return *this;
}

JsonStream& JsonStream::string(std::string_view s) {
    before_value();
    quoted(s);
    return *this;
}

JsonStream& JsonStream::string_or_null(std::string_view s) { return s.empty() ? null() : string(s); }

JsonStream& JsonStream::null() {
    before_value();
    m_out.write("null", 4);
    return *this;
}

JsonStream& JsonStream::boolean(bool b) {
    before_value();
    m_out << (b ? "true" : "false");
    return *this;
}

JsonStream& JsonStream::integer(long long v) {
    before_value();
    m_out << Poco::NumberFormatter::format(static_cast<Poco::Int64>(v));
    return *this;
}

JsonStream& JsonStream::number(double v) {
    before_value();
    m_out << Poco::NumberFormatter::format(v);
    return *this;
}

JsonStream& JsonStream::strings(const std::vector<std::string>& v) {
    begin_array();
    for (const auto& s : v) string(s);
    return end_array();
}

// ---- the index, in index_json()'s order ----------------------------------------

namespace {

// As index.cpp's points(): the value the JSON carries is the 3-decimal text read back.
void points(JsonStream& w, double v) { w.number(std::stod(format_points(v))); }

void write_header(JsonStream& w, const DocumentHeader& h, bool mask) {
    w.begin_object();
    w.key("issuer").string_or_null(h.issuer);
    w.key("number").string_or_null(h.number);
    w.key("symbol").string_or_null(h.symbol);
    w.key("type").string_or_null(h.type);
    w.key("place").string_or_null(h.place);
    w.key("date").string_or_null(h.date);
    if (mask) w.key("subject").string_or_null(mask_identifiers(h.subject));
    else w.key("subject").string_or_null(h.subject);
    w.key("signer").string_or_null(h.signer);
    w.key("period").string_or_null(h.period);
    if (!h.recipients.empty()) w.key("recipients").strings(h.recipients);  // optional, as model_json's to_json
    if (!h.confidence.empty()) {
        w.key("confidence").begin_object();
        for (const auto& [k, v] : h.confidence) w.key(k).number(v);
        w.end_object();
    }
    w.end_object();
}

void write_classification(JsonStream& w, const Classification& c) {
    w.begin_object();
    w.key("criterion").string_or_null(c.criterion);
    w.key("product").string_or_null(c.product);
    w.key("confidence").number(c.confidence);
    w.key("status").string(c.status);
    w.key("signals").strings(c.signals);
    w.end_object();
}

void write_signature(JsonStream& w, const SignatureResult& s, bool mask) {
    w.begin_object();
    w.key("status").string(s.status);
    w.key("signers").begin_array();
    for (const auto& si : s.signers) {
        w.begin_object();
        w.key("status").string(si.status);
        if (mask) w.key("subject").string(mask_identifiers(si.subject));
        else w.key("subject").string(si.subject);
        w.key("issuer").string(si.issuer);
        w.key("signed_at").string_or_null(si.signed_at);
        w.key("time_source").string_or_null(si.time_source);
        w.key("notes").strings(si.notes);
        w.key("field").string_or_null(si.field);
        w.key("subfilter").string_or_null(si.subfilter);
        w.key("serial").string_or_null(si.serial);
        w.key("not_before").string_or_null(si.not_before);
        w.key("not_after").string_or_null(si.not_after);
        w.key("agency_or_person").string_or_null(si.agency_or_person);
        w.key("unit").string_or_null(si.unit);
        w.key("coverage").begin_object();
        w.key("byte_range").begin_array();
        for (auto n : si.byte_range) w.integer(n);
        w.end_array();
        w.key("whole_file").boolean(si.whole_file);
        w.key("signed_revision_is_last").boolean(si.signed_revision_is_last);
        w.key("later_changes").strings(si.later_changes);
        w.end_object();
        w.end_object();
    }
    w.end_array();
    w.end_object();
}

}  // namespace

void write_submission(JsonStream& w, const Submission& s) {
    w.begin_object();
    w.key("id").string(s.id);
    w.key("unit").string(s.unit);
    w.key("file").string(s.file);
    w.key("sha256").string(s.sha256);
    w.key("received_at").string(s.received_at);
    w.key("rules").string(s.rules);
    w.key("status").string(s.status);
    w.key("reasons");
    write_reasons(w, s.reasons);
    w.end_object();
}

namespace {

void write_product(JsonStream& w, const judge::ProductVerdict& pv) {
    const rules::Product& p = *pv.product;
    w.begin_object();
    w.key("id").string(p.id);
    w.key("title").string(p.title);
    w.key("lead_agencies").strings(p.lead_agencies);
    w.key("expected_issuers").strings(p.expected_issuers);
    w.key("deadline").begin_object();
    w.key("kind").string(p.deadline.kind);
    w.key("due").begin_array();
    for (const auto& d : pv.due) w.string(date::iso(d));
    w.end_array();
    w.key("event").string_or_null(p.deadline.event);
    w.key("note").string(p.deadline.note);
    w.end_object();
    w.key("status").string(pv.status);
    w.key("evidence").begin_array();
    for (const auto& e : pv.evidence) {
        w.begin_object();
        w.key("document").string(e.document);
        w.key("sha256").string(e.sha256);
        w.key("pages").integer(e.pages);
        w.key("status").string(e.status);
        w.end_object();
    }
    w.end_array();
    w.key("reasons");
    write_reasons(w, pv.reasons);
    w.end_object();
}

void write_criterion(JsonStream& w, const judge::CriterionVerdict& cv, const UnitAppraisal& ap) {
    w.begin_object();
    w.key("code").string(cv.criterion->code);
    w.key("title").string(cv.criterion->title);
    w.key("points_max");
    points(w, cv.points_max);
    w.key("points_provisional");
    points(w, cv.points_provisional);
    w.key("status").string(cv.status);
    w.key("reasons");
    write_reasons(w, cv.reasons);
    if (!cv.value.empty()) {
        w.key("value").string(cv.value);
        w.key("value_document").string(cv.value_document);
    }
    w.key("products").begin_array();
    for (const auto& pv : cv.products) write_product(w, pv);
    w.end_array();
    if (auto a = ap.criteria.find(cv.criterion->code); a != ap.criteria.end()) {
        const Appraisal none;
        const Appraisal& row = a->second.row ? *a->second.row : none;
        w.key("appraisal").begin_object();
        w.key("points_appraised");
        points(w, a->second.appraised);
        w.key("difference");
        points(w, a->second.difference);
        w.key("derived").boolean(a->second.derived);
        w.key("comment").string(row.comment);
        w.key("source").string(row.source);
        w.key("by").string(row.by);
        w.key("at").string(row.at);
        w.end_object();
    }
    w.end_object();
}

void write_unit(JsonStream& w, const judge::UnitVerdict& uv, int horizon_days,
                const std::vector<Appraisal>& appraisals) {
    const auto ap = compare_appraisal(uv, appraisals);  // optional fields: docs/index-format.md
    w.begin_object();
    w.key("unit").string(uv.unit->code);
    w.key("name").string(uv.unit->name);
    w.key("points_max");
    points(w, uv.points_max);
    w.key("points_provisional");
    points(w, uv.points_provisional);
    w.key("provisional").boolean(true);
    w.key("points_at_risk");
    points(w, uv.points_at_risk);
    w.key("horizon_days").integer(horizon_days);
    w.key("groups").begin_object();
    for (const auto& [code, t] : uv.groups) {
        w.key(code).begin_object();
        w.key("points_max");
        points(w, t.points_max);
        w.key("points_provisional");
        points(w, t.points_provisional);
        if (auto a = ap.groups.find(code); a != ap.groups.end()) {
            w.key("points_appraised");
            points(w, a->second.appraised);
            w.key("difference");
            points(w, a->second.difference);
        }
        w.end_object();
    }
    w.end_object();
    w.key("criteria").begin_array();
    for (const auto& cv : uv.criteria) write_criterion(w, cv, ap);
    w.end_array();
    if (ap.total) {
        w.key("appraisal").begin_object();
        w.key("points_appraised");
        points(w, ap.total->appraised);
        w.key("difference");
        points(w, ap.total->difference);
        w.key("complete").boolean(ap.complete);
        w.key("imported_at").string(ap.imported_at);
        w.end_object();
    }
    w.end_object();
}

void write_decision(JsonStream& w, const Decision& d, bool mask) {
    w.begin_object();
    w.key("seq").integer(d.seq);
    w.key("action").string(d.action);
    w.key("product").string(d.product);
    w.key("field").string(d.field);
    w.key("value").string(mask ? mask_identifiers(d.value) : d.value);
    w.key("by").string(d.by);
    w.key("comment").string(mask ? mask_identifiers(d.comment) : d.comment);
    w.key("at").string(d.at);
    w.end_object();
}

void write_fact(JsonStream& w, const Fact& f) {
    w.begin_object();
    w.key("seq").integer(f.seq);
    w.key("kind").string(f.kind);
    w.key("key").string(f.key);
    w.key("value").string(f.value);
    w.key("document").string(f.document);
    w.key("by").string(f.by);
    w.key("comment").string(f.comment);
    w.key("at").string(f.at);
    w.end_object();
}

}  // namespace

void write_reasons(JsonStream& w, const std::vector<Reason>& reasons) {
    w.begin_array();
    for (const auto& r : reasons) {
        w.begin_object();
        w.key("code").string(r.code);
        w.key("vi").string(r.vi);
        w.key("en").string(r.en);
        w.key("hint").string(r.hint);
        w.key("hint_en").string(r.hint_en);
        if (!r.detail.empty()) w.key("detail").string(r.detail);
        w.end_object();
    }
    w.end_array();
}

void write_document(JsonStream& w, const Document& d, const judge::Judgement& j, bool mask) {
    w.begin_object();
    w.key("id").string(d.id);
    w.key("sha256");
    if (d.sha256) w.string(*d.sha256); else w.null();
    w.key("submission").string(d.submission);
    w.key("submitted_by").string(d.submitted_by);
    if (mask) w.key("path_in_archive").string(mask_identifiers(d.path_in_archive));
    else w.key("path_in_archive").string(d.path_in_archive);
    w.key("format").string(d.format);
    w.key("text_source").string(d.text_source);
    w.key("pages").integer(d.pages);
    w.key("header");
    write_header(w, d.header, mask);
    w.key("classification");
    write_classification(w, d.classification);
    w.key("classifications").begin_array();
    for (const auto& c : d.classifications) write_classification(w, c);
    w.end_array();
    w.key("signature");
    write_signature(w, d.signature, mask);
    w.key("verdict").string(d.verdict);
    w.key("reasons");
    write_reasons(w, d.reasons);
    w.key("decisions").begin_array();
    if (auto it = j.decisions.find(d.id); it != j.decisions.end())
        for (const auto& dc : it->second) write_decision(w, dc, mask);
    w.end_array();
    if (auto a = j.automatic.find(d.id); a != j.automatic.end()) {
        w.key("automatic").begin_object();
        w.key("product").string(a->second.product);
        w.key("verdict").string(a->second.verdict);
        w.key("reasons");
        write_reasons(w, a->second.reasons);
        w.end_object();
    }
    w.end_object();
}

void write_index_json(std::ostream& out, const rules::RuleSet& rules, const std::vector<Submission>& submissions,
                      const judge::Judgement& j) {
    JsonStream w(out);
    w.begin_object();
    w.key("schema").string(k_index_schema);
    w.key("generator").begin_object();
    w.key("name").string("kiemchung");
    w.key("version").string(KC_VERSION);
    w.end_object();
    w.key("rules").begin_object();
    w.key("id").string(rules.id);
    w.key("year").integer(rules.year);
    w.key("sha256").string(rules.sha256);
    w.key("provenance").string(rules.provenance);
    w.end_object();
    w.key("as_of").string(date::iso(j.as_of));
    w.key("submissions").begin_array();
    for (const auto& s : submissions) write_submission(w, s);
    w.end_array();
    w.key("units").begin_array();
    for (const auto& uv : j.units) write_unit(w, uv, j.horizon_days, j.appraisals);
    w.end_array();
    w.key("documents").begin_array();
    for (const auto& d : j.documents) write_document(w, d, j);
    w.end_array();
    w.key("facts").begin_array();
    for (const auto& f : j.facts) write_fact(w, f);
    w.end_array();
    if (!j.rule_sets.empty()) {
        w.key("rule_sets").begin_array();
        for (const auto& rs : j.rule_sets) {
            w.begin_object();
            w.key("id").string(rs.rules->id);
            w.key("year").integer(rs.rules->year);
            w.key("sha256").string(rs.rules->sha256);
            w.key("provenance").string(rs.rules->provenance);
            w.key("submissions").integer(rs.submissions);
            w.key("documents").integer(rs.documents);
            w.key("units").begin_array();
            for (const auto& uv : rs.units) write_unit(w, uv, j.horizon_days, j.appraisals);
            w.end_array();
            w.end_object();
        }
        w.end_array();
    }
    w.end_object();
    out.put('\n');
}

}  // namespace kc::report

// ---- CSV ---------------------------------------------------------------------------

namespace kc::report {
namespace {

void csv_field(std::ostream& os, const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) {
        os << s;
        return;
    }
    os.put('"');
    for (char c : s) {
        if (c == '"') os.put('"');
        os.put(c);
    }
    os.put('"');
}

std::string join(const std::vector<std::string>& v, const char* sep = ";") {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
    return out;
}

void row(std::ostream& os, const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i) os.put(',');
        csv_field(os, cells[i]);
    }
    os << "\r\n";
}

}  // namespace

void write_units_csv(std::ostream& os, const std::vector<judge::UnitVerdict>& units) {
    os << "\xEF\xBB\xBF";
    row(os, {"unit", "criterion", "criterion_title", "criterion_points_max", "criterion_points_provisional",
             "criterion_status", "product", "product_title", "lead_agencies", "expected_issuers", "deadline_kind",
             "due", "product_status", "evidence_documents", "reasons"});
    for (const auto& uv : units) {
        for (const auto& cv : uv.criteria) {
            const auto& c = *cv.criterion;
            const std::vector<std::string> base = {uv.unit->code, c.code, c.title, format_points(cv.points_max),
                                                   format_points(cv.points_provisional), cv.status};
            std::vector<std::string> creasons;
            for (const auto& r : cv.reasons) creasons.push_back(r.code);
            if (cv.products.empty()) {
                auto cells = base;
                cells.resize(base.size() + 8);
                cells.push_back(join(creasons));
                row(os, cells);
            }
            for (const auto& pv : cv.products) {
                auto cells = base;
                std::vector<std::string> due, ev, reasons = creasons;
                for (const auto& d : pv.due) due.push_back(date::iso(d));
                for (const auto& e : pv.evidence) ev.push_back(e.document + ":" + e.status);
                for (const auto& r : pv.reasons) reasons.push_back(r.code);
                cells.insert(cells.end(), {pv.product->id, pv.product->title, join(pv.product->lead_agencies),
                                           join(pv.product->expected_issuers), pv.product->deadline.kind, join(due),
                                           pv.status, join(ev), join(reasons)});
                row(os, cells);
            }
        }
    }
}

void write_index_csv(std::ostream& os, const rules::RuleSet& rules, const judge::Judgement& j) {
    (void)rules;
    write_units_csv(os, j.units);
}

}  // namespace kc::report
