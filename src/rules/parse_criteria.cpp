#include "rules/parse_criteria.h"

#include <algorithm>
#include <regex>
#include <utility>

#include "rules/evidence_dates.h"
#include "util/date.h"
#include "util/text.h"

namespace kc::rules {
namespace {

const std::set<std::string> k_scoring = {"presence", "threshold", "formula", "count", "survey", "parent"};
const std::set<std::string> k_quantifiers = {"one", "each_unit", "per_event", "at_least"};
const std::set<std::string> k_deadline_kinds = {"absolute", "relative", "by_request", "during_year", "none"};
// Document type codes as the header parser reports them, plus evidence that is
// not an administrative document (rules/README.md lists their meaning).
const std::set<std::string>& k_kinds = evidence_kinds();

std::string join(const std::set<std::string>& values) {
    std::string s;
    for (const auto& v : values) s += (s.empty() ? "" : ", ") + v;
    return s;
}

std::string before_last_dot(const std::string& code) {
    const auto pos = code.rfind('.');
    return pos == std::string::npos ? std::string() : code.substr(0, pos);
}

Deadline read_deadline(const YAML::Node& node, const std::string& file, const std::string& owner,
                       CriteriaIndex& index, Diagnostics& diag) {
    MapReader r(node, file, diag,
                {"kind", "dates", "days", "months", "working_days", "event", "event_product", "inclusive", "note",
                 "seed_discrepancy"},
                owner + " deadline (hạn)");
    Deadline d;
    if (!r.ok()) return d;
    d.kind = r.str("kind", true);
    if (!d.kind.empty() && !k_deadline_kinds.count(d.kind))
        diag.error(file, r.mark("kind"), owner + ": " + vi_en("loại hạn '" + d.kind + "' không thuộc " + join(k_deadline_kinds),
                                                            "deadline kind '" + d.kind + "' is not one of " + join(k_deadline_kinds)));
    for (const auto& s : r.strings("dates")) {
        if (auto date = kc::date::parse_iso(s))
            d.due.push_back(*date);
        else
            diag.error(file, r.mark("dates"), owner + ": " + vi_en("'" + s + "' không phải ngày có thật viết YYYY-MM-DD",
                                                                 "'" + s + "' is not a real date written YYYY-MM-DD"));
    }
    d.days = r.integer("days").value_or(0);
    d.months = r.integer("months").value_or(0);
    d.working_days = r.boolean("working_days").value_or(false);
    d.event = r.str("event");
    d.event_product = r.str("event_product");
    d.inclusive = r.boolean("inclusive").value_or(index.default_inclusive);
    d.note = r.str("note");
    d.seed_discrepancy = r.str("seed_discrepancy");

    if (d.kind == "absolute" && d.due.empty() && !r.has("dates"))
        diag.error(file, r.mark(), owner + ": " + vi_en("hạn cố định (absolute) cần 'dates'", "an absolute deadline needs 'dates'"));
    if (d.kind != "absolute" && r.has("dates"))
        diag.error(file, r.mark("dates"), owner + ": " + vi_en("'dates' chỉ dùng cho hạn cố định (absolute)", "'dates' only belongs to an absolute deadline"));
    if (d.kind == "relative" && d.event.empty())
        diag.error(file, r.mark(), owner + ": " + vi_en("hạn tương đối (relative) cần 'event' (mốc bắt đầu tính ngày)",
                                                         "a relative deadline needs 'event' (what the days count from)"));
    if (d.kind != "relative" && (r.has("days") || r.has("months") || r.has("working_days") || r.has("event_product")))
        diag.error(file, r.mark(), owner + ": " + vi_en("'days', 'months', 'working_days' và 'event_product' chỉ dùng cho hạn tương đối (relative)",
                                                         "'days', 'months', 'working_days' and 'event_product' belong to a relative deadline"));
    if (d.working_days && d.months != 0)
        diag.error(file, r.mark("months"), owner + ": " + vi_en("'months' không tính theo ngày làm việc; hãy viết 'days'",
                                                                  "'months' cannot be counted in working days; write 'days'"));
    if (!d.event_product.empty()) index.event_products.emplace_back(d.event_product, Location{file, r.mark("event_product")});
    return d;
}

void check_units(const MapReader& r, const std::string& key, const std::string& owner, const CriteriaIndex& index) {
    for (const auto& code : r.strings(key)) {
        if (!index.unit_codes.count(code))
            r.diag().error(r.file(), r.mark(key),
                           owner + ": " + vi_en(key + " ghi '" + code + "', không phải mã đơn vị hay nhóm trong rules/units.yaml",
                                                key + " names '" + code + "', which is not a unit or group code of rules/units.yaml"));
    }
}

Product read_product(const YAML::Node& node, const std::string& file, const std::string& criterion,
                     CriteriaIndex& index, Diagnostics& diag) {
    MapReader r(node, file, diag,
                {"id", "title", "requirement", "lead_agencies", "coordinating", "expected_issuers", "kinds", "phrases",
                 "period", "quantifier", "min_count", "signature_required", "deadline", "hand_in", "evidence_dates",
                 "note", "seed_discrepancy"},
                "sản phẩm của/product of " + criterion);
    Product p;
    if (!r.ok()) return p;
    p.id = r.str("id", true);
    const std::string owner = p.id.empty() ? "sản phẩm của/product of " + criterion : p.id;
    static const std::regex id_re(R"(^(.+)/sp[1-9][0-9]*$)");
    std::smatch m;
    if (!p.id.empty() && (!std::regex_match(p.id, m, id_re) || m[1].str() != criterion))
        diag.error(file, r.mark("id"), owner + ": " + vi_en("mã sản phẩm viết dạng '" + criterion + "/sp<n>'",
                                                              "product ids are written '" + criterion + "/sp<n>'"));
    if (!p.id.empty() && !index.products.emplace(p.id, Location{file, r.mark("id")}).second) {
        const auto& first = index.products[p.id];
        const std::string at = first.file + ":" + std::to_string(first.mark.line + 1);
        diag.error(file, r.mark("id"), owner + ": " + vi_en("mã sản phẩm đã dùng ở " + at, "product id already used at " + at));
    }
    p.title = r.str("title", true);
    p.requirement = r.str("requirement");
    p.lead_agencies = r.strings("lead_agencies");
    p.coordinating = r.strings("coordinating");
    p.expected_issuers = r.strings("expected_issuers");
    check_units(r, "lead_agencies", owner, index);
    check_units(r, "coordinating", owner, index);
    check_units(r, "expected_issuers", owner, index);
    p.kinds = r.strings("kinds", true);
    for (const auto& k : p.kinds)
        if (!k_kinds.count(k))
            diag.error(file, r.mark("kinds"), owner + ": " + vi_en("loại '" + k + "' không thuộc " + join(k_kinds),
                                                                   "kind '" + k + "' is not one of " + join(k_kinds)));
    // Phrases are matched folded; lower case keeps the files uniform.
    for (const auto& phrase : r.strings("phrases")) p.phrases.push_back(kc::text::lower(phrase));
    p.period = r.has("period") ? r.str("period") : index.default_period;
    static const std::regex period_re(R"(^[0-9]{4}(-(Q[1-4]|H[12]|0[1-9]|1[0-2]))?$)");
    if (!std::regex_match(p.period, period_re))
        diag.error(file, r.mark("period"), owner + ": " + vi_en("kỳ '" + p.period + "' không viết dạng YYYY, YYYY-Qn, YYYY-Hn hay YYYY-MM",
                                                                  "period '" + p.period + "' is not YYYY, YYYY-Qn, YYYY-Hn or YYYY-MM"));
    p.quantifier = r.has("quantifier") ? r.str("quantifier") : "one";
    if (!k_quantifiers.count(p.quantifier))
        diag.error(file, r.mark("quantifier"), owner + ": " + vi_en("định lượng '" + p.quantifier + "' không thuộc " + join(k_quantifiers),
                                                                      "quantifier '" + p.quantifier + "' is not one of " + join(k_quantifiers)));
    p.min_count = r.integer("min_count").value_or(1);
    if (p.min_count < 1)
        diag.error(file, r.mark("min_count"), owner + ": " + vi_en("min_count ít nhất là 1", "min_count must be at least 1"));
    if (r.has("min_count") && p.quantifier != "at_least")
        diag.error(file, r.mark("min_count"), owner + ": " + vi_en("min_count cần quantifier: at_least", "min_count needs quantifier: at_least"));
    p.signature_required = r.boolean("signature_required").value_or(true);
    if (r.has("deadline"))
        p.deadline = read_deadline(r.node("deadline"), file, owner, index, diag);
    else
        diag.error(file, r.mark(), owner + ": " + vi_en("thiếu 'deadline' (ghi {kind: none, note: …} khi văn bản gốc không nêu hạn)",
                                                         "missing 'deadline' (write {kind: none, note: …} when the seed gives none)"));
    p.hand_in = r.str("hand_in");
    if (r.has("hand_in") && p.hand_in != "auto" && p.hand_in != "none" && !index.hand_in_milestones.count(p.hand_in) &&
        !kc::date::parse_iso(p.hand_in)) {
        std::string ids;
        for (const auto& m : index.hand_in_milestones) ids += ", " + m;
        diag.error(file, r.mark("hand_in"),
                   owner + ": " + vi_en("hand_in '" + p.hand_in + "' không phải auto, none, một mốc trong ruleset.yaml" + ids +
                                            " hay ngày YYYY-MM-DD",
                                        "hand_in '" + p.hand_in + "' is not auto, none, a milestone of ruleset.yaml" + ids +
                                            " or a date YYYY-MM-DD"));
    }
    // Which date counts for each accepted kind: the product's own word, else the rule set's.
    const auto own = read_evidence_dates(r.node("evidence_dates"), file, owner, diag, false);
    for (const auto& [kind, source] : own)
        if (std::find(p.kinds.begin(), p.kinds.end(), kind) == p.kinds.end())
            diag.error(file, r.mark("evidence_dates"),
                       owner + ": " + vi_en("evidence_dates ghi loại '" + kind + "' mà sản phẩm không nhận (kinds)",
                                            "evidence_dates names kind '" + kind + "', which the product does not accept (kinds)"));
    for (const auto& k : p.kinds) {
        auto it = own.find(k);
        p.evidence_dates[k] = it != own.end() ? it->second : date_source_for(index.evidence_dates, k);
    }
    p.note = r.str("note");
    p.seed_discrepancy = r.str("seed_discrepancy");
    return p;
}

Criterion read_criterion(const YAML::Node& node, const std::string& file, CriteriaIndex& index, Diagnostics& diag) {
    MapReader r(node, file, diag,
                {"code", "title", "points", "group", "parent", "scoring", "metric", "seed_line", "products", "note",
                 "seed_discrepancy", "plan_body_metric", "plan_body_line"},
                "tiêu chí/criterion");
    Criterion c;
    if (!r.ok()) return c;
    c.code = r.str("code", true);
    const std::string owner = c.code.empty() ? "tiêu chí/criterion" : c.code;
    static const std::regex code_re(R"(^[1-9][0-9]*(\.[1-9][0-9]*)*(\.[a-z])?$)");
    if (!c.code.empty() && !std::regex_match(c.code, code_re))
        diag.error(file, r.mark("code"), owner + ": " + vi_en("mã viết dạng 1.2.3 (hoặc 1.2.a cho dòng không đánh số)",
                                                                "a code is written like 1.2.3 (or 1.2.a for an unnumbered row)"));
    if (!c.code.empty() && !index.criteria.emplace(c.code, Location{file, r.mark("code")}).second) {
        const auto& first = index.criteria[c.code];
        const std::string at = first.file + ":" + std::to_string(first.mark.line + 1);
        diag.error(file, r.mark("code"), owner + ": " + vi_en("mã đã dùng ở " + at, "code already used at " + at));
    }
    c.title = r.str("title", true);
    c.points = r.number("points", true).value_or(0);
    if (c.points < 0) diag.error(file, r.mark("points"), owner + ": " + vi_en("điểm không được âm", "points cannot be negative"));

    // group and parent follow from the code; written out they must agree with it.
    const std::string group = c.code.substr(0, c.code.find('.'));
    const std::string parent = before_last_dot(c.code);
    c.group = r.has("group") ? r.str("group") : group;
    c.parent = r.has("parent") ? r.str("parent") : parent;
    if (c.group != group)
        diag.error(file, r.mark("group"), owner + ": " + vi_en("nhóm phải là '" + group + "'", "group must be '" + group + "'"));
    if (c.parent != parent)
        diag.error(file, r.mark("parent"), owner + ": " + vi_en("dòng cha phải là '" + parent + "'", "parent must be '" + parent + "'"));
    if (!c.parent.empty() && !index.criteria.count(c.parent))
        diag.error(file, r.mark("code"), owner + ": " + vi_en("dòng cha " + c.parent + " phải đứng trước nó",
                                                                "parent row " + c.parent + " must come before it"));

    c.scoring = r.str("scoring", true);
    if (!c.scoring.empty() && !k_scoring.count(c.scoring))
        diag.error(file, r.mark("scoring"), owner + ": " + vi_en("cách chấm '" + c.scoring + "' không thuộc " + join(k_scoring),
                                                                   "scoring '" + c.scoring + "' is not one of " + join(k_scoring)));
    c.metric = r.str("metric");
    if ((c.scoring == "threshold" || c.scoring == "formula") && c.metric.empty())
        diag.error(file, r.mark(), owner + ": " + vi_en("cách chấm " + c.scoring + " cần 'metric'", c.scoring + " scoring needs 'metric'"));
    c.seed_line = r.integer("seed_line", true).value_or(0);
    c.note = r.str("note");
    c.seed_discrepancy = r.str("seed_discrepancy");
    c.plan_body_metric = r.str("plan_body_metric");
    c.plan_body_line = r.integer("plan_body_line").value_or(0);
    if (r.has("plan_body_metric") != r.has("plan_body_line"))
        diag.error(file, r.mark(), owner + ": " + vi_en("'plan_body_metric' và 'plan_body_line' phải đi cùng nhau",
                                                         "'plan_body_metric' and 'plan_body_line' go together"));

    const YAML::Node products = r.node("products");
    if (products && !products.IsNull()) {
        if (!products.IsSequence()) {
            diag.error(file, products.Mark(), owner + ": " + vi_en("'products' phải là một danh sách", "'products' must be a list"));
        } else {
            for (const auto& p : products) c.products.push_back(read_product(p, file, c.code, index, diag));
        }
    }
    return c;
}

}  // namespace

void parse_criteria(const std::string& text, const std::string& file, CriteriaIndex& index,
                    std::vector<Criterion>& out, Diagnostics& diag) {
    const YAML::Node root = parse_yaml(text, file, diag);
    if (!root) return;
    MapReader top(root, file, diag, {"criteria"}, "tệp tiêu chí/criteria file");
    if (!top.ok()) return;
    const YAML::Node rows = top.node("criteria");
    if (!rows || !rows.IsSequence()) {
        diag.error(file, top.mark("criteria"), vi_en("tệp tiêu chí: 'criteria' phải là danh sách các dòng",
                                                      "criteria file: 'criteria' must be a list of rows"));
        return;
    }
    for (const auto& n : rows) out.push_back(read_criterion(n, file, index, diag));
}

void finish_criteria(const std::vector<Criterion>& criteria, const CriteriaIndex& index, Diagnostics& diag) {
    std::set<std::string> parents;
    for (const auto& c : criteria)
        if (!c.parent.empty()) parents.insert(c.parent);
    for (const auto& c : criteria) {
        auto it = index.criteria.find(c.code);
        if (it == index.criteria.end()) continue;
        const Location& at = it->second;
        const bool has_children = parents.count(c.code) > 0;
        if (c.scoring == "parent" && !has_children)
            diag.error(at.file, at.mark, c.code + ": " + vi_en("cách chấm 'parent' nhưng không có dòng con", "scoring 'parent' but no rows below it"));
        if (c.scoring != "parent" && has_children)
            diag.error(at.file, at.mark, c.code + ": " + vi_en("có dòng con nên cách chấm phải là 'parent'",
                                                            "has rows below it, so its scoring must be 'parent'"));
        if (c.scoring == "parent" && !c.products.empty())
            diag.error(at.file, at.mark, c.code + ": " + vi_en("dòng cha không mang sản phẩm (chuyển sang dòng con)",
                                                            "a parent row carries no products (move them to a child row)"));
    }
    for (const auto& [id, at] : index.event_products)
        if (!index.products.count(id))
            diag.error(at.file, at.mark, vi_en("event_product '" + id + "' không phải mã sản phẩm", "event_product '" + id + "' is not a product id"));
}

}  // namespace kc::rules
