#include "evaluate/scoring.h"

#include <Poco/JSON/Object.h>

#include <algorithm>
#include <cstdio>

#include "util/text.h"

namespace kc::evaluate {
namespace {

std::string squash(const std::string& s) {  // folded, single spaces: "UỶ"/"ỦY", case
    std::string out;
    for (char c : kc::text::fold(s)) {
        if (c == ' ' || c == '\n' || c == '\t') {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

const std::string& field_of(const kc::DocumentHeader& h, const std::string& f) {
    if (f == "number") return h.number;
    if (f == "symbol") return h.symbol;
    if (f == "type") return h.type;
    if (f == "date") return h.date;
    if (f == "issuer") return h.issuer;
    if (f == "period") return h.period;
    return h.signer;
}

double pct(int a, int b) { return b ? 100.0 * a / b : 0; }

std::string fixed2(double v) {
    char b[32];
    std::snprintf(b, sizeof b, "%.2f", v);
    return b;
}

}  // namespace

const std::vector<std::string>& header_fields() {
    static const std::vector<std::string> f = {"number", "symbol", "type", "date", "issuer", "period", "signer"};
    return f;
}

void SetScore::add(const Truth& t, const kc::DocumentHeader& got, const std::vector<kc::Classification>& cands) {
    ++n;
    std::string miss;
    for (const auto& f : header_fields()) {
        const std::string& want = field_of(t.header, f);
        const std::string& have = field_of(got, f);
        auto& s = fields[f];
        ++s.n;
        bool eq = f == "issuer" ? squash(want) == squash(have) : kc::text::nfc(want) == kc::text::nfc(have);
        if (!want.empty()) ++s.truth;
        if (!have.empty()) ++s.output;
        if (!want.empty() && eq) ++s.correct;
        if (want.empty() && have.empty()) ++s.agree_empty;
        if (!eq) miss += " " + f + "=" + (have.empty() ? "∅" : have) + "≠" + (want.empty() ? "∅" : want);
    }
    auto in_truth = [&](const std::string& p) { return std::find(t.products.begin(), t.products.end(), p) != t.products.end(); };
    static const kc::Classification k_none;
    const auto& best = cands.empty() ? k_none : cands.front();
    bool right1 = t.products.empty() ? best.status != "classified" : in_truth(best.product);
    bool right3 = right1;
    for (std::size_t k = 0; k < cands.size() && k < 3 && !t.products.empty(); ++k) right3 = right3 || in_truth(cands[k].product);
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
        if (best.confidence >= b.lo && best.confidence < b.hi) ++b.n, b.right += right1;
    if (t.path_style != "code" && !t.products.empty()) ++nohint_n, nohint_top1 += right1;
    if (t.path_style == "misleading") ++misleading_n, misleading_silent += best.status == "classified" && !right1;
    if (t.products.empty()) ++none_n, none_classified += best.status == "classified";
    if (!right1 && best.status == "classified")
        ++confusions[(t.products.empty() ? std::string("(none)") : t.products.front()) + " → " + best.product];
    if (!miss.empty() || !right1) {
        std::string d = miss;
        if (!right1)
            d += "  class: " + best.status + " " + best.product + " " + fixed2(best.confidence) + " want " +
                 (t.products.empty() ? "(none)" : t.products.front());
        misses.push_back({t.id, t.path_style, d});
    }
}

std::map<std::string, double> SetScore::measures() const {
    std::map<std::string, double> m;
    for (const auto& f : header_fields()) {
        auto it = fields.find(f);
        m[f] = it == fields.end() ? 0 : it->second.accuracy();
    }
    m["top1"] = n ? double(top1) / n : 0;
    m["top3"] = n ? double(top3) / n : 0;
    m["classified_precision"] = classified ? double(classified_right) / classified : 1;
    m["nohint_top1"] = nohint_n ? double(nohint_top1) / nohint_n : 1;
    return m;
}

std::vector<std::string> check_floors(const SetScore& s, const std::map<std::string, double>& floors) {
    std::vector<std::string> failed;
    auto m = s.measures();
    for (const auto& [k, v] : floors) {
        auto it = m.find(k);
        if (it == m.end()) {
            failed.push_back("FLOOR unknown: " + k);
        } else if (it->second + 1e-9 < v) {
            failed.push_back("FLOOR FAILED: " + k + " " + fixed2(it->second) + " < " + fixed2(v));
        }
    }
    if (!floors.empty() && s.confident_wrong > 0)
        failed.push_back("FLOOR FAILED: " + std::to_string(s.confident_wrong) + " classified wrong with confidence >= " +
                         fixed2(s.confident));
    // issue 6: zero silent errors where path and content disagree, and nothing off-topic classified
    if (!floors.empty() && s.misleading_silent > 0)
        failed.push_back("FLOOR FAILED: " + std::to_string(s.misleading_silent) + " in a misleading folder classified wrong without review");
    if (!floors.empty() && s.none_classified > 0)
        failed.push_back("FLOOR FAILED: " + std::to_string(s.none_classified) + " that fit no product classified anyway");
    return failed;
}

void print_text(const SetScore& s, std::ostream& out, bool details) {
    char line[256];
    out << "tập / set=" << s.set << " tài liệu / documents=" << s.n << "\n\n";
    out << "trường / header field   precision  recall  accuracy  (found/with truth)\n";
    for (const auto& f : header_fields()) {
        auto it = s.fields.find(f);
        FieldScore fs = it == s.fields.end() ? FieldScore{} : it->second;
        std::snprintf(line, sizeof line, "  %-10s  %8.1f%%  %6.1f%%  %7.1f%%  (%d/%d)\n", f.c_str(), pct(fs.correct, fs.output),
                      pct(fs.correct, fs.truth), 100 * fs.accuracy(), fs.output, fs.truth);
        out << line;
    }
    std::snprintf(line, sizeof line, "\nphân loại / classifier  top-1 %.1f%%  top-3 %.1f%%  (n=%d)\n", pct(s.top1, s.n),
                  pct(s.top3, s.n), s.n);
    out << line;
    std::snprintf(line, sizeof line, "  không có mã trong đường dẫn / without a code in the path: top-1 %.1f%% (n=%d)\n",
                  pct(s.nohint_top1, s.nohint_n), s.nohint_n);
    out << line;
    std::snprintf(line, sizeof line, "  status: classified %d (%.1f%% right), needs_review %d, unclassified %d\n", s.classified,
                  pct(s.classified_right, s.classified), s.review, s.unclassified);
    out << line;
    out << "  thư mục gây nhầm / misleading folder: " << s.misleading_n << ", silently classified wrong "
        << s.misleading_silent << "\n";
    out << "  không khớp sản phẩm nào / no product fits: " << s.none_n << ", classified anyway " << s.none_classified << "\n";
    out << "  sai mà tự tin / confident wrong (classified, confidence >= " << fixed2(s.confident) << "): " << s.confident_wrong
        << "\n  calibration by top confidence:\n";
    for (const auto& b : s.buckets) {
        std::snprintf(line, sizeof line, "    [%.1f, %.1f)  n=%3d  right %.1f%%\n", b.lo, std::min(b.hi, 1.0), b.n,
                      pct(b.right, b.n));
        out << line;
    }
    if (!s.confusions.empty()) {
        out << "  nhầm lẫn / confusions (truth → classified):\n";
        for (const auto& [k, v] : s.confusions) out << "    " << v << "  " << k << "\n";
    }
    if (details)
        for (const auto& m : s.misses) out << m.id << " [" << m.path_style << "]" << m.detail << "\n";
}

void print_json(const SetScore& s, std::ostream& out) {
    Poco::JSON::Object root;
    root.set("set", s.set);
    root.set("documents", s.n);
    Poco::JSON::Object::Ptr fields = new Poco::JSON::Object;
    for (const auto& f : header_fields()) {
        auto it = s.fields.find(f);
        FieldScore fs = it == s.fields.end() ? FieldScore{} : it->second;
        Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
        o->set("accuracy", fs.accuracy());
        o->set("precision", fs.output ? double(fs.correct) / fs.output : 0.0);
        o->set("recall", fs.truth ? double(fs.correct) / fs.truth : 0.0);
        fields->set(f, o);
    }
    root.set("header_fields", fields);
    Poco::JSON::Object::Ptr c = new Poco::JSON::Object;
    for (const auto& [k, v] : s.measures()) c->set(k, v);
    c->set("classified", s.classified);
    c->set("needs_review", s.review);
    c->set("unclassified", s.unclassified);
    c->set("confident_wrong", s.confident_wrong);
    c->set("misleading", s.misleading_n);
    c->set("misleading_silently_wrong", s.misleading_silent);
    c->set("off_topic", s.none_n);
    c->set("off_topic_classified", s.none_classified);
    root.set("classifier", c);
    Poco::JSON::Array::Ptr cal = new Poco::JSON::Array;
    for (const auto& b : s.buckets) {
        Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
        o->set("from", b.lo);
        o->set("to", std::min(b.hi, 1.0));
        o->set("n", b.n);
        o->set("right", b.right);
        cal->add(o);
    }
    root.set("calibration", cal);
    Poco::JSON::Object::Ptr conf = new Poco::JSON::Object;
    for (const auto& [k, v] : s.confusions) conf->set(k, v);
    root.set("confusions", conf);
    root.stringify(out, 2);
    out << "\n";
}

}  // namespace kc::evaluate
