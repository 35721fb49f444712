// report/report_text.h — the words of the per-submission report, in both
// languages (pure). Every label exists in Vietnamese and English (NFC, checked
// by a unit test over all_texts()); the report shows the chosen language first
// and the other under it. Status words come with a symbol (✔ ✘ ⚠ …) so a
// black-and-white print still says what the colour said.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kc::report {

enum class Lang { vi, en };

// "vi" | "en" (case-insensitive); nullopt otherwise.
std::optional<Lang> parse_lang(std::string_view s);
const char* lang_code(Lang l);

struct Text {
    std::string vi, en;
    const std::string& in(Lang l) const { return l == Lang::vi ? vi : en; }
    const std::string& other(Lang l) const { return l == Lang::vi ? en : vi; }
};

// Document verdicts: accepted | rejected | needs_review | unclassified | refused.
Text verdict_text(const std::string& verdict);
// Product statuses (judge::ProductVerdict::status and value_needed …).
Text product_status_text(const std::string& status);
// Submission statuses: accepted | damaged | rejected | duplicate.
Text submission_status_text(const std::string& status);
// Signature statuses (SignatureResult::status / SignerInfo::status).
Text signature_text(const std::string& status);
// time_source of a signer: timestamp | signing_time | claimed.
Text time_source_text(const std::string& source);
// "✔" "✘" "⚠" "?" "⊘" for verdicts; "•" otherwise.
const char* verdict_symbol(const std::string& verdict);

// Fixed labels, by key ("title", "unit", "received" …); a missing key is a bug (throws).
const Text& label(std::string_view key);
// Every text above (labels and the values of each table), for the NFC test.
std::vector<Text> all_texts();

// "2022-01-04T09:30:00+07:00" (or any offset, or Z) → "04/01/2022 09:30" in
// UTC+7; the input unchanged when it is not such a timestamp.
std::string datetime_vi(std::string_view iso);
// A file name as the unit wrote it, safe to show: bidirectional controls
// (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C) and C0/C1 controls become
// visible "[U+202E]" marks, so "‮fdp.exe" cannot pose as "exe.pdf". Not HTML-escaped.
std::string visible_name(std::string_view utf8);
// The CN= of a certificate subject ("CN=UBND HUYỆN X,O=…" → "UBND HUYỆN X"), else the subject.
std::string signer_name(std::string_view subject);

}  // namespace kc::report
