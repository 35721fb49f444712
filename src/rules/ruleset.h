// rules/ruleset.h — a rule set (criteria, products, deadlines, scoring) and the
// units registry, loaded from versioned YAML under rules/<id>/ (see rules/README.md).
//
// Contract: load_ruleset() reads the files, checks them (unknown keys, unknown
// units, bad dates, duplicate codes) and either returns a RuleSet or a list of
// "file:line[:column]: message" errors. Nothing else in the program reads rules/
// files. The shared rules/calendar.yaml (working days) is loaded into `calendar`.
// Defaults written in rules/README.md (period = the rule set's year, quantifier
// one, signature required, inclusive deadlines) are filled in by the loader, so
// every field below holds its final value.
#pragma once
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "rules/calendar.h"
#include "util/date.h"
#include "util/result.h"

namespace kc::rules {

struct Unit {
    std::string code;                  // "ubnd-quang-dien"
    std::string name;                  // "UBND huyện Quảng Điền"
    std::string level;                 // province | department | district | commune | office
    std::string parent;                // unit code or empty
    std::vector<std::string> aliases;  // other names, matched folded (case/diacritics)
    bool assessed = false;             // judged by this rule set (holds criteria and points)
};

struct Deadline {
    // absolute: due[] fixed dates; relative: `days` after an event (documents it
    // depends on); by_request: set by another body's request (no fixed date);
    // during_year: any time in the year; none.
    std::string kind = "none";   // absolute | relative | by_request | during_year | none
    std::vector<Date> due;       // resolved dates (absolute)
    int days = 0;                // relative: offset
    int months = 0;              // relative: calendar months, counted before `days` ("1 tháng")
    std::string event;           // relative / by_request: what it counts from
    std::string note;            // the seed's wording
    bool inclusive = true;       // "Trước 15/11/2022": the day itself counts (stated default)
    bool working_days = false;   // relative: `days` counts working days ("7 ngày làm việc")
    std::string event_product;   // relative: product id whose document dates the event, if any
    std::string seed_discrepancy;  // why the dates differ from what the seed says, if they do
};

struct Product {
    std::string id;                            // "1.1.1/sp1"
    std::string title;
    std::string requirement;                   // "Yêu cầu" text
    std::vector<std::string> lead_agencies;    // unit codes
    std::vector<std::string> coordinating;     // unit codes or descriptions
    std::vector<std::string> expected_issuers; // unit codes
    std::vector<std::string> kinds;            // accepted document type codes: KH, QĐ, BC, TB, BB, CV, photo, table, link
    std::vector<std::string> phrases;          // identifying phrases (classifier)
    std::string period;                        // "2022", "2021", "2022-Q1" … or empty
    std::string quantifier = "one";            // one | each_unit | per_event | at_least
    int min_count = 1;                         // at_least N
    bool signature_required = true;
    Deadline deadline;
    // Internal hand-in deadline (seed part III): "" = the rule set's default,
    // else auto | none | a milestone id of ruleset.yaml `hand_in` | YYYY-MM-DD.
    std::string hand_in;
    // Which date of the evidence counts, for each of `kinds` (filled in by the
    // loader from the rule set's `evidence_dates` and the product's overrides):
    // document_date | signing_time | exif_date | entered_date.
    std::map<std::string, std::string> evidence_dates;
    std::string note;              // remarks (seed wording kept where it does not fit a field)
    std::string seed_discrepancy;  // where the seed is evidently wrong and what we assume
};

struct Criterion {
    std::string code;    // "1.1.1"; uncoded rows "1.2.a"
    std::string title;
    std::string group;   // "1" … "9"
    std::string parent;  // "1.1" for "1.1.1", empty for a top-level row
    double points = 0;
    std::string scoring = "presence";  // presence | threshold | formula | count | survey | parent
    std::string metric;                // threshold/formula: the metric's name
    int seed_line = 0;                 // line in the seed this row came from
    std::vector<Product> products;
    std::string note;              // remarks from the seed row (e.g. "Căn cứ theo dõi của Sở …")
    std::string seed_discrepancy;  // where the seed is evidently wrong and what we assume
    // The same target as the seed's plan body states it (part II), where the
    // plan body names one: "trên 95%" at line 192 for 1.1.2. `rules check` warns
    // when it differs from `metric`.
    std::string plan_body_metric;
    int plan_body_line = 0;
};

// Several units named at once ("Các phòng, ban cấp huyện"). Members are unit or
// group codes; products may name a group wherever they name a unit.
struct UnitGroup {
    std::string code;                  // "all-offices"
    std::string name;                  // "Các phòng, ban cấp huyện"
    std::vector<std::string> members;  // unit or group codes
};

// One internal hand-in deadline of the rule set (seed part III: units report to
// UBND huyện via Phòng Nội vụ "trước ngày 30 tháng 6" and "trước ngày 15 tháng 11").
struct HandInMilestone {
    std::string id;     // "first-half", "self-assessment"
    Date date{};        // as written ("Trước D"); see HandIn::inclusive
    std::string title;  // what is handed in
    std::string note;   // the seed's wording
    int seed_line = 0;
};

// The internal hand-in deadlines of a rule set and how a product picks one
// (rules/README.md, "Hand-in deadlines"; resolved by rules/hand_in.h).
struct HandIn {
    std::vector<HandInMilestone> milestones;  // sorted by date
    std::string default_choice = "auto";      // auto | none | a milestone id
    bool inclusive = true;                    // "Trước D": D itself is in time
    std::string note;
};

struct RuleSet {
    std::string id;          // "cchc-2022"
    int year = 0;
    std::string title;
    std::string assessed_unit;   // unit code
    std::string provenance;      // e.g. "provisional per the draft appendix"
    std::string sha256;          // over the sorted manifest of the rule set's files
    std::vector<Criterion> criteria;  // in catalogue order; only leaves carry products
    std::vector<Unit> units;
    std::vector<UnitGroup> groups;
    HandIn hand_in;              // ruleset.yaml `hand_in`; no milestones: none
    // Default date source per evidence kind (ruleset.yaml `evidence_dates`):
    // kind → document_date | signing_time | exif_date | entered_date; key
    // "default" for kinds not listed.
    std::map<std::string, std::string> evidence_dates;
    Calendar calendar;           // rules/calendar.yaml, shared by every rule set
    bool calendar_loaded = false;  // false: the file is absent, weekends are the only days off

