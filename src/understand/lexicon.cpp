// Lexicon: IDF-weighted syllable and syllable-pair overlap between a document's
// subject and a product's own words (title, phrases, requirement, criterion title).
#include "understand/lexicon.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "understand/text_lines.h"

namespace kc::understand {
namespace {

// Abbreviations of the CCHC vocabulary → their words; synonyms → one of them. Keyed forms.
const std::pair<const char*, const char*> k_rewrites[] = {
    {"vbqppl", "van ban quy pham phap luat"},
    {"qppl", "quy pham phap luat"},
    {"cchc", "cai cach hanh chinh"},
    {"tthcc", "trung tam hanh chinh cong"},
    {"tt hcc", "trung tam hanh chinh cong"},
    {"ttdt", "thong tin dien tu"},
    {"tt dt", "thong tin dien tu"},
    {"tthc", "thu tuc hanh chinh"},
    {"thpl", "thi hanh phap luat"},
    {"cbccvc", "can bo cong chuc vien chuc"},
    {"cb cc vc", "can bo cong chuc vien chuc"},
    {"cbcc", "can bo cong chuc"},
    {"ccvc", "cong chuc vien chuc"},
    {"vtvl", "vi tri viec lam"},
    {"pakn", "phan anh kien nghi"},
    {"qlnn", "quan ly nha nuoc"},
    {"cntt", "cong nghe thong tin"},
    {"dvc", "dich vu cong"},
    {"dvcql", "dich vu cong truc tuyen"},
    {"nsnn", "ngan sach nha nuoc"},
    {"ktxh", "kinh te xa hoi"},
    {"kt xh", "kinh te xa hoi"},
    {"dvsncl", "don vi su nghiep cong lap"},
    {"bptnvtkq", "bo phan tiep nhan va tra ket qua"},
    {"bptntkq", "bo phan tiep nhan va tra ket qua"},
    {"bp tn tkq", "bo phan tiep nhan va tra ket qua"},
    {"ubnd", "uy ban nhan dan"},
    {"hdnd", "hoi dong nhan dan"},
    {"thtk cl", "thuc hanh tiet kiem chong lang phi"},
    {"thtkcl", "thuc hanh tiet kiem chong lang phi"},
    // levels: "cấp xã", "xã, thị trấn" are the communes, "cấp huyện" the district
    {"xa thi tran", "xa"},
    {"cap xa", "xa"},
    {"cap huyen", "huyen"},
    // synonyms: the second wording is the one kept
    {"xep loai", "phan loai"},
    {"tre hen", "tre han"},
    {"qua han", "tre han"},
    {"chuyen doi so", "chinh quyen so"},
    {"chinh quyen dien tu", "chinh quyen so"},
    {"chinh phu dien tu", "chinh quyen so"},
    {"chu ky so", "ky so"},
    {"chu ky dien tu", "ky so"},
    {"sap nhap", "sap xep"},
    {"hop nhat", "sap xep"},
    {"tap huan", "boi duong"},
    {"pho bien", "tuyen truyen"},
    {"thu xin loi", "van ban xin loi"},
    {"kiem soat thu tuc", "kiem soat thu tuc"},
    {"co che mot cua", "mot cua"},
    {"mot cua lien thong", "mot cua lien thong"},
    {"phieu dieu tra", "phieu khao sat"},
    {"phieu lay y kien", "phieu khao sat"},
};

// Syllables that carry no subject: dropped as terms and never paired.
const char* const k_stop[] = {"cua", "va", "cac", "cho", "ve", "trong", "tai", "theo", "tren", "voi", "nhung", "duoc",
                              "de", "den", "tu", "nam", "thang", "dau", "cuoi", "i", "ii", "iii", "iv", "v",
                              "ngay", "o", "la", "nay", "do", "khi", "sau", "chin", "kem", "ty", "le", "hoac"};
// Runs that carry no subject either: the document's type name (matched by the kind signal,
// else every report shares "bao cao" with every other), "về việc", the district's place names.
const char* const k_stop_runs[] = {"bao cao", "ke hoach", "quyet dinh", "thong bao", "bien ban", "to trinh",
                                   "nghi quyet", "cong van", "ve viec", "v v", "quang dien", "thua thien hue",
                                   "tren dia ban", "dia ban", "phuong an", "giay moi"};

bool is_stop(const std::string& w) {
    for (auto s : k_stop)
        if (w == s) return true;
    return std::all_of(w.begin(), w.end(), [](unsigned char c) { return std::isdigit(c); });
}

std::vector<std::string> split_words(const std::string& s) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && s[i] == ' ') ++i;
        std::size_t j = s.find(' ', i);
        if (j == std::string::npos) j = s.size();
        if (j > i) out.push_back(s.substr(i, j - i));
        i = j;
    }
    return out;
}

