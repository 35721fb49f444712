#include "core/model_json.h"

#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <sstream>

namespace kc::json {

Object::Ptr ordered() { return new Object(Poco::JSON_PRESERVE_KEY_ORDER); }

std::string get_string(const Object::Ptr& o, const std::string& key) {
    if (!o || !o->has(key) || o->isNull(key)) return {};
    return o->getValue<std::string>(key);
}

static std::vector<std::string> strings_from(const Array::Ptr& a) {
    std::vector<std::string> out;
    if (!a) return out;
    for (std::size_t i = 0; i < a->size(); ++i) out.push_back(a->getElement<std::string>(i));
    return out;
}

static Array::Ptr strings_to(const std::vector<std::string>& v) {
    Array::Ptr a = new Array;
    for (const auto& s : v) a->add(s);
    return a;
}

Object::Ptr to_json(const Reason& r) {
    auto o = ordered();
    o->set("code", r.code);
    o->set("vi", r.vi);
    o->set("en", r.en);
    o->set("hint", r.hint);
    o->set("hint_en", r.hint_en);
    if (!r.detail.empty()) o->set("detail", r.detail);
    return o;
}

Array::Ptr to_json(const std::vector<Reason>& rs) {
    Array::Ptr a = new Array;
    for (const auto& r : rs) a->add(to_json(r));
    return a;
}

static void set_or_null(Object::Ptr o, const std::string& k, const std::string& v) {
    if (v.empty())
        o->set(k, Poco::Dynamic::Var());
    else
        o->set(k, v);
}

Object::Ptr to_json(const DocumentHeader& h) {
    auto o = ordered();
    set_or_null(o, "issuer", h.issuer);
    set_or_null(o, "number", h.number);
    set_or_null(o, "symbol", h.symbol);
    set_or_null(o, "type", h.type);
    set_or_null(o, "place", h.place);
    set_or_null(o, "date", h.date);
    set_or_null(o, "subject", h.subject);
    set_or_null(o, "signer", h.signer);
    set_or_null(o, "period", h.period);
    // optional (issue 6): written only when known, so older outputs stay as they were
    if (!h.recipients.empty()) o->set("recipients", strings_to(h.recipients));
    if (!h.confidence.empty()) {
        auto c = ordered();
        for (const auto& [k, v] : h.confidence) c->set(k, v);
        o->set("confidence", c);
    }
    return o;
}

Object::Ptr to_json(const Classification& c) {
    auto o = ordered();
    set_or_null(o, "criterion", c.criterion);
    set_or_null(o, "product", c.product);
    o->set("confidence", c.confidence);
    o->set("status", c.status);
    o->set("signals", strings_to(c.signals));
    return o;
}

Object::Ptr to_json(const SignatureResult& s) {
    auto o = ordered();
    o->set("status", s.status);
    Array::Ptr signers = new Array;
    for (const auto& si : s.signers) {
        auto so = ordered();
        so->set("status", si.status);
        so->set("subject", si.subject);
        so->set("issuer", si.issuer);
        set_or_null(so, "signed_at", si.signed_at);
        set_or_null(so, "time_source", si.time_source);
        so->set("notes", strings_to(si.notes));
        set_or_null(so, "field", si.field);
        set_or_null(so, "subfilter", si.subfilter);
        set_or_null(so, "serial", si.serial);
        set_or_null(so, "not_before", si.not_before);
        set_or_null(so, "not_after", si.not_after);
        set_or_null(so, "agency_or_person", si.agency_or_person);
        set_or_null(so, "unit", si.unit);
        auto coverage = ordered();
        Array::Ptr br = new Array;
        for (auto n : si.byte_range) br->add(static_cast<Poco::Int64>(n));
        coverage->set("byte_range", br);
        coverage->set("whole_file", si.whole_file);
        coverage->set("signed_revision_is_last", si.signed_revision_is_last);
        coverage->set("later_changes", strings_to(si.later_changes));
        so->set("coverage", coverage);
        signers->add(so);
    }
    o->set("signers", signers);
    return o;
}

Object::Ptr to_json(const Analysis& a) {
    auto o = ordered();
    o->set("format", a.format);
    o->set("mime", a.mime);
    o->set("text_source", a.text_source);
    Array::Ptr pages = new Array;
    for (const auto& p : a.pages) {
        auto po = ordered();
        po->set("number", p.number);
        po->set("source", p.source);
        po->set("text", p.text);
        po->set("confidence", p.confidence);
        po->set("preprocessing", strings_to(p.preprocessing));
        pages->add(po);
    }
    o->set("pages", pages);
    o->set("signature", to_json(a.signature));
    o->set("reasons", to_json(a.reasons));
    o->set("exif_date", a.exif_date);
    return o;
}

Reason reason_from(const Object::Ptr& o) {
    return Reason{get_string(o, "code"), get_string(o, "vi"),      get_string(o, "en"),
                  get_string(o, "hint"), get_string(o, "hint_en"), get_string(o, "detail")};
}

std::vector<Reason> reasons_from(const Array::Ptr& a) {
    std::vector<Reason> out;
    if (!a) return out;
    for (std::size_t i = 0; i < a->size(); ++i) out.push_back(reason_from(a->getObject(i)));
    return out;
}

DocumentHeader header_from(const Object::Ptr& o) {
    DocumentHeader h;
    if (!o) return h;
    h.issuer = get_string(o, "issuer");
    h.number = get_string(o, "number");
    h.symbol = get_string(o, "symbol");
    h.type = get_string(o, "type");
    h.place = get_string(o, "place");
    h.date = get_string(o, "date");
    h.subject = get_string(o, "subject");
    h.signer = get_string(o, "signer");
    h.period = get_string(o, "period");
    if (o->has("recipients")) h.recipients = strings_from(o->getArray("recipients"));
    if (auto c = o->getObject("confidence"))
        for (const auto& k : c->getNames()) h.confidence[k] = c->getValue<double>(k);
    return h;
}

Classification classification_from(const Object::Ptr& o) {
    Classification c;
    if (!o) return c;
    c.criterion = get_string(o, "criterion");
    c.product = get_string(o, "product");
    c.confidence = o->has("confidence") ? o->getValue<double>("confidence") : 0.0;
    c.status = get_string(o, "status");
    c.signals = strings_from(o->getArray("signals"));
    return c;
}

SignatureResult signature_from(const Object::Ptr& o) {
    SignatureResult s;
    if (!o) return s;
    s.status = get_string(o, "status");
    auto signers = o->getArray("signers");
    for (std::size_t i = 0; signers && i < signers->size(); ++i) {
        auto so = signers->getObject(i);
        SignerInfo si;
        si.status = get_string(so, "status");
        si.subject = get_string(so, "subject");
        si.issuer = get_string(so, "issuer");
        si.signed_at = get_string(so, "signed_at");
        si.time_source = get_string(so, "time_source");
        si.notes = strings_from(so->getArray("notes"));
        si.field = get_string(so, "field");
        si.subfilter = get_string(so, "subfilter");
        si.serial = get_string(so, "serial");
        si.not_before = get_string(so, "not_before");
        si.not_after = get_string(so, "not_after");
        si.agency_or_person = get_string(so, "agency_or_person");
        si.unit = get_string(so, "unit");
        if (auto coverage = so->getObject("coverage")) {
            if (auto br = coverage->getArray("byte_range"))
                for (std::size_t j = 0; j < br->size(); ++j)
                    si.byte_range.push_back(br->getElement<Poco::Int64>(j));
            if (coverage->has("whole_file")) si.whole_file = coverage->getValue<bool>("whole_file");
            if (coverage->has("signed_revision_is_last"))
                si.signed_revision_is_last = coverage->getValue<bool>("signed_revision_is_last");
            si.later_changes = strings_from(coverage->getArray("later_changes"));
        }
        s.signers.push_back(si);
    }
    return s;
}

Analysis analysis_from(const Object::Ptr& o) {
    Analysis a;
    a.format = get_string(o, "format");
    a.mime = get_string(o, "mime");
    a.text_source = get_string(o, "text_source");
    auto pages = o->getArray("pages");
    for (std::size_t i = 0; pages && i < pages->size(); ++i) {
        auto po = pages->getObject(i);
        a.pages.push_back({po->getValue<int>("number"), get_string(po, "text"), get_string(po, "source"),
                           po->has("confidence") ? po->getValue<double>("confidence") : 0.0,
                           strings_from(po->getArray("preprocessing"))});
    }
    a.signature = signature_from(o->getObject("signature"));
    a.reasons = reasons_from(o->getArray("reasons"));
    a.exif_date = get_string(o, "exif_date");
    return a;
}

std::string stringify(const Object::Ptr& o, bool pretty) {
    std::ostringstream os;
    Poco::JSON::Stringifier::stringify(o, os, pretty ? 2 : 0);
    return os.str();
}

std::string stringify(const Array::Ptr& a, bool pretty) {
    std::ostringstream os;
    Poco::JSON::Stringifier::stringify(a, os, pretty ? 2 : 0);
    return os.str();
}

Object::Ptr parse_object(const std::string& text) {
    Poco::JSON::Parser parser;
    return parser.parse(text).extract<Object::Ptr>();
}

}  // namespace kc::json
