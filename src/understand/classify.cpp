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
#include <cstdlib>
#include <map>
#include <set>

#include "understand/doc_types.h"
#include "understand/lexicon.h"
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
constexpr double k_w_phrase_loose = 0.25;  // every word of a phrase in the subject, another order
constexpr double k_w_lex = 0.25;           // × IDF-weighted overlap of subject and product words
constexpr double k_lex_strong = 0.55;      // overlap from which the subject "is about" the product
constexpr double k_lex_topic = 0.30;       // below this (and no phrase, no path code) nothing says "about"
constexpr double k_w_period = 0.10;
constexpr double k_w_period_related = 0.08;
constexpr double k_w_period_mismatch = -0.25;
constexpr double k_w_issuer = 0.08;
constexpr double k_w_issuer_other = -0.05;
constexpr double k_w_lead = 0.04;
constexpr double k_w_group = 0.10;  // the subject names a unit of the group the product is for
constexpr double k_tie_margin = 0.10;
constexpr double k_content_lead = 0.15;  // content over a path code: by more than a body phrase
constexpr double k_tie_cap = 0.65;
constexpr double k_contrast_window = 0.30;  // candidates this close to the best are told apart by their own words
constexpr double k_contrast_min = 1.5;      // IDF-weighted distinctive evidence that decides between two
constexpr double k_body_share = 0.4;        // a distinctive word in the body only counts this much
constexpr double k_lex_with_phrase = 0.15;
constexpr double k_cover_classified = 0.5;  // without a folder code, at least half the subject is the product's  // a subject phrase is content evidence with at least this overlap
constexpr double k_keep = 0.10;  // candidates below this are not listed
constexpr std::size_t k_max_candidates = 5;

std::string fmt(double v) {
    char b[16];
    std::snprintf(b, sizeof b, "%.2f", v);
    return b;
}

std::string status_of(double c) { return c >= 0.7 ? "classified" : c >= 0.4 ? "needs_review" : "unclassified"; }

std::string joined(const std::vector<std::string>& w) {  // words → "a b c"
    std::string s;
    for (auto& x : w) s += (s.empty() ? "" : " ") + x;
    return s;
}

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

// Months a period part covers: "" → 1–12, "Q2" → 4–6, "H1" → 1–6, "9M" → 1–9, "06" → 6–6.
std::pair<int, int> months_of(const std::string& part) {
    if (part.empty()) return {1, 12};
    if (part.size() == 2 && part[0] == 'Q' && part[1] >= '1' && part[1] <= '4') return {(part[1] - '1') * 3 + 1, (part[1] - '0') * 3};
    if (part == "H1") return {1, 6};
    if (part == "H2") return {7, 12};
    if (part.size() >= 2 && part.back() == 'M' && std::isdigit(static_cast<unsigned char>(part[0])))
        return {1, std::atoi(part.c_str())};
    if (part.size() == 2 && std::isdigit(static_cast<unsigned char>(part[0])) && std::isdigit(static_cast<unsigned char>(part[1])))
        return {std::atoi(part.c_str()), std::atoi(part.c_str())};
    return {0, -1};
}
bool is_month(const std::string& part) { return part.size() == 2 && std::isdigit(static_cast<unsigned char>(part[0])); }

// 2 = equal, 1 = related (a Q3 report is the 9-month report …), 3 = a month inside the
// product's period (a meeting or an inspection in June 2022 for a 2022 product: neither
// evidence for nor against), 0 = different.
int period_relation(const std::string& doc, const std::string& product) {
    if (doc == product) return 2;
    auto [dy, dp] = split_period(doc);
    auto [py, pp] = split_period(product);
    if (dy != py) return 0;
    if (is_month(dp)) {
        auto [a, b] = months_of(dp);
        auto [pa, pb] = months_of(pp);
        return a >= pa && b <= pb && pa <= pb ? 3 : 0;
    }
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

// Neither for nor against: a report carrying a table product (a "bảng tổng hợp" sent as a
// report), and a công văn "V/v báo cáo …" carrying a report product.
bool kind_carries(const std::string& type, const std::vector<std::string>& kinds, const std::vector<std::string>& subject_words) {
    auto has = [&](const char* k) { return std::find(kinds.begin(), kinds.end(), k) != kinds.end(); };
    if (type == "BC" && has("table")) return true;
    if (type == "CV" && has("BC"))
        for (std::size_t i = 0; i + 1 < subject_words.size(); ++i)
            if (subject_words[i] == "bao" && subject_words[i + 1] == "cao") return true;
    return false;
}

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
    double lex = 0;          // IDF-weighted subject overlap in [0,1]
    double path_weight = 0;  // what the path added
    double raw = 0;          // the sum before clamping to [0,1]
    double coverage = 0;     // share of the subject's term weight the product's words hold
    double form = 0;         // what kind and period added (the document's form, not its topic)
    bool flagged = false;    // capped to review because path and content disagree
    double content() const { return raw - path_weight; }  // everything but the path
    bool content_fits() const { return phrase >= k_w_phrase_loose || lex >= k_lex_strong; }
};

