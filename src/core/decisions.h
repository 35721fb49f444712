// core/decisions.h — what officers add to the record by hand: facts (metric
// values, "không phát sinh" declarations, event dates, deadlines set by other
// bodies) and reviewer decisions on documents. Plain data; the catalog keeps
// every row forever (an `unset` or a later decision is a new row), the judge
// takes them as input. `seq` is the catalog's row number: later rows win.
#pragma once
#include <string>
#include <vector>

namespace kc {

struct Fact {
    long long seq = 0;
    std::string kind;      // metric | not_arising | event | deadline
    std::string key;       // metric/not_arising: criterion code; event: event name or product id; deadline: product id
    std::string value;     // metric: "93.62" (or "đạt"/"không đạt"); event/deadline: ISO date; not_arising: ""
    std::string action = "set";  // set | unset (a retraction of the latest `set` of kind+key)
    std::string document;  // the document that justifies it, or empty
    std::string by;        // who entered it
    std::string comment;
    std::string at;        // ISO 8601 +07:00
};

struct Decision {
    long long seq = 0;
    std::string document;  // document id
    std::string action;    // accept | reject | reclassify | correct | withdraw
    std::string product;   // accept / reclassify: the product; empty keeps the classifier's
    std::string field;     // correct: date | number | symbol | type | period | issuer | subject | signer
    std::string value;     // correct: the corrected value
    std::string by;
    std::string comment;
    std::string at;        // ISO 8601 +07:00
};

// The facts in force: for each (kind, key) the latest row, dropped when it is an unset.
std::vector<Fact> facts_in_force(const std::vector<Fact>& all);

}  // namespace kc
