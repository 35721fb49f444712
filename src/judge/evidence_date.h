// judge/evidence_date.h — the date of a piece of evidence that is judged
// against its product's deadline (pure). Which date counts depends on the kind
// of evidence the document stands as (rules: Product::evidence_dates):
// the header's document date, the signing time, a photo's EXIF date or the
// date an officer entered with a link (fact `evidence_date`, keyed by the
// document id). All days are calendar days in UTC+7.
#pragma once
#include <map>
#include <optional>
#include <string>

#include "core/model.h"
#include "rules/ruleset.h"
#include "util/date.h"

namespace kc::judge {

// The UTC+7 day of an ISO 8601 time: "2022-11-15T23:50:00+07:00" → 15/11,
// "2022-11-15T17:10:00Z" → 16/11 (00:10 in UTC+7); without an offset the time
// is taken as UTC+7 (EXIF dates are local time); a bare date is that date.
// nullopt when unreadable.
std::optional<Date> day_vn_of(const std::string& timestamp);

// The kind a document stands as for the product: an image is a photo (a
// screenshot when the product takes screenshots and either takes no photos or
// the image is a PNG-like screen format, not a camera's JPEG/HEIC), a spreadsheet
// a table, a document the product takes only as a link a link, otherwise the
// header's type code when the product accepts it (a non-image handed in for a
// photo-only product stands as its header type, or "document": no EXIF to read).
std::string evidence_kind_of(const Document& d, const rules::Product& p);

struct EvidenceDate {
    std::string kind;        // evidence kind (KH, BC, photo, link …)
    std::string source;      // document_date | signing_time | exif_date | entered_date
    std::optional<Date> day;  // nullopt: the evidence does not carry that date
};

// entered: document id → the date an officer entered with it.
EvidenceDate evidence_date(const Document& d, const rules::Product& p, const std::map<std::string, Date>& entered);

}  // namespace kc::judge
