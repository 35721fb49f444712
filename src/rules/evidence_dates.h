// rules/evidence_dates.h — which date of a piece of evidence is judged against
// its deadline, per evidence kind (rules/README.md, "Which date counts"):
//   document_date  the date in the administrative header (ngày ban hành)
//   signing_time   the time of the digital signature (timestamp or signing time)
//   exif_date      the date a photo was taken (EXIF DateTimeOriginal)
//   entered_date   a date an officer enters with the evidence (a web link's
//                  posting date): fact `evidence_date` keyed by the document id
// Pure: YAML in, values and diagnostics out.
#pragma once
#include <map>
#include <set>
#include <string>

#include "rules/yaml_reader.h"

namespace kc::rules {

// Evidence kinds a product may accept: document type codes (KH, QĐ …) and
// photo, screenshot, table, link.
const std::set<std::string>& evidence_kinds();
const std::set<std::string>& date_sources();

// Built in when ruleset.yaml says nothing: photos by EXIF date, links by the
// entered date, everything else by the document's date.
std::map<std::string, std::string> builtin_evidence_dates();

// Reads `kind: source` pairs; `default` is a key only when allow_default.
// Errors: unknown kind or source, exif_date for anything but a photo,
// signing_time for a photo, screenshot or link (they carry no signature).
std::map<std::string, std::string> read_evidence_dates(const YAML::Node& node, const std::string& file,
                                                       const std::string& owner, Diagnostics& diag,
                                                       bool allow_default);

// The source for `kind` under a rule set's map (the kind's own entry, else
// "default", else document_date).
std::string date_source_for(const std::map<std::string, std::string>& defaults, const std::string& kind);

// "ngày văn bản" / "document date" … for `rules show` and reasons.
std::string date_source_vi(const std::string& source);
std::string date_source_en(const std::string& source);

}  // namespace kc::rules
