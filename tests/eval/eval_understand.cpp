// tests/eval/eval_understand.cpp — honest evaluation of the understand stage on the generated
// evaluation set (tests/eval/generate_eval.py): per-field header precision / recall / accuracy,
// classifier top-1 / top-3 and calibration by confidence bucket, for text-layer PDFs and for
// degraded scans (OCR) separately. Uses the same code path as ingestion: extract_file →
// first pages (6000 chars, as pipeline/ingest.cpp) → parse_header → classify with the real rules.
//
//   eval_understand --dir OUT --rules DIR [--set text|scan] [--limit N] [--verbose]
//                   [--floor field=0.95 ...] [--max-confident-wrong 0.9]
// Extracted text is cached in OUT/cache/<set>/<id>.<extract version>.txt (OCR is slow).
// Exit 0 when every floor holds, 1 when one fails (printed), 2 on usage / missing set.
// Prints no document text beyond field values of this fictional set.
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "extract/extract.h"
#include "rules/ruleset.h"
#include "understand/classify.h"
#include "understand/header.h"
#include "util/text.h"

namespace fs = std::filesystem;
namespace {

constexpr std::size_t k_header_chars = 6000;  // same as pipeline/ingest.cpp
const std::vector<std::string> k_fields = {"number", "symbol", "type", "date", "issuer", "period", "signer"};

struct FieldScore {
    int n = 0, truth = 0, output = 0, correct = 0, agree_empty = 0;
};

std::string squash(const std::string& s) {  // folded, single spaces: "UỶ"/"ỦY", case
    std::string f = kc::text::fold(s), out;
    for (char c : f) {
        if (c == ' ' || c == '\n' || c == '\t') {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::string read_file(const fs::path& p) {
    std::ifstream f(p, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

std::string text_of(const fs::path& file, const fs::path& cache, std::string* head) {
    // cache: pages separated by \f
    std::string all;
    if (fs::exists(cache)) {
        all = read_file(cache);
    } else {
        kc::Limits limits;
        auto a = kc::extract::extract_file(file, limits);
        for (std::size_t i = 0; i < a.pages.size(); ++i) all += (i ? "\f" : "") + a.pages[i].text;
        fs::create_directories(cache.parent_path());
        std::ofstream(cache, std::ios::binary) << all;
    }
    std::string whole;
    head->clear();
    std::size_t start = 0;
    while (start <= all.size()) {
        std::size_t end = all.find('\f', start);
        if (end == std::string::npos) end = all.size();
        std::string page = all.substr(start, end - start);
        if (head->size() < k_header_chars) *head += page + "\n";
        whole += page + "\n";
        start = end + 1;
    }
    return whole;
}

std::string field_of(const kc::DocumentHeader& h, const std::string& f) {
    if (f == "number") return h.number;
    if (f == "symbol") return h.symbol;
    if (f == "type") return h.type;
    if (f == "date") return h.date;
    if (f == "issuer") return h.issuer;
    if (f == "period") return h.period;
    return h.signer;
}

double pct(int a, int b) { return b ? 100.0 * a / b : 0; }

}  // namespace

int main(int argc, char** argv) {
    fs::path dir, rules_dir;
    std::string set = "text";
    int limit = 0;
    bool verbose = false;
    double confident = 0.9;
    std::map<std::string, double> floors;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
        if (a == "--dir") dir = next();
        else if (a == "--rules") rules_dir = next();
        else if (a == "--set") set = next();
        else if (a == "--limit") limit = std::stoi(next());
        else if (a == "--verbose") verbose = true;
        else if (a == "--max-confident-wrong") confident = std::stod(next());
        else if (a == "--floor") {
            std::string kv = next();
            auto eq = kv.find('=');
            if (eq == std::string::npos) return 2;
            floors[kv.substr(0, eq)] = std::stod(kv.substr(eq + 1));
        } else {
            std::cerr << "usage: eval_understand --dir OUT --rules DIR [--set text|scan] [--limit N] [--verbose]"
                         " [--floor field=fraction ...] [--max-confident-wrong C]\n";
            return 2;
        }
    }
    if (!fs::exists(dir / "manifest.json")) {
        std::cerr << "no " << (dir / "manifest.json") << ": run tests/eval/generate_eval.py first\n";
        return 2;
    }
    auto rules = kc::rules::load_ruleset(rules_dir.parent_path(), rules_dir.filename().string());
    if (!rules) {
        std::cerr << "rules: " << rules.error().detail << "\n";
        return 2;
    }
    Poco::JSON::Parser parser;
    auto root = parser.parse(read_file(dir / "manifest.json")).extract<Poco::JSON::Object::Ptr>();
    auto docs = root->getArray("documents");

    std::map<std::string, FieldScore> fields;
    int n = 0, top1 = 0, top3 = 0, classified = 0, classified_right = 0, review = 0, unclassified = 0;
    int confident_wrong = 0, nohint_n = 0, nohint_top1 = 0, misleading_n = 0, misleading_silent = 0;
    int none_n = 0, none_classified = 0;
    struct Bucket { double lo, hi; int n = 0, right = 0; };
    std::vector<Bucket> buckets = {{0, 0.4}, {0.4, 0.7}, {0.7, 0.9}, {0.9, 1.01}};
    std::map<std::string, int> confusions;
    for (std::size_t i = 0; i < docs->size(); ++i) {
        auto d = docs->getObject(static_cast<unsigned>(i));
        if (set == "scan" && !d->getValue<bool>("scan")) continue;
        if (limit && n >= limit) break;
        std::string id = d->getValue<std::string>("id");
        fs::path file = dir / set / (id + ".pdf");
        if (!fs::exists(file)) {
            std::cerr << "missing " << file << "\n";
            return 2;
        }
        std::string head;
        std::string all = text_of(file, dir / "cache" / set / (id + "." + kc::extract::k_version + ".txt"), &head);
        auto parsed = kc::understand::parse_header(head);
        ++n;
        std::string miss;
        for (const auto& f : k_fields) {
            std::string truth = d->getValue<std::string>(f), got = field_of(parsed.header, f);
            auto& s = fields[f];
            ++s.n;
            bool eq = f == "issuer" ? squash(truth) == squash(got) : kc::text::nfc(truth) == kc::text::nfc(got);
            if (!truth.empty()) ++s.truth;
            if (!got.empty()) ++s.output;
            if (!truth.empty() && eq) ++s.correct;
            if (truth.empty() && got.empty()) ++s.agree_empty;
            if (!eq) miss += " " + f + "=" + (got.empty() ? "∅" : got) + "≠" + (truth.empty() ? "∅" : truth);
        }
        std::vector<std::string> products;
        auto arr = d->getArray("products");
        for (std::size_t k = 0; k < arr->size(); ++k) products.push_back(arr->getElement<std::string>(static_cast<unsigned>(k)));
        auto in_truth = [&](const std::string& p) { return std::find(products.begin(), products.end(), p) != products.end(); };
        kc::understand::ClassifyInput in{d->getValue<std::string>("path"), parsed.header, all, "pdf",
                                         d->getValue<std::string>("unit")};
        auto cands = kc::understand::classify(in, *rules);
        const auto& best = cands.front();
        bool right1 = products.empty() ? best.status != "classified" : in_truth(best.product);
        bool right3 = right1;
        for (std::size_t k = 0; k < cands.size() && k < 3 && !products.empty(); ++k) right3 = right3 || in_truth(cands[k].product);
        top1 += right1;
        top3 += right3;
        if (best.status == "classified") {
            ++classified;
            classified_right += right1;
            if (!right1 && best.confidence >= confident) ++confident_wrong;
        } else if (best.status == "needs_review") {
            ++review;
        } else {
            ++unclassified;
        }
        for (auto& b : buckets)
            if (best.confidence >= b.lo && best.confidence < b.hi) { ++b.n; b.right += right1; }
        std::string style = d->getValue<std::string>("path_style");
        if (style != "code" && !products.empty()) { ++nohint_n; nohint_top1 += right1; }
        if (style == "misleading") { ++misleading_n; misleading_silent += best.status == "classified" && !right1; }
        if (products.empty()) { ++none_n; none_classified += best.status == "classified"; }
        if (!right1 && best.status == "classified")
            ++confusions[(products.empty() ? std::string("(none)") : products.front()) + " → " + best.product];
        if (verbose && (!miss.empty() || !right1))
            std::cout << id << " [" << style << "]" << miss << (right1 ? "" : "  class: " + best.status + " " +
                         best.product + " " + std::to_string(best.confidence).substr(0, 4) + " want " +
                         (products.empty() ? "(none)" : products.front())) << "\n";
    }
    if (n == 0) {
        std::cerr << "no documents in set " << set << "\n";
        return 2;
    }
    std::printf("set=%s documents=%d\n\nheader field   precision  recall  accuracy  (found/with truth)\n", set.c_str(), n);
    std::map<std::string, double> measured;
    for (const auto& f : k_fields) {
        auto& s = fields[f];
        double acc = pct(s.correct + s.agree_empty, s.n);
        measured[f] = acc / 100;
        std::printf("  %-10s  %8.1f%%  %6.1f%%  %7.1f%%  (%d/%d)\n", f.c_str(), pct(s.correct, s.output),
                    pct(s.correct, s.truth), acc, s.output, s.truth);
    }
    std::printf("\nclassifier  top-1 %.1f%%  top-3 %.1f%%  (n=%d)\n", pct(top1, n), pct(top3, n), n);
    std::printf("  without a code in the path: top-1 %.1f%% (n=%d)\n", pct(nohint_top1, nohint_n), nohint_n);
    std::printf("  status: classified %d (%.1f%% right), needs_review %d, unclassified %d\n", classified,
                pct(classified_right, classified), review, unclassified);
    std::printf("  misleading folder: %d, silently classified wrong %d\n", misleading_n, misleading_silent);
    std::printf("  no product fits (off-topic / wrong period): %d, classified anyway %d\n", none_n, none_classified);
    std::printf("  confident wrong (classified, confidence >= %.2f): %d\n", confident, confident_wrong);
    std::printf("  calibration by top confidence:\n");
    for (auto& b : buckets)
        std::printf("    [%.1f, %.1f)  n=%3d  right %.1f%%\n", b.lo, std::min(b.hi, 1.0), b.n, pct(b.right, b.n));
    if (!confusions.empty()) {
        std::printf("  confusions (truth → classified):\n");
        for (auto& [k, v] : confusions) std::printf("    %3d  %s\n", v, k.c_str());
    }
    measured["top1"] = double(top1) / n;
    measured["top3"] = double(top3) / n;
    measured["classified_precision"] = classified ? double(classified_right) / classified : 1;
    int failed = 0;
    for (auto& [k, v] : floors) {
        if (!measured.count(k)) { std::printf("FLOOR unknown: %s\n", k.c_str()); ++failed; continue; }
        if (measured[k] + 1e-9 < v) { std::printf("FLOOR FAILED: %s %.3f < %.3f\n", k.c_str(), measured[k], v); ++failed; }
    }
    if (floors.count("confident_wrong") == 0 && !floors.empty() && confident_wrong > 0) {
        std::printf("FLOOR FAILED: %d classified wrong with confidence >= %.2f\n", confident_wrong, confident);
        ++failed;
    }
    return failed ? 1 : 0;
}
