// evaluate/scoring.h — pure scoring of one evaluation set: per-field header accuracy,
// classifier top-1/top-3, status counts, calibration by confidence, confusions, floors.
// No I/O except the printing functions, which write to the stream they are given.
#pragma once
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "core/model.h"

namespace kc::evaluate {

// What the set says a document is (from its manifest).
struct Truth {
    std::string id;
    kc::DocumentHeader header;         // number, symbol, type, date, issuer, period, signer
    std::vector<std::string> products;  // empty: no product fits (off-topic)
    std::string path_style;             // code | nocode | misleading | …
};

struct FieldScore {
    int n = 0, truth = 0, output = 0, correct = 0, agree_empty = 0;
    double accuracy() const { return n ? double(correct + agree_empty) / n : 0; }
};

struct Bucket {
    double lo, hi;
    int n = 0, right = 0;
};

struct Miss {  // one document where a field or the classification was wrong
    std::string id, path_style, detail;
};

struct SetScore {
    std::string set;
    int n = 0, top1 = 0, top3 = 0, classified = 0, classified_right = 0, review = 0, unclassified = 0;
    int confident_wrong = 0, nohint_n = 0, nohint_top1 = 0, misleading_n = 0, misleading_silent = 0;
    int none_n = 0, none_classified = 0;
    double confident = 0.9;
    std::map<std::string, FieldScore> fields;
    std::vector<Bucket> buckets = {{0, 0.4}, {0.4, 0.7}, {0.7, 0.9}, {0.9, 1.01}};
    std::map<std::string, int> confusions;  // "truth → classified"
    std::vector<Miss> misses;

    // Adds one document: the parser's header and the classifier's candidates (best first).
    void add(const Truth& t, const kc::DocumentHeader& got, const std::vector<kc::Classification>& cands);
    // Named measures for floors: the field names, top1, top3, classified_precision, nohint_top1.
    std::map<std::string, double> measures() const;
};

const std::vector<std::string>& header_fields();  // number symbol type date issuer period signer

// Floors "name=fraction": returns one line per failure ("FLOOR FAILED: …"), empty when all hold.
// A non-empty floor set also requires zero confident-wrong classifications, zero documents in a
// misleading folder classified wrong without review and zero off-topic documents classified.
std::vector<std::string> check_floors(const SetScore& s, const std::map<std::string, double>& floors);

void print_text(const SetScore& s, std::ostream& out, bool details);
void print_json(const SetScore& s, std::ostream& out);

}  // namespace kc::evaluate
