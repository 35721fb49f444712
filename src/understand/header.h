// understand/header.h — reads the Nghị định 30/2020 layout of an administrative
// document (issuer, "Số:" line, place and date, type name, subject, signer) from
// the text of its first and last page(s).
//
// Contract: pure function over NFC text (no I/O, no logging of document text).
// Every number, symbol and date is checked against its grammar — text layers
// from OCR mangle digits — and a value that fails is left empty with a note
// rather than guessed. Each field carries a confidence in [0,1]; 0 = not found.
// Visible signature stamp lines ("Ký bởi:", "Cơ quan:", "Thời gian ký:",
// "Ngày ký:") are stripped before the layout is read and reported separately:
// they are a weak cross-check, never the source of the document's own date.
//
// Field conventions: number is the register number as written ("191", "05");
// for normative documents it carries the year ("144/2025"), so number + "/" +
// symbol always rebuilds the full "số ký hiệu". type is the decree's code
// ("KH", "QĐ", "QyĐ", "CTr" …) or "CV" for a công văn. period is what the
// subject says the document is about ("2022", "2022-Q1", "2022-H1",
// "2022-9M"), never the issue year.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace kc::understand {

struct HeaderConfidence {
    double number = 0, date = 0, type = 0, issuer = 0, subject = 0, signer = 0;
};

struct ParsedHeader {
    kc::DocumentHeader header;
    HeaderConfidence confidence;
    std::vector<std::string> notes;  // stamp lines found, validations failed ("vi / en")
    std::string stamp_signer;        // "Ký bởi:" value
    std::string stamp_time;          // ISO 8601 with offset, e.g. "2019-12-31T14:43:19+07:00"
    std::string stamp_org;           // "Cơ quan:" value
    std::string governing;           // governing body above the issuer ("UBND HUYỆN QUẢNG ĐIỀN"), if any
    std::string signer_role;         // "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
};

// text: the first page(s) — and ideally the last one, where the signer is — NFC.
ParsedHeader parse_header(std::string_view text);

}  // namespace kc::understand