// A folder code must not silently win over content that disagrees, nor content
// silently over a folder code: whenever the path names a criterion and the
// content fits a product of another one better, both are capped to review,
// the content's candidate first when its content is the stronger, and each
// names the other.
void flag_path_content_disagreement(std::vector<Candidate>& cands, bool path_has_codes) {
    if (cands.empty() || !path_has_codes) return;
    auto note = [](Candidate& c, const Candidate& other, bool c_is_path) {
        c.signals.push_back(
            c_is_path ? "mã tiêu chí trong đường dẫn mâu thuẫn với nội dung (nội dung khớp " + other.product->id +
                            ") — cần xem xét / the criterion code in the path disagrees with the content (the content "
                            "matches " + other.product->id + ") — needs review"
                      : "nội dung mâu thuẫn với mã tiêu chí trong đường dẫn (đường dẫn chỉ " + other.product->id +
                            ") — cần xem xét / the content disagrees with the criterion code in the path (the path "
                            "points to " + other.product->id + ") — needs review");
    };
    Candidate* path_c = nullptr;
    for (auto& c : cands)
        if (c.from_path) {
            path_c = &c;
            break;
        }
    // the strongest content candidate of a criterion the path does not name
    Candidate* content_c = nullptr;
    for (auto& c : cands)
        if (!c.from_path && (!path_c || c.criterion != path_c->criterion) && c.content_fits() &&
            (!content_c || c.content() > content_c->content()))
            content_c = &c;
    if (!content_c) return;
    if (!path_c) {  // path codes resolved to nothing listed: content wins, but says so
        if (&cands[0] == content_c && content_c->score > k_tie_cap) {
            content_c->score = content_c->raw = k_tie_cap;
            content_c->flagged = true;
            content_c->signals.push_back("đường dẫn có mã tiêu chí khác — cần xem xét / the path carries another "
                                         "criterion's code — needs review");
        }
        return;
    }
    bool path_weak = !path_c->content_fits();
    bool content_stronger = content_c->content() > path_c->content() + 0.05;
    if (!(path_weak && content_c->content() >= 0.4) && !content_stronger && &cands[0] != content_c) return;
    // the content goes first when the path's product has no content fit at all, or when the
    // content is clearly stronger (more than a phrase in the body); else the path keeps the lead
    bool content_leads = (path_weak && content_c->content() >= 0.4) ||
                         content_c->content() > path_c->content() + k_content_lead || &cands[0] == content_c;
    double top = std::max(0.41, std::min(k_tie_cap, std::max(path_c->score, content_c->score)));
    Candidate* first = content_leads ? content_c : path_c;
    Candidate* second = first == content_c ? path_c : content_c;
    for (auto& c : cands)  // nobody else stays above the two (the path's other products included)
        if (&c != first && &c != second) c.score = std::min(c.score, top - 0.02), c.raw = std::min(c.raw, c.score);
    first->score = first->raw = top;
    first->flagged = second->flagged = true;
    second->score = second->raw = std::max(0.40, std::min(second->score, top - 0.01));
    note(*path_c, *content_c, true);
    note(*content_c, *path_c, false);
}

