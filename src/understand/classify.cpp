// classify(): scores every product of the rule set against the document's
// signals and explains each score. Weights are stated in classify.h; the path
// code dominates because units file evidence under the criterion's folder, and
// the period penalty is strong because a last-year document is the most common
// wrong submission (the 2022 plan is issued in December 2021, so the period is
// read from the subject, never from the issue year).
#include "understand/classify.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>

#include "understand/doc_types.h"
#include "understand/path_codes.h"
#include "understand/text_lines.h"
#include "util/text.h"

namespace kc::understand {
namespace {
using namespace detail;

constexpr double k_w_code_exact = 0.45;
constexpr double k_w_code_parent = 0.35;
constexpr double k_w_kind = 0.20;
constexpr double k_w_kind_mismatch = -0.20;
constexpr double k_w_phrase_subject = 0.30;
constexpr double k_w_phrase_file = 0.20;
constexpr double k_w_phrase_body = 0.12;
constexpr double k_w_period = 0.10;
constexpr double k_w_period_related = 0.08;
constexpr double k_w_period_mismatch = -0.25;
constexpr double k_w_issuer = 0.08;
constexpr double k_w_issuer_other = -0.05;
constexpr double k_w_lead = 0.04;
constexpr double k_tie_margin = 0.10;
constexpr double k_tie_cap = 0.65;
constexpr double k_keep = 0.10;  // candidates below this are not listed
constexpr std::size_t k_max_candidates = 5;

std::string fmt(double v) {
    char b[16];
    std::snprintf(b, sizeof b, "%.2f", v);
    return b;
}

std::string status_of(double c) { return c >= 0.7 ? "classified" : c >= 0.4 ? "needs_review" : "unclassified"; }

std::string join(const std::vector<std::string>& v) {
    std::string s;
    for (auto& x : v) s += (s.empty() ? "" : ", ") + x;
    return s;
}

// Issuer names compared keyed, with the usual abbreviations expanded the same way.
std::string org_key(std::string_view s) {
    std::string k = " " + key(s) + " ";
    static const std::pair<const char*, const char*> k_abbr[] = {
        {" uy ban nhan dan ", " ubnd "}, {" hoi dong nhan dan ", " hdnd "}, {" van phong ", " vp "}};
    for (auto& [from, to] : k_abbr) {
        std::size_t p;
        while ((p = k.find(from)) != std::string::npos) k.replace(p, std::string(from).size(), to);
    }
    return kc::text::trim(k);
}

bool unit_matches(const kc::rules::Unit& u, const std::string& issuer_key) {
    if (issuer_key.empty()) return false;
    std::vector<std::string> names = u.aliases;
    names.push_back(u.name);
    for (auto& n : names) {
        std::string nk = org_key(n);
        if (nk.empty()) continue;
        if (nk == issuer_key || has_words(issuer_key, nk)) return true;
    }
    return false;
}

const kc::rules::Unit* find_unit(const kc::rules::RuleSet& rules, const std::string& code) {
    for (auto& u : rules.units)
        if (u.code == code) return &u;
    return nullptr;
}

const kc::rules::Criterion* find_criterion(const kc::rules::RuleSet& rules, const std::string& code) {
    for (auto& c : rules.criteria)
        if (c.code == code) return &c;
    return nullptr;
}

bool under(const std::string& code, const std::string& parent) {
    return code.size() > parent.size() && code.compare(0, parent.size(), parent) == 0 && code[parent.size()] == '.';
}

// Year and part of a period: "2022-Q3" → {"2022", "Q3"}; "2022" → {"2022", ""}.
std::pair<std::string, std::string> split_period(const std::string& p) {
    auto d = p.find('-');
    return d == std::string::npos ? std::pair{p, std::string()} : std::pair{p.substr(0, d), p.substr(d + 1)};
}

// 2 = equal, 1 = related (a Q3 report is the 9-month report …), 0 = different.
int period_relation(const std::string& doc, const std::string& product) {
    if (doc == product) return 2;
    auto [dy, dp] = split_period(doc);
    auto [py, pp] = split_period(product);
    if (dy != py) return 0;
    static const std::pair<const char*, const char*> k_related[] = {{"Q2", "H1"}, {"Q3", "9M"}, {"Q4", ""}, {"H2", ""}};
    for (auto& [a, b] : k_related)
        if ((dp == a && pp == b) || (dp == b && pp == a)) return 1;
    return 0;
}

bool is_image(const std::string& f) {
    static const char* const k[] = {"jpeg", "jpg", "png", "tiff", "tif", "heic", "webp", "bmp", "gif"};
    for (auto x : k)
        if (f == x) return true;
    return false;
}
bool is_table(const std::string& f) { return f == "xlsx" || f == "xls" || f == "ods" || f == "csv"; }

struct Target {
    double weight = 0;
    std::string signal;
};

struct Candidate {
    const kc::rules::Criterion* criterion;
    const kc::rules::Product* product;
    double score = 0;
    std::vector<std::string> signals;
    bool from_path = false;  // boosted by a criterion code in the folder/file name
    double phrase = 0;       // weight of its strongest phrase match
};

// A folder code must not silently win over content that disagrees: when the
// best candidate owes its rank to the path, has no phrase in its subject, and
// another criterion's phrases are in the subject, the best is capped to review.
void flag_path_content_disagreement(std::vector<Candidate>& cands) {
    if (cands.empty() || !cands[0].from_path || cands[0].phrase >= k_w_phrase_subject) return;
    for (std::size_t i = 1; i < cands.size(); ++i) {
        const Candidate& other = cands[i];
        if (other.from_path || other.criterion == cands[0].criterion || other.phrase < k_w_phrase_subject ||
            other.score < 0.4)
            continue;
        cands[0].score = std::min(cands[0].score, k_tie_cap);
        cands[0].signals.push_back("mã tiêu chí trong đường dẫn mâu thuẫn với nội dung (trích yếu khớp " +
                                   other.product->id + ") — cần xem xét / the criterion code in the path disagrees with "
                                   "the content (the subject matches " + other.product->id + ") — needs review");
        return;
    }
}

// Criterion codes in the path resolved against the rules: criterion code → weight + signal.
std::map<std::string, Target> resolve_path(const std::string& path, const kc::rules::RuleSet& rules,
                                           std::vector<std::string>& notes) {
    std::map<std::string, Target> out;
    std::vector<std::pair<std::string, bool>> found;  // code, exact
    for (auto& pc : path_codes(path)) {
        std::string where = pc.in_file ? "tên tệp" : "tên thư mục";
        std::string where_en = pc.in_file ? "file name" : "folder name";
        std::string code = pc.code;
        const auto* c = find_criterion(rules, code);
        if (!c && code.size() > 2 && code[code.size() - 2] == '.' && std::isalpha(static_cast<unsigned char>(code.back()))) {
            code = code.substr(0, code.size() - 2);
            c = find_criterion(rules, code);
        }
        std::vector<const kc::rules::Criterion*> children;
        for (auto& cc : rules.criteria)
            if (under(cc.code, code) && !cc.products.empty()) children.push_back(&cc);
        if (c && !c->products.empty()) {
            out[code] = {k_w_code_exact, "mã tiêu chí trong " + where + ": " + code + " / criterion code in " + where_en + ": " + code};
        } else if (!children.empty()) {
            std::vector<std::string> codes;
            for (auto* ch : children) codes.push_back(ch->code);
            for (auto* ch : children) {
                auto& t = out[ch->code];
                if (t.weight >= k_w_code_parent) continue;
                t = {k_w_code_parent, "mã cha " + code + " trong " + where + ", thu hẹp về các tiêu chí con: " + join(codes) +
                                          " / parent code " + code + " in " + where_en + " narrows to its children: " + join(codes)};
            }
        } else {
            notes.push_back("mã " + pc.code + " trong " + where + " không có trong bộ tiêu chí, bỏ qua / code " + pc.code +
                            " in " + where_en + " is not in the rule set, ignored");
        }
    }
    // a longer code under a shorter one is the more specific: the shorter one's bonus goes
    for (auto it = out.begin(); it != out.end();) {
        bool shadowed = false;
        for (auto& [code, t] : out)
            if (under(code, it->first)) shadowed = true;
        it = shadowed ? out.erase(it) : std::next(it);
    }
    // exact codes shadow parent narrowing to siblings
    bool any_exact = false;
    for (auto& [code, t] : out) any_exact |= t.weight == k_w_code_exact;
    if (any_exact)
        for (auto it = out.begin(); it != out.end();) it = it->second.weight < k_w_code_exact ? out.erase(it) : std::next(it);
    if (out.size() > 1) {
        std::vector<std::string> codes;
        for (auto& [code, t] : out) codes.push_back(code);
        notes.push_back("đường dẫn có nhiều mã tiêu chí: " + join(codes) + " / the path carries several criterion codes: " + join(codes));
    }
    return out;
}

std::string type_name_key(const std::string& type) {
    if (type == "CV") return "cong van";
    if (auto* k = kind_by_code(type)) return key(k->name);
    return {};
}

}  // namespace

std::vector<kc::Classification> classify(const ClassifyInput& in, const kc::rules::RuleSet& rules) {
    std::vector<std::string> notes;
    auto targets = resolve_path(in.path_in_archive, rules, notes);

    const auto& h = in.header;
    std::string subject_key = key(type_name_key(h.type) + " " + h.subject);
    std::string file = in.path_in_archive.substr(in.path_in_archive.rfind('/') + 1);
    if (auto dot = file.rfind('.'); dot != std::string::npos && dot > 0) file = file.substr(0, dot);
    std::string file_key = key(file);
    std::string body_key = key(in.text);
    std::string issuer_key = org_key(h.issuer);

    // which known unit the issuer is, if any (for the "another issuer" signal)
    std::string issuer_unit;
    for (auto& u : rules.units)
        if (unit_matches(u, issuer_key)) {
            issuer_unit = u.code;
            break;
        }

    std::vector<Candidate> cands;
    for (auto& crit : rules.criteria) {
        for (auto& prod : crit.products) {
            Candidate c{&crit, &prod, 0, {}, false, 0};
            auto add = [&](double w, std::string s) {
                c.score += w;
                c.signals.push_back(std::move(s));
            };
            if (auto t = targets.find(crit.code); t != targets.end()) {
                add(t->second.weight, t->second.signal);
                c.from_path = true;
            }

            // kind
            std::string kinds = join(prod.kinds);
            bool kind_ok = !h.type.empty() && std::find(prod.kinds.begin(), prod.kinds.end(), h.type) != prod.kinds.end();
            bool photo_ok = is_image(in.format) && std::find(prod.kinds.begin(), prod.kinds.end(), "photo") != prod.kinds.end();
            bool table_ok = is_table(in.format) && std::find(prod.kinds.begin(), prod.kinds.end(), "table") != prod.kinds.end();
            if (kind_ok)
                add(k_w_kind, "loại văn bản " + h.type + " khớp sản phẩm (" + kinds + ") / document type " + h.type +
                                  " matches the product's kinds (" + kinds + ")");
            else if (photo_ok || table_ok)
                add(k_w_kind, "định dạng " + in.format + " khớp sản phẩm (" + kinds + ") / format " + in.format +
                                  " matches the product's kinds (" + kinds + ")");
            else if (!h.type.empty() && !prod.kinds.empty())
                add(k_w_kind_mismatch, "loại văn bản " + h.type + " không khớp sản phẩm (" + kinds + ") / document type " +
                                           h.type + " does not match the product's kinds (" + kinds + ")");

            // phrases: the strongest place any of them is found
            double best = 0;
            std::string best_sig;
            for (auto& p : prod.phrases) {
                std::string pk = key(p);
                if (pk.empty()) continue;
                if (has_words(subject_key, pk) && best < k_w_phrase_subject) {
                    best = k_w_phrase_subject;
                    best_sig = "cụm từ \"" + p + "\" trong trích yếu / phrase \"" + p + "\" in the subject";
                } else if (has_words(file_key, pk) && best < k_w_phrase_file) {
                    best = k_w_phrase_file;
                    best_sig = "cụm từ \"" + p + "\" trong tên tệp / phrase \"" + p + "\" in the file name";
                } else if (has_words(body_key, pk) && best < k_w_phrase_body) {
                    best = k_w_phrase_body;
                    best_sig = "cụm từ \"" + p + "\" trong nội dung / phrase \"" + p + "\" in the body";
                }
            }
            if (best > 0) add(best, best_sig);
            c.phrase = best;

            // period
            if (!prod.period.empty()) {
                if (h.period.empty()) {
                    c.signals.push_back("chưa rõ kỳ của văn bản (không dùng năm ban hành) / document period unknown (the issue year is not used)");
                } else {
                    int rel = period_relation(h.period, prod.period);
                    if (rel == 2)
                        add(k_w_period, "kỳ " + h.period + " khớp sản phẩm / period " + h.period + " matches the product");
                    else if (rel == 1)
                        add(k_w_period_related, "kỳ " + h.period + " tương ứng kỳ " + prod.period + " của sản phẩm / period " +
                                                    h.period + " corresponds to the product's " + prod.period);
                    else
                        add(k_w_period_mismatch, "kỳ " + h.period + " khác kỳ của sản phẩm " + prod.period + " / period " +
                                                     h.period + " differs from the product's " + prod.period);
                }
            }

            // issuer
            if (!prod.expected_issuers.empty() && !issuer_key.empty()) {
                std::string matched;
                for (auto& code : prod.expected_issuers) {
                    const auto* u = find_unit(rules, code);
                    if ((u && unit_matches(*u, issuer_key)) || org_key(code) == issuer_key) {
                        matched = code;
                        break;
                    }
                }
                if (!matched.empty())
                    add(k_w_issuer, "cơ quan ban hành là đơn vị " + matched + " như yêu cầu / issuer is the expected unit " + matched);
                else if (!issuer_unit.empty())
                    add(k_w_issuer_other, "cơ quan ban hành là " + issuer_unit + ", sản phẩm cần " + join(prod.expected_issuers) +
                                              " / issuer is " + issuer_unit + ", the product expects " + join(prod.expected_issuers));
            }

            // submitting unit
            if (!in.submitted_by.empty() &&
                std::find(prod.lead_agencies.begin(), prod.lead_agencies.end(), in.submitted_by) != prod.lead_agencies.end())
                add(k_w_lead, "đơn vị nộp " + in.submitted_by + " là cơ quan chủ trì / submitting unit " + in.submitted_by +
                                  " is a lead agency");

            c.score = std::clamp(c.score, 0.0, 1.0);
            cands.push_back(std::move(c));
        }
    }

    std::stable_sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
    flag_path_content_disagreement(cands);
    std::stable_sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) { return a.score > b.score; });

    std::vector<kc::Classification> out;
    for (auto& c : cands) {
        if (c.score < k_keep || out.size() >= k_max_candidates) break;
        kc::Classification cl;
        cl.criterion = c.criterion->code;
        cl.product = c.product->id;
        cl.confidence = c.score;
        cl.signals = notes;
        cl.signals.insert(cl.signals.end(), c.signals.begin(), c.signals.end());
        out.push_back(std::move(cl));
    }
    if (out.size() >= 2 && out[0].confidence >= 0.4 && out[0].confidence - out[1].confidence < k_tie_margin) {
        std::vector<std::string> ties;
        for (std::size_t i = 1; i < out.size(); ++i)
            if (out[0].confidence - out[i].confidence < k_tie_margin) ties.push_back(out[i].product);
        for (std::size_t i = 0; i < out.size(); ++i)
            if (i == 0 || std::find(ties.begin(), ties.end(), out[i].product) != ties.end())
                out[i].confidence = std::min(out[i].confidence, k_tie_cap);
        out[0].signals.push_back("nhiều sản phẩm phù hợp gần như nhau: " + join(ties) + " — cần xem xét / several products fit almost equally: " +
                                 join(ties) + " — needs review");
    }
    for (auto& cl : out) {
        cl.status = status_of(cl.confidence);
        cl.signals.push_back("điểm " + fmt(cl.confidence) + " → " + cl.status + " / score " + fmt(cl.confidence) + " → " + cl.status);
    }
    if (out.empty()) {
        kc::Classification cl;
        cl.signals = notes;
        cl.signals.push_back("không sản phẩm nào có đủ tín hiệu khớp / no product has enough matching signals");
        out.push_back(std::move(cl));
    }
    return out;
}

}  // namespace kc::understand
