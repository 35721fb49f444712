#include "catalog/json_columns.h"

#include <Poco/JSON/Parser.h>

#include <cstdlib>
#include <cstring>
#include <string_view>

#include "core/model_json.h"
#include "util/text.h"

namespace kc::catalog {
namespace {

// ---- a small pull reader for the columns' JSON --------------------------------
// Catalog::documents() decodes five columns per row; Poco's parser builds a tree
// of Dynamic::Var first (most of a 100,000-document read). This reader fills the
// structs directly. It accepts any JSON; on anything it does not expect it
// throws Bad and the caller falls back to the Poco path (same result or the
// same exception as before).
struct Bad {};

class Reader {
public:
    explicit Reader(std::string_view s) : m_s(s) {}
    void ws() {
        while (m_i < m_s.size() && (m_s[m_i] == ' ' || m_s[m_i] == '\n' || m_s[m_i] == '\t' || m_s[m_i] == '\r')) ++m_i;
    }
    char peek() {
        ws();
        if (m_i >= m_s.size()) throw Bad{};
        return m_s[m_i];
    }
    void expect(char c) {
        if (peek() != c) throw Bad{};
        ++m_i;
    }
    bool consume(char c) {
        if (peek() != c) return false;
        ++m_i;
        return true;
    }
    void end() {
        ws();
        if (m_i != m_s.size()) throw Bad{};
    }
    bool null() {
        if (peek() == 'n') {
            literal("null");
            return true;
        }
        return false;
    }
    // A string value ("" for null; numbers and booleans as their text, as Poco converts them).
    std::string string() {
        char c = peek();
        if (c == 'n') return literal("null"), std::string();
        if (c == 't') return literal("true"), std::string("true");
        if (c == 'f') return literal("false"), std::string("false");
        if (c != '"') return std::string(number_text());
        return quoted();
    }
    std::string quoted() {
        expect('"');
        std::string out;
        std::size_t start = m_i;
        while (true) {
            if (m_i >= m_s.size()) throw Bad{};
            char c = m_s[m_i];
            if (c == '"') break;
            if (c != '\\') {
                ++m_i;
                continue;
            }
            out.append(m_s.substr(start, m_i - start));
            ++m_i;
            if (m_i >= m_s.size()) throw Bad{};
            char e = m_s[m_i++];
            switch (e) {
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u': {
                    unsigned cp = hex4();
                    if (cp >= 0xD800 && cp < 0xDC00) {
                        if (m_i + 1 >= m_s.size() || m_s[m_i] != '\\' || m_s[m_i + 1] != 'u') throw Bad{};
                        m_i += 2;
                        unsigned lo = hex4();
                        if (lo < 0xDC00 || lo > 0xDFFF) throw Bad{};
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                        throw Bad{};
                    }
                    utf8(out, cp);
                    break;
                }
                default: throw Bad{};
            }
            start = m_i;
        }
        out.append(m_s.substr(start, m_i - start));
        ++m_i;  // the closing quote
        return out;
    }
    double number() {
        std::string t(number_text());
        char* end = nullptr;
        double v = std::strtod(t.c_str(), &end);
        if (end != t.c_str() + t.size()) throw Bad{};
        return v;
    }
    long long integer() {
        std::string t(number_text());
        char* end = nullptr;
        long long v = std::strtoll(t.c_str(), &end, 10);
        if (end != t.c_str() + t.size()) throw Bad{};
        return v;
    }
    bool boolean() {
        char c = peek();
        if (c == 't') return literal("true"), true;
        if (c == 'f') return literal("false"), false;
        throw Bad{};
    }
    // Calls f(key) for each member; f must read the value (or skip()).
    template <typename F>
    void object(F&& f) {
        expect('{');
        if (consume('}')) return;
        do {
            if (peek() != '"') throw Bad{};
            std::string key = quoted();
            expect(':');
            f(key);
        } while (consume(','));
        expect('}');
    }
    // Calls f() for each element; f must read it.
    template <typename F>
    void array(F&& f) {
        expect('[');
        if (consume(']')) return;
        do f();
        while (consume(','));
        expect(']');
    }
    std::vector<std::string> strings() {
        std::vector<std::string> out;
        if (null()) return out;
        array([&] { out.push_back(string()); });
        return out;
    }
    void skip() {
        char c = peek();
        if (c == '{') object([&](const std::string&) { skip(); });
        else if (c == '[') array([&] { skip(); });
        else if (c == '"') quoted();
        else if (c == 't') literal("true");
        else if (c == 'f') literal("false");
        else if (c == 'n') literal("null");
        else number_text();
    }

private:
    void literal(const char* word) {
        const std::size_t n = std::strlen(word);
        ws();
        if (m_s.substr(m_i, n) != word) throw Bad{};
        m_i += n;
    }
    std::string_view number_text() {
        ws();
        std::size_t start = m_i;
        while (m_i < m_s.size() && std::strchr("+-0123456789.eE", m_s[m_i]) && m_s[m_i] != '\0') ++m_i;
        if (m_i == start) throw Bad{};
        return m_s.substr(start, m_i - start);
    }
    unsigned hex4() {
        if (m_i + 4 > m_s.size()) throw Bad{};
        unsigned v = 0;
        for (int k = 0; k < 4; ++k) {
            char c = m_s[m_i++];
            v <<= 4;
            if (c >= '0' && c <= '9') v |= static_cast<unsigned>(c - '0');
            else if (c >= 'a' && c <= 'f') v |= static_cast<unsigned>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') v |= static_cast<unsigned>(c - 'A' + 10);
            else throw Bad{};
        }
        return v;
    }
    static void utf8(std::string& out, unsigned cp) { text::append_utf8(out, static_cast<char32_t>(cp)); }
    std::string_view m_s;
    std::size_t m_i = 0;
};

void read_header(Reader& r, DocumentHeader& h, std::string& exif) {
    if (r.null()) return;
    r.object([&](const std::string& k) {
        if (k == "issuer") h.issuer = r.string();
        else if (k == "number") h.number = r.string();
        else if (k == "symbol") h.symbol = r.string();
        else if (k == "type") h.type = r.string();
        else if (k == "place") h.place = r.string();
        else if (k == "date") h.date = r.string();
        else if (k == "subject") h.subject = r.string();
        else if (k == "signer") h.signer = r.string();
        else if (k == "period") h.period = r.string();
        else if (k == "exif_date") exif = r.string();
        else r.skip();
    });
}

void read_classification(Reader& r, Classification& c) {
    if (r.null()) return;
    r.object([&](const std::string& k) {
        if (k == "criterion") c.criterion = r.string();
        else if (k == "product") c.product = r.string();
        else if (k == "confidence") c.confidence = r.null() ? 0.0 : r.number();
        else if (k == "status") c.status = r.string();
        else if (k == "signals") c.signals = r.strings();
        else r.skip();
    });
}

void read_reason(Reader& r, Reason& x) {
    r.object([&](const std::string& k) {
        if (k == "code") x.code = r.string();
        else if (k == "vi") x.vi = r.string();
        else if (k == "en") x.en = r.string();
        else if (k == "hint") x.hint = r.string();
        else if (k == "hint_en") x.hint_en = r.string();
        else if (k == "detail") x.detail = r.string();
        else r.skip();
    });
}

void read_signer(Reader& r, SignerInfo& si) {
    r.object([&](const std::string& k) {
        if (k == "status") si.status = r.string();
        else if (k == "subject") si.subject = r.string();
        else if (k == "issuer") si.issuer = r.string();
        else if (k == "signed_at") si.signed_at = r.string();
        else if (k == "time_source") si.time_source = r.string();
        else if (k == "notes") si.notes = r.strings();
        else if (k == "field") si.field = r.string();
        else if (k == "subfilter") si.subfilter = r.string();
        else if (k == "serial") si.serial = r.string();
        else if (k == "not_before") si.not_before = r.string();
        else if (k == "not_after") si.not_after = r.string();
        else if (k == "agency_or_person") si.agency_or_person = r.string();
        else if (k == "unit") si.unit = r.string();
        else if (k == "coverage") {
            if (r.null()) return;
            r.object([&](const std::string& ck) {
                if (ck == "byte_range") {
                    if (!r.null()) r.array([&] { si.byte_range.push_back(r.integer()); });
                } else if (ck == "whole_file") {
                    si.whole_file = r.boolean();
                } else if (ck == "signed_revision_is_last") {
                    si.signed_revision_is_last = r.boolean();
                } else if (ck == "later_changes") {
                    si.later_changes = r.strings();
                } else {
                    r.skip();
                }
            });
        } else r.skip();
    });
}

// Decodes with the reader; on Bad, with the Poco path (which throws on malformed text).
template <typename T, typename Fast, typename Slow>
T decode(const std::string& text, Fast&& fast, Slow&& slow) {
    try {
        T out{};
        Reader r(text);
        fast(r, out);
        r.end();
        return out;
    } catch (const Bad&) {
        return slow(text);
    }
}

// core/model_json.h parses objects only; list columns are JSON arrays.
json::Array::Ptr parse_array(const std::string& text) {
    Poco::JSON::Parser parser;
    return parser.parse(text).extract<json::Array::Ptr>();
}

}  // namespace