// Names of the unit groups whose member units the text names ("… của Trung tâm Dịch vụ Nông
// nghiệp huyện" → "Các đơn vị sự nghiệp công lập thuộc UBND huyện"): a product asking for "the
// public service units" or "the offices" then shares words with a document about one of them.
// Only names of three words or more (not "Tư pháp" alone), only groups made of units, only
// units that belong to one such group.
std::vector<const kc::rules::UnitGroup*> groups_named_in(const std::string& text, const kc::rules::RuleSet& rules) {
    std::string tk = " " + key(text) + " ";
    auto is_group = [&](const std::string& code) {
        for (auto& g : rules.groups)
            if (g.code == code) return true;
        return false;
    };
    std::vector<const kc::rules::UnitGroup*> unit_groups;  // groups made of units only
    for (auto& g : rules.groups)
        if (std::none_of(g.members.begin(), g.members.end(), is_group)) unit_groups.push_back(&g);
    std::vector<const kc::rules::UnitGroup*> out;
    for (auto& u : rules.units) {
        std::vector<std::string> names = u.aliases;
        names.push_back(u.name);
        bool named = false;
        for (auto& n : names) {
            std::string nk = key(n);
            named = named || (std::count(nk.begin(), nk.end(), ' ') >= 2 && has_words(tk, nk));
        }
        if (!named) continue;
        std::vector<const kc::rules::UnitGroup*> of;
        for (auto* g : unit_groups)
            if (std::find(g->members.begin(), g->members.end(), u.code) != g->members.end()) of.push_back(g);
        // a unit listed in two groups (a centre both an office and a public service unit) says neither
        if (of.size() == 1 && std::find(out.begin(), out.end(), of[0]) == out.end()) out.push_back(of[0]);
    }
    return out;
}

// The words that say "this group" in a product's text: the group name's two rarest word pairs
// that several products use ("sự nghiệp", "công lập" for the public service units; "phòng ban" for the offices).
std::vector<std::string> group_core(const kc::rules::UnitGroup& g, const Lexicon& lex) {
    std::vector<std::pair<double, std::string>> pairs;
    for (auto& t : lex_terms(g.name))
        if (t.find(' ') != std::string::npos && lex.df(t) >= 3) pairs.push_back({lex.idf(t), t});  // words several products use
    std::sort(pairs.begin(), pairs.end(), [](auto& a, auto& b) { return a.first > b.first; });
    std::vector<std::string> out;
    for (std::size_t i = 0; i < pairs.size() && i < 2; ++i) out.push_back(pairs[i].second);
    return out;
}

