// understand/lexicon.h — the words of a rule set's products, weighted by how
// rare they are among the products (IDF), for matching a document's subject
// against a product without relying on one exact phrase.
//
// Contract: pure; built from the rule set's fields only (product title, phrases,
// requirement, the criterion's title). Text is keyed (no case, no diacritics,
// đ → d), the usual abbreviations are expanded (CCHC, TTHC, THPL, QPPL, CBCCVC,
// VTVL, PAKN, TTHCC, TTĐT, UBND …) and a few synonyms folded to one word
// ("xếp loại" = "phân loại", "trễ hẹn" = "trễ hạn" …) on both sides. Terms are
// syllables (weight 0.5) and adjacent syllable pairs (weight 1), so word order
// matters only a little; numbers (years, quarters) are left out: the period is
// a separate signal. A document term no product uses counts against the match
// (it is what the document is about and no product is).
#pragma once
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "rules/ruleset.h"

namespace kc::understand {

// Keyed, abbreviations expanded, synonyms folded, stop words and numbers dropped.
std::vector<std::string> lex_words(std::string_view text);
// Syllables and adjacent pairs ("a b c" → a, b, c, "a b", "b c"), unique.
std::set<std::string> lex_terms(std::string_view text);

class Lexicon {
public:
    explicit Lexicon(const kc::rules::RuleSet& rules);

    struct Match {
        double coverage = 0;  // share of the text's term weight the product's vocabulary holds
        double title = 0;     // share of the product title's term weight the text holds
        std::vector<std::string> shared;  // the strongest shared terms (for the signal), at most 4
    };
    // How well `text` (a subject: type name + trích yếu) fits product `product_id`.
    Match match(const std::set<std::string>& text_terms, const std::string& product_id) const;
    double idf(const std::string& term) const;
    // A term's weight in a match: syllable 0.5, pair 1, times its IDF.
    double weight(const std::string& term) const;
    // The product's vocabulary (empty when unknown).
    const std::set<std::string>& vocab(const std::string& product_id) const;
    bool known(const std::string& term) const { return df_.count(term) > 0; }
    // How many products use the term.
    int df(const std::string& term) const {
        auto it = df_.find(term);
        return it == df_.end() ? 0 : it->second;
    }

private:
    std::map<std::string, std::set<std::string>> vocab_;  // product id → terms
    std::map<std::string, std::set<std::string>> title_;  // product id → title terms
    std::map<std::string, int> df_;
    double n_ = 1;
};

}  // namespace kc::understand
