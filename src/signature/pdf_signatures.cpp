#include "signature/pdf_signatures.h"

// qpdf 11: use std::shared_ptr in its API (no PointerHolder warnings).
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAcroFormDocumentHelper.hh>
#include <qpdf/QPDFFormFieldObjectHelper.hh>
#include <qpdf/QPDFLogger.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <qpdf/Pipeline.hh>

#include <set>
#include <stdexcept>

namespace kc::signature {
namespace {

// Hostile files make qpdf warn a lot; a child's stderr is for real failures, so
// every message goes to a discarding logger.
void make_quiet(QPDF& pdf) {
    auto logger = QPDFLogger::create();
    logger->setInfo(logger->discard());
    logger->setWarn(logger->discard());
    logger->setError(logger->discard());
    pdf.setLogger(logger);
    pdf.setSuppressWarnings(true);
    // Warnings about direct objects (no owning QPDF) go to the process-wide default
    // logger; silence that too (idempotent).
    auto global = QPDFLogger::defaultLogger();
    global->setWarn(global->discard());
    global->setError(global->discard());  // warnIfPossible() on direct objects writes here
}

SignatureDict read_dict(QPDFObjectHandle v, const std::string& field) {
    SignatureDict d;
    d.field = field;
    if (v.getKey("/Type").isName()) d.type = v.getKey("/Type").getName().substr(1);
    if (v.getKey("/SubFilter").isName()) d.subfilter = v.getKey("/SubFilter").getName().substr(1);
    auto br = v.getKey("/ByteRange");
    if (br.isArray()) {
        d.byte_range_well_formed = true;
        for (int i = 0; i < br.getArrayNItems(); ++i) {
            auto n = br.getArrayItem(i);
            if (!n.isInteger()) {
                d.byte_range_well_formed = false;
                break;
            }
            d.byte_range.push_back(n.getIntValue());
        }
    }
    auto contents = v.getKey("/Contents");
    if (contents.isString()) d.contents = contents.getStringValue();
    auto m = v.getKey("/M");
    if (m.isString()) d.claimed_time = m.getStringValue();
    d.has_name = v.hasKey("/Name");
    return d;
}

bool looks_like_signature(QPDFObjectHandle v) {
    return v.isDictionary() && v.hasKey("/ByteRange") && v.hasKey("/Contents");
}

class BoundedSink : public Pipeline {
public:
    explicit BoundedSink(std::size_t max) : Pipeline("dss", nullptr), m_max(max) {}
    void write(unsigned char const* buf, size_t len) override {
        if (overflow || data.size() + len > m_max) {
            overflow = true;
            throw std::length_error("DSS stream too large");
        }
        data.append(reinterpret_cast<const char*>(buf), len);
    }
    void finish() override {}
    std::string data;
    bool overflow = false;

private:
    std::size_t m_max;
};

// Decoded data of the streams in dss[key]; unreadable items are skipped (a broken DSS
// only means less evidence).
std::vector<std::string> dss_streams(QPDFObjectHandle dss, const char* key) {
    constexpr std::size_t k_max_items = 64, k_max_bytes = 1 << 20;
    std::vector<std::string> out;
    auto arr = dss.getKey(key);
    if (!arr.isArray()) return out;
    for (int i = 0; i < arr.getArrayNItems() && out.size() < k_max_items; ++i) {
        auto item = arr.getArrayItem(i);
        if (!item.isStream()) continue;
        // Decoded through a capped pipeline: a small compressed stream must not be able
        // to expand into gigabytes.
        BoundedSink sink(k_max_bytes);
        try {
            bool filtered = false;
            if (item.pipeStreamData(&sink, &filtered, 0, qpdf_dl_generalized, true) && !sink.overflow)
                out.push_back(std::move(sink.data));
        } catch (const std::exception&) {
        }
    }
    return out;
}

}  // namespace

PdfSignatures find_signatures(std::string_view bytes) {
    PdfSignatures out;
    try {
        QPDF pdf;
        make_quiet(pdf);
        pdf.processMemoryFile("document", bytes.data(), bytes.size());
        std::set<QPDFObjGen> seen;
        QPDFAcroFormDocumentHelper form(pdf);
        for (auto& field : form.getFormFields()) {
            if (field.getFieldType() != "/Sig") continue;
            auto v = field.getValue();
            if (!looks_like_signature(v)) continue;  // an empty signature field
            QPDFObjGen key = v.isIndirect() ? v.getObjGen() : field.getObjectHandle().getObjGen();
            if (!seen.insert(key).second) continue;
            out.signatures.push_back(read_dict(v, field.getFullyQualifiedName()));
        }
        // Signatures not hooked into the form still sign bytes; report them too.
        for (auto& obj : pdf.getAllObjects()) {
            if (!obj.isDictionary() || !looks_like_signature(obj)) continue;
            auto type = obj.getKey("/Type");
            if (!type.isName() || (type.getName() != "/Sig" && type.getName() != "/DocTimeStamp"))
                continue;
            if (!seen.insert(obj.getObjGen()).second) continue;
            out.signatures.push_back(read_dict(obj, {}));
        }
        auto dss = pdf.getRoot().getKey("/DSS");
        if (dss.isDictionary()) {
            out.dss_ocsps = dss_streams(dss, "/OCSPs");
            out.dss_crls = dss_streams(dss, "/CRLs");
            out.dss_certs = dss_streams(dss, "/Certs");
        }
        out.readable = true;
    } catch (const std::exception& e) {
        out.readable = false;
        out.error = std::string("PDF unreadable: ") + e.what();
    }
    return out;
}

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
// Plain arithmetic rather than <chrono> calendars: clang 14 with libstdc++ 12 cannot
// compile qpdf's headers as C++20, so the fuzz build compiles this file as C++17.
std::int64_t days_from_civil(int y, unsigned m, unsigned d) {
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<std::int64_t>(era) * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

bool valid_day(int y, int m, int d) {
    static const int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1) return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= k_days[m - 1] + (m == 2 && leap ? 1 : 0);
}

}  // namespace

