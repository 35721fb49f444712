// report/index_stream.h — the verified evidence index written as it is made,
// document by document, instead of as one Poco::JSON tree (a 100,000-document
// index is ~165 MB of text; the tree of it took ~1.5 GB and most of a nightly
// run's time — bench/README.md).
//
// Contract
//  - write_index_json() writes exactly the bytes of
//    json::stringify(index_json(...), true) + "\n" (report/index.h): same keys,
//    same order, same indentation, same number and string forms (Poco's pretty
//    printer: step 2, `"key": value`, empty arrays as "[\n\n<indent>]").
//    tests/unit/report/index_stream_test.cpp holds the two side by side, so a
//    field added to the tree (or to core/model_json.cpp) and not here fails.
//  - write_index_csv() writes exactly index_csv(...).
//  - Memory: what the judgement holds plus one output buffer; nothing per
//    document is kept. Errors of the stream are the caller's (check out.good()).
#pragma once
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "judge/judge.h"
#include "rules/ruleset.h"

namespace kc::report {

// A JSON writer producing Poco::JSON::Stringifier's pretty form (indent 2).
class JsonStream {
public:
    explicit JsonStream(std::ostream& out) : m_out(out) {}
    JsonStream& begin_object();
    JsonStream& end_object();
    JsonStream& begin_array();
    JsonStream& end_array();
    JsonStream& key(std::string_view k);
    JsonStream& string(std::string_view s);
    JsonStream& string_or_null(std::string_view s);  // "" → null
    JsonStream& null();
    JsonStream& boolean(bool b);
    JsonStream& integer(long long v);
    JsonStream& number(double v);  // Poco's shortest form: 0.9, 12, 77.58
    JsonStream& strings(const std::vector<std::string>& v);

private:
    struct Level {
        bool object;
        int count;
        int indent;
    };
    void before_value();
    void open(char c, bool object);
    void close(char c);
    void indent(int n);
    void quoted(std::string_view s);
    std::ostream& m_out;
    std::vector<Level> m_stack;
};

void write_index_json(std::ostream& out, const rules::RuleSet& rules, const std::vector<Submission>& submissions,
                      const judge::Judgement& judgement);
void write_index_csv(std::ostream& out, const rules::RuleSet& rules, const judge::Judgement& judgement);
// The same rows for any list of unit verdicts: a routed rule set's (judge::RuleSetVerdict::units),
// written by publish as index.<rule set id>.csv beside index.csv (docs/index-format.md).
void write_units_csv(std::ostream& out, const std::vector<judge::UnitVerdict>& units);

// Pieces shared with index.cpp's tree form.
void write_reasons(JsonStream& w, const std::vector<Reason>& reasons);
// mask: path_in_archive, header subject, signer subjects, decision values and comments through
// mask_identifiers() (util/mask.h), as the submission report's copy.
void write_document(JsonStream& w, const Document& d, const judge::Judgement& j, bool mask = false);
void write_submission(JsonStream& w, const Submission& s);

}  // namespace kc::report