    const Criterion* criterion(const std::string& code) const;
    const Product* product(const std::string& id) const;
    const Unit* unit(const std::string& code) const;
    // Code or alias, case- and diacritic-insensitive (đ folded to d).
    const Unit* find_unit(const std::string& code_or_alias) const;
    std::vector<const Unit*> assessed_units() const;
    const UnitGroup* group(const std::string& code) const;
    // Unit codes a unit or group code stands for (groups expanded recursively,
    // order kept, no duplicates); empty when the code is unknown.
    std::vector<std::string> expand(const std::string& unit_or_group) const;
};

// rules_dir is the rules/ folder; id the rule set's folder name under it.
// On failure the Error has code "RULES_INVALID" and detail holds one
// "file:line[:column]: message" per line (the column where yaml-cpp knows it).
Result<RuleSet> load_ruleset(const std::filesystem::path& rules_dir, const std::string& id);

// Rule sets under rules_dir: the folders holding a ruleset.yaml, sorted by name.
std::vector<std::string> list_rulesets(const std::filesystem::path& rules_dir);

// Warnings about a loaded rule set that do not stop it being used: children's
// points not summing to the parent's, seed discrepancies, products without a
// deadline … Each is one line, "<code>: message". Used by `rules check`.
std::vector<std::string> check_ruleset(const RuleSet& rules);

}  // namespace kc::rules
