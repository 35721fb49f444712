// signature/pdf_signatures.h — finds the signature dictionaries of a PDF (qpdf):
// AcroForm fields of type /Sig that have a value, plus any /Type /Sig or
// /DocTimeStamp dictionary among the file's objects (signatures outside the form);
// and the revocation data of the document's DSS.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kc::signature {

struct SignatureDict {
    std::string field;       // fully qualified field name, or empty
    std::string type;        // "Sig", "DocTimeStamp" or empty (the key is optional)
    std::string subfilter;   // without the slash
    std::vector<std::int64_t> byte_range;
    bool byte_range_well_formed = false;  // an array of integers
    std::string contents;    // raw value of the /Contents string (DER + padding)
    std::string claimed_time;  // /M as written ("D:2020…")
    bool has_name = false;     // /Name present (never logged: a personal name)
};

struct PdfSignatures {
    bool readable = false;
    std::string error;
    std::vector<SignatureDict> signatures;  // in field order, then others by object number
    // The Document Security Store (catalog /DSS, PAdES LTV) as the last revision has it:
    // decoded stream data of /OCSPs, /CRLs and /Certs (DER, unverified; at most 64 each,
    // 1 MiB each).
    std::vector<std::string> dss_ocsps;
    std::vector<std::string> dss_crls;
    std::vector<std::string> dss_certs;
};

PdfSignatures find_signatures(std::string_view pdf_bytes);

// "D:20201101120000+01'00'" → unix seconds; nullopt when malformed.
std::optional<std::int64_t> parse_pdf_date(std::string_view s);

}  // namespace kc::signature