std::string reasons_column(const std::vector<Reason>& reasons) { return json::stringify(json::to_json(reasons)); }

std::vector<Reason> reasons_from_column(const std::string& text) {
    return decode<std::vector<Reason>>(
        text,
        [](Reader& r, std::vector<Reason>& out) {
            if (r.null()) return;
            r.array([&] {
                out.emplace_back();
                read_reason(r, out.back());
            });
        },
        [](const std::string& t) { return json::reasons_from(parse_array(t)); });
}

std::string header_column(const DocumentHeader& header) { return json::stringify(json::to_json(header)); }

DocumentHeader header_from_column(const std::string& text) {
    return decode<DocumentHeader>(
        text,
        [](Reader& r, DocumentHeader& h) {
            std::string exif;
            read_header(r, h, exif);
        },
        [](const std::string& t) { return json::header_from(json::parse_object(t)); });
}

void header_and_exif_from_column(const std::string& text, DocumentHeader& header, std::string& exif_date) {
    try {
        DocumentHeader h;
        std::string exif;
        Reader r(text);
        read_header(r, h, exif);
        r.end();
        header = std::move(h);
        exif_date = std::move(exif);
    } catch (const Bad&) {
        header = header_from_column(text);
        exif_date = exif_date_from_header_column(text);
    }
}

