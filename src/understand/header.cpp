// parse_header(): finds the anchors of the decree's layout (the "Số:" line, the
// place/date line, the type name line) in the top of the text, reads the
// issuer above them and the subject below, and the signer block at the end.
#include "understand/header.h"

#include <algorithm>
#include <cmath>

#include "understand/doc_types.h"
#include "understand/header_parts.h"
#include "understand/text_lines.h"
#include "util/date.h"
#include "util/text.h"

namespace kc::understand {
namespace {
using namespace detail;

constexpr int k_top_lines = 40;  // non-empty lines searched for the header anchors

std::string unmark(std::string_view s) {  // markdown bold in converted text ("**TM. …**")
    std::string t = kc::text::trim(s);
    while (!t.empty() && (t.front() == '*' || t.front() == '_')) t.erase(t.begin());
    while (!t.empty() && (t.back() == '*' || t.back() == '_')) t.pop_back();
    return kc::text::trim(t);
}

bool starts_body(const std::string& k) {
    static const char* const k_body[] = {"can cu ", "kinh gui", "thuc hien ", "nham "};
    for (auto b : k_body)
        if (k.rfind(b, 0) == 0) return true;
    return false;
}

// Lines with the stamp columns removed; the stamp values go to `out`.
std::vector<std::string> strip_stamps(const std::vector<std::string>& raw, ParsedHeader& out) {
    std::vector<std::string> lines;
    for (auto& l : raw) {
        auto cols = split_columns(l);
        bool any = false;
        std::string kept;
        for (auto& c : cols) {
            auto st = parse_stamp_line(unmark(c));
            if (!st) {
                kept += (kept.empty() ? "" : "   ") + c;
                continue;
            }
            any = true;
            if (st->label == "signer" && out.stamp_signer.empty()) {
                out.stamp_signer = st->value;
                out.notes.push_back("dòng chữ ký số hiển thị: Ký bởi / visible signature stamp: signed by");
            } else if (st->label == "org" && out.stamp_org.empty()) {
                out.stamp_org = st->value;
                out.notes.push_back("dòng chữ ký số hiển thị: Cơ quan / visible signature stamp: agency");
            } else if (st->label == "time" && out.stamp_time.empty()) {
                out.stamp_time = parse_stamp_time(st->value);
                out.notes.push_back(out.stamp_time.empty()
                                        ? "thời gian ký số hiển thị không đọc được / visible signing time unreadable"
                                        : "dòng chữ ký số hiển thị: thời gian ký " + out.stamp_time +
                                              " / visible signature stamp: signing time " + out.stamp_time);
            }
        }
        lines.push_back(any ? kept : l);
    }
    return lines;
}

// "Ký bởi: Lê Ngọc Bảo" names a person; "Ký bởi: Phòng Nội vụ", "Ủy ban nhân dân huyện …" an agency.
bool stamp_names_a_person(const std::string& v) {
    if (v.empty() || v.find_first_of("0123456789:;/@") != std::string::npos) return false;
    auto words = kc::text::split(squash(v), ' ');
    if (words.size() < 2 || words.size() > 5 || is_upper(v)) return false;
    static const char* const k_org[] = {"phong", "uy", "ubnd", "so", "van", "trung", "thanh", "hoi", "cong", "ban", "chi",
                                        "cuc", "bo", "hdnd", "tinh", "huyen", "xa", "thi", "kho"};  // not "truong", "doan", "dang": surnames
    std::string first = key(words[0]);
    for (auto o : k_org)
        if (first == o) return false;
    for (auto& w : words)
        if (!is_upper(kc::text::truncate(w, 1))) return false;
    return true;
}

bool continues_body(const std::string& k) {
    static const char* const k_levels[] = {"huyen ", "tinh ", "xa ", "thi tran ", "thi xa ", "thanh pho ",
                                           "phuong ", "quan ", "nhan dan", "thi ", "thanh "};
    std::string kk = k + " ";
    if (kk.rfind("thanh tra ", 0) == 0) return false;  // "THANH TRA HUYỆN" is an agency, not "THÀNH PHỐ …"
    for (auto l : k_levels)
        if (kk.rfind(l, 0) == 0) return true;
    return false;
}

void read_issuer(const std::vector<std::string>& lines, std::size_t end, bool anchored, ParsedHeader& out) {
    std::vector<std::string> blocks;
    int seen = 0;
    for (std::size_t i = 0; i < end && seen < 8; ++i) {
        auto cols = split_columns(strip_motto(unmark(lines[i])));
        if (cols.empty()) continue;
        ++seen;
        std::string c = squash(unmark(cols.front()));
        while (!c.empty() && (c.back() == '.' || c.back() == ',')) c.pop_back();  // OCR debris after a name line
        if (!is_upper(c) || key(c).empty()) {
            if (!anchored) break;
            continue;
        }
        std::string k = key(c);
        if (k == "nam" || k == "viet nam") continue;  // the motto's wrapped tail ("… VIỆT" / "NAM"), never an issuer
        if (!blocks.empty()) {
            std::string prev = key(blocks.back());
            // a name wrapped before "và" ("PHÒNG TÀI NGUYÊN" / "VÀ MÔI TRƯỜNG") continues the block
            // … and a lone last word ("PHÒNG VĂN HÓA VÀ THÔNG" / "TIN", "… - KẾ" / "HOẠCH") too
            bool lone_word = k.find(' ') == std::string::npos && prev.find(' ') != std::string::npos;
            bool joins = continues_body(k) || prev.ends_with(" va") || k.rfind("va ", 0) == 0 || lone_word ||
                         blocks.back().ends_with("-");
            if (joins) {
                blocks.back() += " " + c;
                continue;
            }
        }
        blocks.push_back(c);
    }
    if (blocks.empty()) return;
    out.header.issuer = blocks.back();
    if (blocks.size() >= 2) out.governing = blocks[blocks.size() - 2];
    out.confidence.issuer = anchored ? (blocks.size() <= 2 ? 0.9 : 0.75) : 0.5;
}

std::string strip_vv(std::string s) {
    std::string f = kc::text::fold(s);
    std::size_t cut = 0;
    if (f.rfind("v/v", 0) == 0) cut = 3;
    else if (f.rfind("v.v", 0) == 0) cut = 3;
    if (cut) {
        s = s.substr(cut);  // "V/v" is ASCII: byte offsets agree
        s = kc::text::trim(s);
        if (!s.empty() && (s[0] == ':' || s[0] == '.')) s = kc::text::trim(s.substr(1));
    }
    return s;
}

// Subject lines from `from`: up to a blank line, "Căn cứ", a line in capitals or 4 lines.
std::string read_subject(const std::vector<std::string>& lines, std::size_t from, std::string first) {
    std::vector<std::string> parts;
    if (!first.empty()) parts.push_back(first);
    int blanks = 0;
    for (std::size_t i = from; i < lines.size() && parts.size() < 4; ++i) {
        auto cols = split_columns(strip_motto(unmark(lines[i])));
        if (cols.empty()) {
            if (!parts.empty() || ++blanks > 2) break;
            continue;
        }
        std::string c = squash(unmark(cols.front()));
        std::string k = key(c);
        // a wrapped year ("… công lập năm" / "2021") has no lower case but still continues the subject
        bool digits_only = !k.empty() && k.find_first_not_of("0123456789 ") == std::string::npos;
        // "Thực hiện …" opens a body, but right under the kind name it is the subject
        // ("BÁO CÁO" / "Thực hiện cơ chế tự chủ …"); "Căn cứ" and "Kính gửi" never are.
        bool body = starts_body(k + " ") && !(i == from && parts.empty() && k.rfind("thuc hien ", 0) == 0);
        if (k.empty() || body || (is_upper(c) && !digits_only) || parse_number_line(c) || parse_date_line(c))
            break;
        parts.push_back(c);
    }
    std::string s;
    for (auto& p : parts) s += (s.empty() ? "" : " ") + p;
    return strip_vv(s);
}

// A long place name wraps the date line: "Thừa Thiên Huế, ngày 16 tháng 10 năm" / "2022".
// Only a column that names a day ("ngày") but does not parse is joined with a column of the
// next non-empty line, and only when the join parses to a real date.
std::optional<DateLine> wrapped_date_line(const std::string& c, const std::vector<std::string>& lines, std::size_t i) {
    std::string k = " " + key(c) + " ";
    if (k.find(" ngay ") == std::string::npos) return std::nullopt;
    for (std::size_t j = i + 1; j < lines.size() && j <= i + 2; ++j) {
        auto next = split_columns(strip_motto(unmark(lines[j])));
        if (next.empty()) continue;
        for (auto& n : next) {
            std::string joined = c + " " + squash(unmark(n));
            if (auto d = parse_date_line(joined); d && !d->iso.empty()) {
                d->notes.push_back("dòng ngày tháng bị ngắt dòng, đã ghép lại / date line wrapped over two lines, joined");
                return d;
            }
        }
        break;
    }
    return std::nullopt;
}

}  // namespace

ParsedHeader parse_header(std::string_view text_in) {
    ParsedHeader out;
    std::string text = kc::text::nfc(text_in);
    auto lines = strip_stamps(split_lines(text), out);

    std::optional<NumberLine> num;
    std::optional<DateLine> date;
    const DocKind* line_kind = nullptr;
    bool line_kind_upper = false;
    std::string subject_first;
    std::size_t num_idx = lines.size(), date_idx = lines.size(), type_idx = lines.size(), vv_idx = lines.size();

    int non_empty = 0;
    for (std::size_t i = 0; i < lines.size() && non_empty < k_top_lines; ++i) {
        auto cols = split_columns(strip_motto(unmark(lines[i])));
        if (cols.empty()) continue;
        ++non_empty;
        bool body = false;
        // columns first; the whole line too, since blank fields leave wide gaps ("Số:     /KH-UBND")
        auto cands = cols;
        if (cols.size() > 1) {
            std::string whole;
            for (auto& c : cols) whole += (whole.empty() ? "" : " ") + c;
            cands.push_back(whole);
        }
        for (std::size_t ci = 0; ci < cands.size(); ++ci) {
            const auto& col = cands[ci];
            bool is_whole = ci >= cols.size();
            if (is_whole && num && date) break;
            std::string c = squash(unmark(col));
            std::string k = key(c);
            if (starts_body(k + " ") && (num || line_kind)) {
                body = true;
                break;
            }
            if (!num) {
                if (auto n = parse_number_line(c)) {
                    num = n;
                    num_idx = i;
                    if (!date && !n->rest.empty())
                        if (auto d = parse_date_line(n->rest)) date = d, date_idx = i;
                    continue;
                }
            }
            if (!date) {
                if (auto d = parse_date_line(c)) {
                    date = d;
                    date_idx = i;
                    continue;
                }
                if (auto d = wrapped_date_line(c, lines, i)) {
                    date = d;
                    date_idx = i;
                    continue;
                }
            }
            if (!line_kind && !is_whole) {
                bool upper = is_upper(c);
                if (auto kd = kind_by_name_key(k); kd && (upper || cols.size() == 1)) {
                    line_kind = kd, line_kind_upper = upper, type_idx = i;
                    continue;
                }
                int words = 0;
                if (auto kd = kind_name_prefix(k, &words); kd && cols.size() == 1) {
                    auto w = kc::text::split(c, ' ');
                    std::string head, tail;
                    for (std::size_t j = 0; j < w.size(); ++j)
                        (static_cast<int>(j) < words ? head : tail) += (j && static_cast<int>(j) != words ? " " : "") + w[j];
                    if (is_upper(head) && !tail.empty() && !is_upper(tail)) {
                        line_kind = kd, line_kind_upper = true, type_idx = i, subject_first = tail;
                        continue;
                    }
                }
            }
            if (vv_idx == lines.size() && num && kc::text::fold(c).rfind("v/v", 0) == 0) vv_idx = i;
        }
        if (body) break;
    }

    // issuer: above the first anchor
    std::size_t anchor = std::min({num_idx, date_idx, type_idx});
    bool anchored = anchor < lines.size();
    read_issuer(lines, anchored ? anchor : lines.size(), anchored, out);
    if (out.header.issuer.empty() && !out.stamp_org.empty()) {
        out.header.issuer = out.stamp_org;
        out.confidence.issuer = 0.4;
        out.notes.push_back("cơ quan ban hành lấy từ dòng chữ ký số / issuer taken from the signature stamp");
    }

    // number and symbol
    if (num) {
        for (auto& n : num->notes) out.notes.push_back(n);
        out.header.number = num->number;
        out.header.symbol = num->symbol;
        if (num->valid && !num->number.empty()) out.confidence.number = num->repaired ? 0.7 : 0.95;
    }

    // place and date
    if (date) {
        for (auto& n : date->notes) out.notes.push_back(n);
        out.header.place = date->place;
        out.header.date = date->iso;
        if (!date->iso.empty()) out.confidence.date = (date->numeric ? 0.85 : 0.95) - (date->repaired ? 0.25 : 0);
    } else {
        out.notes.push_back("không tìm thấy dòng địa danh, ngày tháng / no place-and-date line found");
    }

    // type: the symbol's code cross-checked with the type name line
    std::string code_kind = num ? num->type_code : "";
    if (line_kind && !code_kind.empty()) {
        out.header.type = std::string(line_kind->code);
        if (code_kind == line_kind->code) {
            out.confidence.type = 0.95;
        } else {
            out.confidence.type = 0.5;
            out.notes.push_back("mã loại trong ký hiệu (" + code_kind + ") khác tên loại văn bản (" +
                                std::string(line_kind->code) + ") / type code in the symbol (" + code_kind +
                                ") differs from the type name line (" + std::string(line_kind->code) + ")");
        }
    } else if (line_kind) {
        out.header.type = std::string(line_kind->code);
        out.confidence.type = line_kind_upper ? 0.8 : 0.65;
        if (num && !num->symbol.empty() && line_kind->in_symbols)
            out.notes.push_back("ký hiệu không có mã loại văn bản / symbol carries no type code");
    } else if (!code_kind.empty()) {
        out.header.type = code_kind;
        out.confidence.type = num->repaired ? 0.7 : 0.85;
    } else if (num && !num->symbol.empty()) {
        out.header.type = "CV";  // công văn: issuer + drafting unit, no type code
        out.confidence.type = vv_idx < lines.size() ? 0.8 : 0.55;
    }

    // subject
    if (line_kind) {
        out.header.subject = read_subject(lines, type_idx + 1, subject_first);
        if (!out.header.subject.empty()) out.confidence.subject = 0.9;
    } else if (vv_idx < lines.size()) {
        auto cols = split_columns(unmark(lines[vv_idx]));
        std::string first;
        for (auto& c : cols)
            if (kc::text::fold(c).rfind("v/v", 0) == 0) first = squash(c);
        out.header.subject = read_subject(lines, vv_idx + 1, first);
        if (!out.header.subject.empty()) out.confidence.subject = 0.8;
    }
    out.header.period = period_from_subject(out.header.subject);

    // signer
    if (auto s = find_signer(lines)) {
        out.header.signer = s->name;
        out.signer_role = s->role;
        out.confidence.signer = s->confidence;
    } else if (stamp_names_a_person(out.stamp_signer)) {
        // the block is unreadable (a seal over it, OCR debris): the visible stamp's "Ký bởi" names the signer
        out.header.signer = squash(out.stamp_signer);
        out.confidence.signer = 0.6;
        out.notes.push_back("người ký lấy từ dòng \"Ký bởi\" của chữ ký số hiển thị / signer taken from the visible "
                            "signature stamp's \"Ký bởi\" line");
    }

    // recipients, and the confidences as the index carries them (fields found only)
    out.header.recipients = find_recipients(lines);
    auto conf = [&](const char* k, const std::string& v, double c) {
        if (!v.empty() && c > 0) out.header.confidence[k] = std::round(c * 100) / 100;
    };
    conf("number", out.header.number, out.confidence.number);
    conf("symbol", out.header.symbol, out.confidence.number > 0 ? out.confidence.number : 0.6);
    conf("type", out.header.type, out.confidence.type);
    conf("date", out.header.date, out.confidence.date);
    conf("place", out.header.place, out.confidence.date > 0 ? out.confidence.date : 0.5);
    conf("issuer", out.header.issuer, out.confidence.issuer);
    conf("subject", out.header.subject, out.confidence.subject);
    conf("signer", out.header.signer, out.confidence.signer);
    conf("period", out.header.period, out.confidence.subject * 0.95);
    if (!out.header.recipients.empty()) out.header.confidence["recipients"] = 0.85;

    // the stamp is a weak cross-check of the date: issued the day it is signed or soon after
    if (!out.stamp_time.empty() && !out.header.date.empty()) {
        auto a = kc::date::parse_iso(out.stamp_time.substr(0, 10));
        auto b = kc::date::parse_iso(out.header.date);
        if (a && b) {
            int gap = kc::date::days_between(*b, *a);
            if (gap > 7 || gap < -7)
                out.notes.push_back("ngày ký số cách ngày văn bản " + std::to_string(gap) +
                                    " ngày / signing time is " + std::to_string(gap) + " days from the document date");
        }
    }
    return out;
}

}  // namespace kc::understand