// Near candidates (within k_contrast_window of the best) are told apart by the words only one of
// them has (its product vocabulary minus the other's; for products of different criteria, each
// criterion's vocabulary over all its products): the IDF-weighted distinctive words found in the
// subject (and, counting k_body_share, in the body). A candidate that beats every other near one
// by k_contrast_min and twice the evidence takes the best score and the others step back below
// the tie margin. Decided by the subject, the status follows the score; decided by the body
// only, it stays needs_review. Candidates capped for a path/content disagreement are left alone.
void tell_siblings_apart(std::vector<Candidate>& cands, const Lexicon& lex, const kc::rules::RuleSet& rules,
                         const std::set<std::string>& subject, const std::set<std::string>& body) {
    if (cands.size() < 2 || cands[0].flagged || cands[0].score < 0.4) return;
    // the near ones: within the window on the unclamped sums, with a folder code iff the best has one
    std::vector<std::size_t> near{0};
    for (std::size_t j = 1; j < cands.size() && near.size() < 4; ++j)
        if (cands[0].raw - cands[j].raw < k_contrast_window && !cands[j].flagged && cands[j].from_path == cands[0].from_path)
            near.push_back(j);
    if (near.size() < 2) return;
    // only a candidate whose kind and period fit as well as the others' can be told the winner
    double best_form = -1e9;
    for (auto j : near) best_form = std::max(best_form, cands[j].form);
    std::map<std::string, std::set<std::string>> crit_vocab;
    auto vocab_of = [&](const Candidate& c, bool criterion_level) -> const std::set<std::string>& {
        if (!criterion_level) return lex.vocab(c.product->id);
        auto& v = crit_vocab[c.criterion->code];
        if (v.empty())
            for (auto& p : c.criterion->products)
                for (auto& t : lex.vocab(p.id)) v.insert(t);
        return v;
    };
    (void)rules;
    // evidence[i][j]: {subject-only, subject + body share} of i's words that j lacks
    auto evidence = [&](const Candidate& a, const Candidate& b, std::vector<std::string>* words) {
        bool crit = a.criterion != b.criterion;
        const auto& va = vocab_of(a, crit);
        const auto& vb = vocab_of(b, crit);
        double subj = 0, all = 0;
        for (auto& t : va) {
            if (vb.count(t)) continue;
            double w = lex.weight(t);
            if (subject.count(t)) {
                subj += w, all += w;
                if (words && t.find(' ') != std::string::npos && words->size() < 3) words->push_back(t);
            } else if (body.count(t)) {
                all += k_body_share * w;
            }
        }
        return std::pair{subj, all};
    };
    for (auto i : near) {
        if (cands[i].form < best_form - 0.01) continue;
        bool wins = true, by_subject = true;
        std::vector<std::string> words;
        std::vector<std::string> losers;
        for (auto j : near) {
            if (!wins) break;
            if (i == j || cands[i].product == cands[j].product) continue;
            auto [si, ai] = evidence(cands[i], cands[j], &words);
            auto [sj, aj] = evidence(cands[j], cands[i], nullptr);
            wins = ai >= aj + k_contrast_min && ai >= 2 * aj;
            by_subject = by_subject && si >= sj + k_contrast_min && si >= 2 * sj;
            losers.push_back(cands[j].product->id);
        }
        if (!wins || losers.empty()) continue;
        double top = cands[0].score;
        // confirming the best by the subject keeps its score; overturning it, or deciding by the body, is for review
        cands[i].score = i == 0 ? top : std::min(top, k_tie_cap);
        cands[i].raw = std::max(cands[i].raw, cands[i].score);
        for (std::size_t j = 0; j < cands.size(); ++j) {  // the near ones step back below the tie margin, all under the winner
            if (j == i) continue;
            bool is_near = std::find(near.begin(), near.end(), j) != near.end();
            // decided by the subject: the near ones leave the tie; by the body only: they stay tied (review), behind
            double cap = cands[i].score - (is_near && by_subject ? k_tie_margin + 0.01 : 0.01);
            if (cands[j].score > cap) cands[j].score = std::max(0.0, cap), cands[j].raw = std::min(cands[j].raw, cands[j].score);
        }
        std::string w;
        for (auto& x : words) w += (w.empty() ? "" : ", ") + x;
        cands[i].signals.push_back("phân biệt với " + join(losers) + " bằng từ riêng của sản phẩm" + (w.empty() ? "" : " (" + w + ")") +
                                   (by_subject ? " trong trích yếu" : " trong nội dung") + " / told apart from " + join(losers) +
                                   " by the product's own words" + (w.empty() ? "" : " (" + w + ")") +
                                   (by_subject ? " in the subject" : " in the body"));
        return;
    }
}

