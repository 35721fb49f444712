// understand/classify.h — decides which criterion / product of a rule set a
// document is evidence for.
//
// Contract: pure function of the document's path, parsed header, text and the
// rule set (only its fields are read). Returns candidates best first, never
// empty: when nothing fits (best < 0.4), the three nearest candidates, all
// "unclassified", the first saying so. Status follows the confidence:
// classified (>= 0.7), needs_review (>= 0.4), else unclassified. Every
// candidate's `signals` explain its score in Vietnamese and English ("vi / en");
// no document text is copied into them beyond the header fields already
// extracted (the shared subject words are keyed header words).
//
// Score = sum of weighted signals, clamped to [0,1] (see k_w_* in classify.cpp):
//   criterion code in the path            +0.45 (exact) / +0.35 (parent code narrowed)
//   document type in the product's kinds  +0.20, known type not in kinds  -0.20
//                                         (BC for a table product, CV "V/v báo cáo" for a report: 0)
//   product phrase in type+subject        +0.30, all its words in another order +0.25,
//                                         in the file name +0.20, in the body only +0.12
//                                         (abbreviations CCHC, TTHC … expanded on both sides)
//   subject words shared with the product +0.25 × overlap (understand/lexicon.h: IDF-weighted
//                                         over the products' titles, phrases, requirements)
//   period equal                          +0.10, related (Q3≈9M, Q2≈H1, Q4≈year) +0.08,
//                                         a month inside the product's period 0, different -0.25
//   issuer is an expected issuer (groups expanded) +0.08, another known issuer -0.05
//   submitting unit is a lead agency      +0.04
// Topic gate: with no path code, no phrase and a word overlap < 0.30, the fitting kind, period,
// issuer and submitter count half (they say a document could be the product, not that it is).
// When the runner-up is within 0.10 of the best, the best is capped at 0.65
// (needs_review): the signals name the products that tie. When the path names a
// criterion and the content fits another one (or fits it better), both are capped
// to needs_review, each naming the other; the content goes first only when the
// path's product has no content fit or the content is stronger by more than 0.15.
// A folder code never wins silently over the content, nor the content over the folder.
// Also (issue 6, third pass):
//   subject names a unit of a group the product is written for (units registry: "Trung tâm Dịch
//   vụ Nông nghiệp" → public service units)                                        +0.10
//   siblings: candidates within 0.30 (unclamped) whose kind and period fit as well, and issued at
//   an expected issuer's level, are told apart by the words only one of them has (IDF-weighted,
//   subject; body at 0.4); a winner that overturns the best, or one decided by the body only,
//   stays needs_review.
//   "classified" needs content evidence when there is a subject: without a folder code, subject
//   overlap >= 0.30 (or a phrase with >= 0.15) and at least half the subject's words the
//   product's; with one, any word or phrase of the product. Else capped to needs_review (0.65).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "rules/ruleset.h"

namespace kc::understand {

struct ClassifyInput {
    std::string path_in_archive;  // '/'-separated, NFC
    kc::DocumentHeader header;
    std::string text;             // full text (NFC), may be empty
    std::string format;           // pdf | docx | xlsx | jpeg | png …
    std::string submitted_by;     // unit code
};

// Candidates best first. Status of each: classified (confidence >= 0.7), needs_review (>= 0.4), else unclassified.
std::vector<kc::Classification> classify(const ClassifyInput& in, const kc::rules::RuleSet& rules);

// Criterion codes written in folder or file names, in path order, unique:
// "TC 7.4.1/x.pdf" → {"7.4.1"}; also "7_4_1", "7-4-1", "TC7.4.1", "Tieu chi 7.4.1",
// "Tiêu chí 1.2", "1.2.a". Runs with a component of 3+ digits (dates, years) are not codes.
std::vector<std::string> criterion_codes_in_path(std::string_view path);

}  // namespace kc::understand
