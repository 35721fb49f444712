// core/model.h — the domain model shared by every stage (see docs/ARCHITECTURE.md).
// Plain data: no I/O, no library types. Field names follow the index contract.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/reason.h"

namespace kc {

// ---- what the stages find out about one file --------------------------------

struct DocumentHeader {  // Nghị định 30/2020 layout
    std::string issuer;   // issuing body, e.g. "ỦY BAN NHÂN DÂN HUYỆN QUẢNG ĐIỀN"
    std::string number;   // "191"
    std::string symbol;   // "KH-UBND"
    std::string type;     // type code: "KH", "QĐ", "BC", "TB", "BB", "CV" (công văn) …
    std::string place;    // "Quảng Điền"
    std::string date;     // ISO "2021-12-30" or empty
    std::string subject;  // trích yếu
    std::string signer;   // signer name
    std::string period;   // the period it is about: "2022", "2022-Q1", "2022-H1", "2022-06" … or empty
    // Optional (issue 6): the "Nơi nhận" lines as written ("Như trên", "Lưu: VT"), and the
    // parser's confidence per field found (field name → 0..1). Empty when not known.
    std::vector<std::string> recipients;
    std::map<std::string, double> confidence;
};

struct Classification {
    std::string criterion;  // "1.1.1" or empty
    std::string product;    // "1.1.1/sp1" or empty
    double confidence = 0;  // 0..1
    std::string status = "unclassified";  // classified | needs_review | unclassified
    std::vector<std::string> signals;     // human-readable evidence for the choice
};

struct SignerInfo {
    std::string status;       // valid | invalid | modified | untrusted | expired | indeterminate
    std::string subject;      // certificate subject (identifiers masked)
    std::string issuer;
    std::string signed_at;    // ISO 8601 with +07:00, or empty
    std::string time_source;  // timestamp | signing_time | claimed
    std::vector<std::string> notes;
    // Added by the signature stage (signature-1); defaults mean "not known".
    std::string field;             // signature field name, or empty
    std::string subfilter;         // adbe.pkcs7.detached | ETSI.CAdES.detached | adbe.pkcs7.sha1 | …
    std::string serial;            // certificate serial number, hex
    std::string not_before;        // certificate validity, ISO 8601 +07:00
    std::string not_after;
    std::string agency_or_person;  // agency | person | unknown (heuristic from the subject)
    std::vector<long long> byte_range;
    bool whole_file = false;               // signed bytes + /Contents = the whole file
    bool signed_revision_is_last = false;  // no incremental update after this signature
    std::vector<std::string> later_changes;  // what later revisions change
    // Added by the judge: the registry unit the certificate's CN/O/OU names, or empty.
    std::string unit;
};

struct SignatureResult {
    std::string status = "absent";  // worst of the signers, or absent
    std::vector<SignerInfo> signers;
};

struct PageText {
    int number = 0;  // 1-based
    std::string text;
    std::string source;  // text_layer | ocr | none
    double confidence = 0;  // 0..1: 1 for a text layer, OCR mean word confidence, 0 for none
    // What was done to get the text (extract-2): OCR steps ("red_seal_removed",
    // "rotate(90)", "median3", "deskew(-1.20)", "sauvola" …) or text-layer
    // fixes ("legacy:tcvn3"); empty for a plain text layer.
    std::vector<std::string> preprocessing;
};

// What an analysis child returns for one file (pure facts, no verdict).
struct Analysis {
    std::string format;       // pdf | docx | xlsx | jpeg | png | … | unknown
    std::string mime;
    std::string text_source;  // text_layer | ocr | mixed | none
    std::vector<PageText> pages;
    SignatureResult signature;
    std::vector<Reason> reasons;  // extraction problems
    std::string exif_date;  // photos: EXIF DateTimeOriginal as ISO "2022-03-15T09:41:07[+07:00]", or empty
};

// ---- what the catalog records ----------------------------------------------

struct Submission {
    std::string id;           // "S" + date + short hash, stable for its bytes and arrival
    std::string unit;         // submitting unit code
    std::string file;         // file name as dropped (NFC), never a path from an archive
    std::string sha256;       // of the dropped bytes (zip) or of the folder manifest
    std::string received_at;  // ISO 8601 +07:00
    std::string rules;        // rule set id
    std::string status;       // accepted | damaged | rejected | duplicate
    std::vector<Reason> reasons;
};

struct Document {
    std::string id;                // "D…", one per occurrence
    std::optional<std::string> sha256;  // null when the entry could not be read
    std::string submission;
    std::string submitted_by;
    std::string path_in_archive;   // '/'-separated, NFC, nested as "inner.zip/…"
    std::string format;
    std::string text_source;
    int pages = 0;
    DocumentHeader header;
    Classification classification;
    std::vector<Classification> classifications;
    SignatureResult signature;
    std::string verdict;  // accepted | rejected | needs_review | unclassified | refused
    std::vector<Reason> reasons;
    bool refused = false;  // entry was not stored (unsafe, encrypted, too large …)
    // Photos: Analysis::exif_date (ISO, offset if the camera wrote one), or empty.
    // The judge takes it as the photo's date (rules: evidence_dates).
    std::string exif_date;
};

}  // namespace kc