std::optional<std::int64_t> parse_pdf_date(std::string_view s) {
    if (s.substr(0, 2) == "D:") s.remove_prefix(2);
    auto num = [&](std::size_t at, std::size_t len, int dflt) -> std::optional<int> {
        if (s.size() < at + len) return s.size() <= at ? std::optional<int>(dflt) : std::nullopt;
        int v = 0;
        for (std::size_t i = at; i < at + len; ++i) {
            if (s[i] < '0' || s[i] > '9') return std::nullopt;
            v = v * 10 + (s[i] - '0');
        }
        return v;
    };
    auto y = num(0, 4, -1), mo = num(4, 2, 1), d = num(6, 2, 1), h = num(8, 2, 0), mi = num(10, 2, 0),
         se = num(12, 2, 0);
    if (!y || *y < 0 || !mo || !d || !h || !mi || !se) return std::nullopt;
    if (!valid_day(*y, *mo, *d) || *h > 23 || *mi > 59 || *se > 60) return std::nullopt;
    std::int64_t t = days_from_civil(*y, static_cast<unsigned>(*mo), static_cast<unsigned>(*d)) * 86400LL +
                     *h * 3600 + *mi * 60 + *se;
    // Offset: Z, or +HH'mm' / -HH'mm'; absent means unknown, read as UTC.
    if (s.size() > 14 && (s[14] == '+' || s[14] == '-')) {
        int sign = s[14] == '+' ? 1 : -1;
        int oh = 0, om = 0;
        std::size_t i = 15;
        auto two = [&](int& v) {
            if (i + 2 <= s.size() && isdigit(static_cast<unsigned char>(s[i])) &&
                isdigit(static_cast<unsigned char>(s[i + 1]))) {
                v = (s[i] - '0') * 10 + (s[i + 1] - '0');
                i += 2;
            }
        };
        two(oh);
        if (i < s.size() && s[i] == '\'') ++i;
        two(om);
        t -= sign * (oh * 3600 + om * 60);
    }
    return t;
}

}  // namespace kc::signature