double term_weight(const std::string& t) { return t.find(' ') == std::string::npos ? 0.5 : 1.0; }

}  // namespace

std::vector<std::string> lex_words(std::string_view text) {
    std::string k = " " + detail::key(text) + " ";
    for (auto& [from, to] : k_rewrites) {
        std::string f = std::string(" ") + from + " ", t = std::string(" ") + to + " ";
        if (f == t) continue;
        std::size_t p = 0;
        while ((p = k.find(f, p)) != std::string::npos) {
            k.replace(p, f.size(), t);
            p += t.size() - 1;
        }
    }
    return split_words(k);
}

std::set<std::string> lex_terms(std::string_view text) {
    // "Kế hoạch", "Báo cáo" … are the document's type, matched by the kind signal; so their
    // syllables are stop words here (else every report would share "bao cao" with every other).
    auto w = lex_words(text);
    std::vector<bool> stop(w.size());
    for (std::size_t i = 0; i < w.size(); ++i) stop[i] = is_stop(w[i]);
    for (auto run : k_stop_runs) {
        auto r = split_words(run);
        for (std::size_t i = 0; i + r.size() <= w.size(); ++i)
            if (std::equal(r.begin(), r.end(), w.begin() + static_cast<std::ptrdiff_t>(i)))
                for (std::size_t j = 0; j < r.size(); ++j) stop[i + j] = true;
    }
    std::set<std::string> out;
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (stop[i]) continue;
        out.insert(w[i]);
        if (i + 1 < w.size() && !stop[i + 1]) out.insert(w[i] + " " + w[i + 1]);
    }
    return out;
}

Lexicon::Lexicon(const kc::rules::RuleSet& rules) {
    int n = 0;
    for (auto& c : rules.criteria)
        for (auto& p : c.products) {
            ++n;
            std::set<std::string> v = lex_terms(p.title);
            title_[p.id] = v;
            // segments are matched apart: a pair never spans two phrases
            auto add = [&](const std::string& s) {
                for (auto& t : lex_terms(s)) v.insert(t);
            };
            for (auto& ph : p.phrases) add(ph);
            add(p.requirement);
            add(c.title);
            for (auto& t : v) ++df_[t];
            vocab_[p.id] = std::move(v);
        }
    n_ = std::max(1, n);
}

double Lexicon::idf(const std::string& term) const {
    auto it = df_.find(term);
    double df = it == df_.end() ? 0 : it->second;
    return std::log((n_ + 1) / (df + 1));
}

double Lexicon::weight(const std::string& term) const { return term_weight(term) * idf(term); }

const std::set<std::string>& Lexicon::vocab(const std::string& product_id) const {
    static const std::set<std::string> k_none;
    auto it = vocab_.find(product_id);
    return it == vocab_.end() ? k_none : it->second;
}

Lexicon::Match Lexicon::match(const std::set<std::string>& text_terms, const std::string& product_id) const {
    Match m;
    auto v = vocab_.find(product_id);
    auto ti = title_.find(product_id);
    if (v == vocab_.end() || text_terms.empty()) return m;
    double all = 0, hit = 0;
    std::vector<std::pair<double, std::string>> shared;
    for (auto& t : text_terms) {
        double w = term_weight(t) * idf(t);
        all += w;
        if (v->second.count(t)) {
            hit += w;
            if (t.find(' ') != std::string::npos) shared.push_back({w, t});
        }
    }
    m.coverage = all > 0 ? hit / all : 0;
    double tall = 0, thit = 0;
    for (auto& t : ti->second) {
        double w = term_weight(t) * idf(t);
        tall += w;
        if (text_terms.count(t)) thit += w;
    }
    m.title = tall > 0 ? thit / tall : 0;
    std::sort(shared.begin(), shared.end(), [](auto& a, auto& b) { return a.first > b.first; });
    for (std::size_t i = 0; i < shared.size() && i < 4; ++i) m.shared.push_back(shared[i].second);
    return m;
}

}  // namespace kc::understand
