// report/index.h — the verified evidence index (contract in docs/index-format.md,
// JSON Schema in docs/index.schema.json) and its CSV form. Pure: builds values;
// the caller writes them (atomically) where they belong.
#pragma once
#include <string>
#include <vector>

#include <Poco/JSON/Object.h>

#include "core/model.h"
#include "judge/judge.h"
#include "rules/ruleset.h"

namespace kc::report {

inline constexpr const char* k_index_schema = "kiemchung/index/v1";

Poco::JSON::Object::Ptr index_json(const rules::RuleSet& rules, const std::vector<Submission>& submissions,
                                   const judge::Judgement& judgement);
// One row per assessed unit × criterion × product (criteria without products: one row).
// UTF-8 with BOM, comma separated, RFC 4180 quoting, dot decimals.
std::string index_csv(const rules::RuleSet& rules, const judge::Judgement& judgement);
std::string format_points(double v);  // "0.5", "12.25", "77.58": at most 3 decimals, same every time

Poco::JSON::Object::Ptr document_json(const Document& d);
Poco::JSON::Object::Ptr submission_json(const Submission& s);
// Reviewer decisions and facts: documents[] gain `decisions` (every one, in
// order) and, when decided, `automatic` {product, verdict, reasons} — what the
// judge said without them; the index gains `facts` (those in force).
Poco::JSON::Object::Ptr decision_json(const Decision& d);
Poco::JSON::Object::Ptr fact_json(const Fact& f);
void decided_json(Poco::JSON::Object& o, const std::string& document_id, const judge::Judgement& j);
Poco::JSON::Object::Ptr deadline_json(const rules::Deadline& d, const std::vector<Date>& due);

}  // namespace kc::report
