// core/reason.h — every finding kiemchung reports has a stable code plus a
// Vietnamese and an English message and a fix hint (Vietnamese; hint_en too).
// The enum and the table in reason.cpp are kept in step by a static_assert.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kc {

enum class ReasonCode {
    // ingestion / unpacking
    ARCHIVE_DAMAGED, UNSAFE_PATH, SYMLINK_ENTRY, ENCRYPTED_ENTRY, TOO_MANY_ENTRIES, TOO_LARGE,
    COMPRESSION_RATIO, NESTING_TOO_DEEP, NAME_ENCODING, EMPTY_SUBMISSION, DUPLICATE_SUBMISSION,
    DUPLICATE, IGNORED_SYSTEM_FILE, DUPLICATE_NAME, RULE_SET_FALLBACK,
    // supervised parsing
    PARSER_CRASHED, PARSER_TIMEOUT, PARSER_OUT_OF_MEMORY, INTERNAL_ERROR,
    // extraction and understanding
    UNSUPPORTED_FORMAT, UNREADABLE, NO_TEXT, UNCLASSIFIED, NEEDS_REVIEW, NO_DOCUMENT_DATE,
    NO_PHOTO_DATE, NO_ENTERED_DATE,
    // signatures
    UNSIGNED, SIGNATURE_INVALID, SIGNATURE_UNTRUSTED, SIGNATURE_INDETERMINATE,
    MODIFIED_AFTER_SIGNING, CERT_EXPIRED, SIGNER_NOT_EXPECTED_ISSUER,
    // verdicts
    LATE_DOCUMENT_DATE, SIGNED_AFTER_DEADLINE, WRONG_DOCUMENT_KIND, WRONG_ISSUER, WRONG_PERIOD,
    SUBMITTED_LATE, MISSING, NOT_DUE, NO_DEADLINE, VALUE_NEEDED, SURVEY_CRITERION,
    REVIEWER_ACCEPTED, REVIEWER_REJECTED, WITHDRAWN, NOT_ARISING, THRESHOLD_NOT_MET,
    // environment
    DISK_FULL, SCHEMA_TOO_NEW, CATALOG_UNAVAILABLE, LEASE_EXPIRED,
    CATALOG_CONFLICT, CATALOG_FULL, CATALOG_SCHEMA_MISMATCH,  // PostgreSQL SQLSTATE classes (catalog/pg_errors.h)
    BLOB_MISSING, UNKNOWN_UNIT,  // a queued job's blob not in the shared store; its drop's unit not in the registry
    COUNT_  // keep last
};

struct Reason {
    std::string code;
    std::string vi;
    std::string en;
    std::string hint;     // Vietnamese: how to fix it
    std::string hint_en;  // English: how to fix it
    std::string detail;   // technical detail or the values involved (no document text)
};

std::string_view reason_code_name(ReasonCode code);
std::optional<ReasonCode> reason_code_from_name(std::string_view name);
// Builds the reason; `detail` is appended to both messages in parentheses.
Reason make_reason(ReasonCode code, const std::string& detail = {});
// For codes that arrive as strings from a child process.
Reason make_reason(std::string_view code_name, const std::string& detail = {});

bool has_reason(const std::vector<Reason>& reasons, ReasonCode code);

}  // namespace kc