std::string header_column(const DocumentHeader& header, const std::string& exif_date) {
    auto o = json::to_json(header);
    if (!exif_date.empty()) o->set("exif_date", exif_date);
    return json::stringify(o);
}

std::string exif_date_from_header_column(const std::string& text) {
    return json::get_string(json::parse_object(text), "exif_date");
}

std::string classification_column(const Classification& classification) {
    return json::stringify(json::to_json(classification));
}

Classification classification_from_column(const std::string& text) {
    return decode<Classification>(
        text, [](Reader& r, Classification& c) { read_classification(r, c); },
        [](const std::string& t) { return json::classification_from(json::parse_object(t)); });
}

std::string classifications_column(const std::vector<Classification>& classifications) {
    json::Array::Ptr a = new json::Array;
    for (const auto& c : classifications) a->add(json::to_json(c));
    return json::stringify(a);
}

std::vector<Classification> classifications_from_column(const std::string& text) {
    return decode<std::vector<Classification>>(
        text,
        [](Reader& r, std::vector<Classification>& out) {
            if (r.null()) return;
            r.array([&] {
                out.emplace_back();
                read_classification(r, out.back());
            });
        },
        [](const std::string& t) {
            std::vector<Classification> out;
            auto a = parse_array(t);
            for (std::size_t i = 0; i < a->size(); ++i) out.push_back(json::classification_from(a->getObject(i)));
            return out;
        });
}

std::string signature_column(const SignatureResult& signature) { return json::stringify(json::to_json(signature)); }

SignatureResult signature_from_column(const std::string& text) {
    return decode<SignatureResult>(
        text,
        [](Reader& r, SignatureResult& sig) {
            if (r.null()) return;
            r.object([&](const std::string& k) {
                if (k == "status") {
                    sig.status = r.string();
                } else if (k == "signers") {
                    if (r.null()) return;
                    r.array([&] {
                        sig.signers.emplace_back();
                        read_signer(r, sig.signers.back());
                    });
                } else {
                    r.skip();
                }
            });
        },
        [](const std::string& t) { return json::signature_from(json::parse_object(t)); });
}

}  // namespace kc::catalog
