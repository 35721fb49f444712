// judge/scoring.h — points of threshold, formula and count criteria from the
// metric value an officer entered (a fact). Pure.
//
// Threshold wording parsed from the rule's `metric` text (first match wins):
//   "trên X" / "> X"  → value > X      "từ X … trở lên" / "≥ X" / ">= X" → value ≥ X
//   "dưới X" / "< X"  → value < X      "không quá X" / "≤ X"            → value ≤ X
//   "X%" alone (e.g. "100% …")          → value ≥ X
// Numbers use "," or "." as the decimal mark ("0,2"). A metric with no number
// ("cao hơn năm 2021", "không có CBCC … bị kỷ luật") is judged from a yes/no
// value: "đạt"/"yes"/"true"/"1" met, "không đạt"/"no"/"false"/"0" not met.
// Met → the criterion's full points, else 0.
// Formula (3.5.1, the seed's only formula): ratio r in percent; r ≥ 95 →
//   points = r × max / 100 (the seed writes "(r × 2)/100%" for max 2), else 0.
// Count (1.5): our reading of the seed — the criterion's points when at least
//   one initiative was recognised in the year (value ≥ 1), else 0; the value is
//   the number of initiatives recognised (a fact), or, when no fact is entered,
//   the number of accepted recognition decisions (QĐ/GCN) in the evidence.
#pragma once
#include <optional>
#include <string>

namespace kc::judge {

struct Threshold {
    std::string op;  // > >= < <= (empty: yes/no metric)
    double value = 0;
};

std::optional<double> parse_number(const std::string& s);  // "93,62" | "93.62" | "93.62%"
Threshold parse_threshold(const std::string& metric);
// nullopt when the value cannot be read against the threshold.
std::optional<bool> threshold_met(const Threshold& t, const std::string& value);
double formula_points(double ratio_percent, double points_max);
double count_points(double count, double points_max);

}  // namespace kc::judge