// "Classified" needs positive content evidence when there is content to judge: words of the
// product in the subject (overlap >= k_lex_topic, or one of its phrases with some overlap).
// Kind, issuer, period and a folder code alone say the document could be the product, not that
// it is: such a candidate stays needs_review.
void require_content(std::vector<Candidate>& cands, bool has_subject) {
    if (!has_subject) return;
    for (auto& c : cands) {
        if (c.score <= k_tie_cap) continue;
        // a folder code is evidence of its own: then any word or phrase of the product will do
        bool evidence = c.from_path ? (c.lex >= k_lex_with_phrase || c.phrase > 0)
                                    : (c.lex >= k_lex_topic || (c.phrase >= k_w_phrase_loose && c.lex >= k_lex_with_phrase)) &&
                                          c.coverage >= k_cover_classified;
        if (evidence) continue;
        c.score = k_tie_cap;
        c.raw = std::min(c.raw, 1.0);
        c.signals.push_back("trích yếu không đủ từ của sản phẩm (chỉ loại, kỳ, cơ quan" + std::string(c.from_path ? ", mã trong đường dẫn" : "") +
                            ") — cần xem xét / the subject has too few of the product's words (only kind, period, issuer" +
                            (c.from_path ? ", the path's code" : "") + ") — needs review");
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
    std::string file = in.path_in_archive.substr(in.path_in_archive.rfind('/') + 1);
    if (auto dot = file.rfind('.'); dot != std::string::npos && dot > 0) file = file.substr(0, dot);
    std::string issuer_key = org_key(h.issuer);
    const Lexicon lexicon(rules);
    auto subject_terms = lex_terms(type_name_key(h.type) + " " + h.subject);
    // unit groups the subject names a member of, and the words that say each group
    std::vector<std::pair<const kc::rules::UnitGroup*, std::vector<std::string>>> groups_named;
    for (auto* g : groups_named_in(h.subject, rules)) {
        auto core = group_core(*g, lexicon);
        if (!core.empty()) groups_named.push_back({g, core});
    }
    const auto subject_words = lex_words(type_name_key(h.type) + " " + h.subject);
    const std::string subject_lex = joined(subject_words);
    const std::string file_lex = joined(lex_words(file));
    const std::string body_lex = joined(lex_words(in.text));

    // which known unit the issuer is, if any (for the "another issuer" signal)
    // (the unit whose matching name is the longest: "Phòng Nội vụ" over a governing "UBND huyện")
    std::string issuer_unit;
    std::size_t issuer_len = 0;
    for (auto& u : rules.units) {
        if (!unit_matches(u, issuer_key)) continue;
        std::size_t len = 0;
        for (auto& n : u.aliases)
            if (has_words(issuer_key, org_key(n))) len = std::max(len, org_key(n).size());
        if (has_words(issuer_key, org_key(u.name)) || org_key(u.name) == issuer_key) len = std::max(len, org_key(u.name).size());
        if (len > issuer_len) issuer_unit = u.code, issuer_len = len;
    }

    std::vector<Candidate> cands;
    for (auto& crit : rules.criteria) {
        for (auto& prod : crit.products) {
            Candidate c{&crit, &prod, 0, {}, false, 0};
            auto add = [&](double w, std::string s) {
                c.score += w;
                c.signals.push_back(std::move(s));
            };
            // kind, period, issuer, submitting unit: they say a document COULD be the
            // product, not that it is about it (see the topic gate below)
            double fits = 0;
            auto fit = [&](double w, std::string s) {
                fits += w;
                add(w, std::move(s));
            };
            if (auto t = targets.find(crit.code); t != targets.end()) {
                add(t->second.weight, t->second.signal);
                c.from_path = true;
                c.path_weight = t->second.weight;
            }

            // kind
            std::string kinds = join(prod.kinds);
            bool kind_ok = !h.type.empty() && std::find(prod.kinds.begin(), prod.kinds.end(), h.type) != prod.kinds.end();
            bool photo_ok = is_image(in.format) && std::find(prod.kinds.begin(), prod.kinds.end(), "photo") != prod.kinds.end();
            bool table_ok = is_table(in.format) && std::find(prod.kinds.begin(), prod.kinds.end(), "table") != prod.kinds.end();
            if (kind_ok)
                c.form += k_w_kind, fit(k_w_kind, "loại văn bản " + h.type + " khớp sản phẩm (" + kinds + ") / document type " + h.type +
                                  " matches the product's kinds (" + kinds + ")");
            else if (photo_ok || table_ok)
                c.form += k_w_kind, fit(k_w_kind, "định dạng " + in.format + " khớp sản phẩm (" + kinds + ") / format " + in.format +
                                  " matches the product's kinds (" + kinds + ")");
            else if (kind_carries(h.type, prod.kinds, subject_words))
                c.signals.push_back("loại văn bản " + h.type + " có thể mang sản phẩm (" + kinds + ") / a document of type " +
                                    h.type + " can carry the product (" + kinds + ")");
            else if (!h.type.empty() && !prod.kinds.empty())
                c.form += k_w_kind_mismatch, add(k_w_kind_mismatch, "loại văn bản " + h.type + " không khớp sản phẩm (" + kinds + ") / document type " +
                                           h.type + " does not match the product's kinds (" + kinds + ")");

            // phrases: the strongest place any of them is found (abbreviations expanded on both sides)
            double best = 0;
            std::string best_sig;
            for (auto& p : prod.phrases) {
                std::string pk = joined(lex_words(p));
                if (pk.empty()) continue;
                if (has_words(subject_lex, pk) && best < k_w_phrase_subject) {
                    best = k_w_phrase_subject;
                    best_sig = "cụm từ \"" + p + "\" trong trích yếu / phrase \"" + p + "\" in the subject";
                } else if (has_words(file_lex, pk) && best < k_w_phrase_file) {
                    best = k_w_phrase_file;
                    best_sig = "cụm từ \"" + p + "\" trong tên tệp / phrase \"" + p + "\" in the file name";
                } else if (has_words(body_lex, pk) && best < k_w_phrase_body) {
                    best = k_w_phrase_body;
                    best_sig = "cụm từ \"" + p + "\" trong nội dung / phrase \"" + p + "\" in the body";
                }
            }
            if (best < k_w_phrase_loose) {  // a phrase whose words are all in the subject, in another order
                for (auto& p : prod.phrases) {
                    auto pt = lex_words(p);
                    if (pt.size() < 3) continue;
                    bool all = std::all_of(pt.begin(), pt.end(), [&](const std::string& w) {
                        return std::find(subject_words.begin(), subject_words.end(), w) != subject_words.end();
                    });
                    if (all) {
                        best = k_w_phrase_loose;
                        best_sig = "các từ của cụm \"" + p + "\" có trong trích yếu / the words of phrase \"" + p +
                                   "\" are in the subject";
                        break;
                    }
                }
            }
            if (best > 0) add(best, best_sig);
            c.phrase = best;

            // words of the subject vs the product's own words, weighted by rarity
            auto lm = lexicon.match(subject_terms, prod.id);
            c.lex = 0.7 * lm.coverage + 0.3 * lm.title;
            c.coverage = lm.coverage;
            if (c.lex >= 0.15) {
                std::string words;
                for (auto& w : lm.shared) words += (words.empty() ? "" : ", ") + w;
                add(k_w_lex * c.lex, "trích yếu trùng từ với sản phẩm " + fmt(c.lex) + " (" + words +
                                         ") / the subject shares words with the product " + fmt(c.lex) + " (" + words + ")");
            }

            // the subject names a unit of a group the product is written for ("… của Trung tâm Dịch vụ
            // Nông nghiệp" and "… của các đơn vị sự nghiệp công lập")
            for (auto& [g, core] : groups_named) {
                const auto& v = lexicon.vocab(prod.id);
                bool targets = std::all_of(core.begin(), core.end(), [&](const std::string& t) { return v.count(t) > 0; });
                if (targets) {
                    add(k_w_group, "trích yếu nêu một đơn vị thuộc nhóm \"" + g->name + "\" mà sản phẩm dành cho / the subject "
                                   "names a unit of the group \"" + g->name + "\" the product is written for");
                    break;
                }
            }

            // period
            if (!prod.period.empty()) {
                if (h.period.empty()) {
                    c.signals.push_back("chưa rõ kỳ của văn bản (không dùng năm ban hành) / document period unknown (the issue year is not used)");
                } else {
                    int rel = period_relation(h.period, prod.period);
                    if (rel == 2)
                        c.form += k_w_period, fit(k_w_period, "kỳ " + h.period + " khớp sản phẩm / period " + h.period + " matches the product");
                    else if (rel == 3)
                        c.signals.push_back("kỳ " + h.period + " là một tháng trong kỳ " + prod.period + " của sản phẩm / period " +
                                            h.period + " is a month within the product's " + prod.period);
                    else if (rel == 1)
                        c.form += k_w_period_related, fit(k_w_period_related, "kỳ " + h.period + " tương ứng kỳ " + prod.period + " của sản phẩm / period " +
                                                    h.period + " corresponds to the product's " + prod.period);
                    else
                        c.form += k_w_period_mismatch, add(k_w_period_mismatch, "kỳ " + h.period + " khác kỳ của sản phẩm " + prod.period + " / period " +
                                                     h.period + " differs from the product's " + prod.period);
                }
            }

            // issuer
            if (!prod.expected_issuers.empty() && !issuer_key.empty()) {
                std::string matched;
                for (auto& code : prod.expected_issuers) {
                    // a group ("all-offices-and-communes") stands for its member units
                    auto members = rules.expand(code);
                    if (members.empty()) members.push_back(code);
                    bool hit = org_key(code) == issuer_key;
                    for (auto& m : members) {
                        if (hit) break;
                        const auto* u = find_unit(rules, m);
                        hit = (u && unit_matches(*u, issuer_key)) || (!issuer_unit.empty() && m == issuer_unit);
                    }
                    if (hit) {
                        matched = code;
                        break;
                    }
                }
                if (!matched.empty())
                    fit(k_w_issuer, "cơ quan ban hành là đơn vị " + matched + " như yêu cầu / issuer is the expected unit " + matched);
                if (matched.empty() && !issuer_unit.empty()) {
                    // issued at another level than any expected issuer (a province's decision for a
                    // district's product, or the reverse): part of the document's form, like its kind
                    const auto* iu = find_unit(rules, issuer_unit);
                    bool level_ok = iu == nullptr;
                    for (auto& code : prod.expected_issuers) {
                        auto members = rules.expand(code);
                        if (members.empty()) members.push_back(code);
                        for (auto& m : members) {
                            const auto* u = find_unit(rules, m);
                            // same level, or an office and its own district
                            level_ok = level_ok || (u && (u->level == iu->level || (iu->level == "office" && iu->parent == u->code) ||
                                                          (u->level == "office" && u->parent == iu->code)));
                        }
                    }
                    if (!level_ok) c.form += 2 * k_w_issuer_other;
                }
                if (matched.empty() && !issuer_unit.empty())
                    add(k_w_issuer_other, "cơ quan ban hành là " + issuer_unit + ", sản phẩm cần " + join(prod.expected_issuers) +
                                              " / issuer is " + issuer_unit + ", the product expects " + join(prod.expected_issuers));
            }

            // submitting unit
            if (!in.submitted_by.empty() &&
                std::find(prod.lead_agencies.begin(), prod.lead_agencies.end(), in.submitted_by) != prod.lead_agencies.end())
                fit(k_w_lead, "đơn vị nộp " + in.submitted_by + " là cơ quan chủ trì / submitting unit " + in.submitted_by +
                                  " is a lead agency");

            // topic gate: with no word of the product in the subject, file name or body and no
            // code in the path, the fitting kind, period and issuer count half (a report of the
            // right year is not evidence of the right subject)
            if (!c.from_path && c.phrase <= 0 && c.lex < k_lex_topic && fits > 0) {
                c.score -= fits / 2;
                c.signals.push_back("không có từ nào của sản phẩm trong văn bản: loại, kỳ, cơ quan chỉ tính một nửa / no word of "
                                    "the product in the document: kind, period and issuer count half");
            }
            c.raw = c.score;
            c.score = std::clamp(c.score, 0.0, 1.0);
            cands.push_back(std::move(c));
        }
    }

    // best first; among equal (clamped) scores the larger sum of signals first
    auto better = [](const Candidate& a, const Candidate& b) { return a.score != b.score ? a.score > b.score : a.raw > b.raw; };
    std::stable_sort(cands.begin(), cands.end(), better);
    flag_path_content_disagreement(cands, !targets.empty());
    std::stable_sort(cands.begin(), cands.end(), better);
    {
        std::size_t cut = std::min(in.text.size(), std::size_t{6000});
        while (cut < in.text.size() && cut > 0 && (static_cast<unsigned char>(in.text[cut]) & 0xC0) == 0x80) --cut;
        // the group a named unit belongs to says which sibling the subject is about (4.1.1 vs 4.1.3)
        auto contrast_terms = subject_terms;
        for (auto& [g, core] : groups_named)
            for (auto& t : lex_terms(g->name)) contrast_terms.insert(t);
        tell_siblings_apart(cands, lexicon, rules, contrast_terms, lex_terms(std::string_view(in.text).substr(0, cut)));
    }
    std::stable_sort(cands.begin(), cands.end(), better);
    require_content(cands, !h.subject.empty());
    std::stable_sort(cands.begin(), cands.end(), better);
    // a clamped runner-up keeps its distance to the best: 1.0 and 1.0 are not a tie when the sums differ
    for (std::size_t i = 1; i < cands.size(); ++i)
        if (cands[0].raw > cands[i].raw) cands[i].score = std::min(cands[i].score, cands[0].score - (cands[0].raw - cands[i].raw));

    std::vector<kc::Classification> out;
    // nothing fits: the three nearest are still listed (unclassified), for the reviewer
    const bool none_fits = cands.empty() || cands[0].score < 0.4;
    for (auto& c : cands) {
        if (out.size() >= (none_fits ? std::size_t{3} : k_max_candidates)) break;
        if (c.score < (none_fits ? 0.01 : k_keep)) break;
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
    if (none_fits && !out.empty())
        out[0].signals.push_back("không sản phẩm nào đủ tín hiệu khớp; " + std::to_string(out.size()) +
                                 " ứng viên gần nhất được liệt kê / no product has enough matching signals; the " +
                                 std::to_string(out.size()) + " nearest candidates are listed");
    if (out.empty()) {
        kc::Classification cl;
        cl.signals = notes;
        cl.signals.push_back("không sản phẩm nào có đủ tín hiệu khớp / no product has enough matching signals");
        out.push_back(std::move(cl));
    }
    return out;
}

}  // namespace kc::understand
