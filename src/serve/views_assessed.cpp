// The assessed unit's overview: criteria tree, points per group (+ SVG chart),
// deadlines within the horizon, lead agencies ranked by points at risk.
#include <algorithm>

#include "core/model_json.h"
#include "report/appraisal_compare.h"
#include "report/index.h"
#include "serve/views.h"
#include "util/date.h"
#include "util/text.h"

namespace kc::serve {
namespace {

using json::Array;

bool has_reason(const std::vector<Reason>& rs, const std::string& code) {
    return std::any_of(rs.begin(), rs.end(), [&](const Reason& x) { return x.code == code; });
}

bool leads(const Snapshot& s, const rules::Product* p, const std::string& unit) {
    if (!p) return false;
    for (const auto& l : p->lead_agencies)
        for (const auto& code : s.rules->expand(l))
            if (code == unit) return true;
    return false;
}

// Does criterion c pass the overview's filters (group, status, reason, unit)?
bool passes(const Snapshot& s, const judge::CriterionVerdict& c, const std::map<std::string, std::string>& q) {
    auto get = [&](const char* k) {
        auto it = q.find(k);
        return it == q.end() ? std::string() : it->second;
    };
    std::string group = get("group"), status = get("status"), reason = get("reason"), unit = get("unit");
    if (!group.empty() && (!c.criterion || c.criterion->group != group)) return false;
    if (!status.empty()) {
        bool any = c.status == status;
        for (const auto& p : c.products) any = any || p.status == status;
        if (!any) return false;
    }
    if (!reason.empty()) {
        bool any = has_reason(c.reasons, reason);
        for (const auto& p : c.products) any = any || has_reason(p.reasons, reason);
        if (!any) return false;
    }
    if (!unit.empty()) {
        bool any = false;
        for (const auto& p : c.products) any = any || leads(s, p.product, unit);
        if (!any) return false;
    }
    return true;
}

std::string fmt(double v) { return report::format_points(v); }

std::string select(const std::string& name, const std::string& label, const std::vector<std::pair<std::string, std::string>>& options,
                   const std::map<std::string, std::string>& q, Lang l) {
    auto it = q.find(name);
    std::string cur = it == q.end() ? "" : it->second;
    std::string h = "<label>" + esc(label) + " <select name=\"" + name + "\"><option value=\"\">" + tr(l, "(tất cả)", "(all)") + "</option>";
    for (const auto& [v, text] : options)
        h += "<option value=\"" + esc(v) + "\"" + (v == cur ? " selected" : "") + ">" + esc(text) + "</option>";
    return h + "</select></label>";
}

std::vector<std::string> reason_codes(const judge::UnitVerdict& uv) {
    std::vector<std::string> out;
    auto add = [&](const std::vector<Reason>& rs) {
        for (const auto& r : rs)
            if (std::find(out.begin(), out.end(), r.code) == out.end()) out.push_back(r.code);
    };
    for (const auto& c : uv.criteria) {
        add(c.reasons);
        for (const auto& p : c.products) add(p.reasons);
    }
    std::sort(out.begin(), out.end());
    return out;
}

const std::vector<std::string>& statuses() {
    static const std::vector<std::string> v = {"accepted", "partial", "rejected", "needs_review", "missing",
                                               "not_due", "no_deadline", "not_applicable", "value_needed"};
    return v;
}

std::string filters_form(const Snapshot& s, const judge::UnitVerdict& uv, const ViewRequest& r) {
    Lang l = r.lang;
    std::vector<std::pair<std::string, std::string>> groups, sts, reasons, units;
    for (const auto& [g, _] : uv.groups) groups.emplace_back(g, tr(l, "Nhóm ", "Group ") + g);
    for (const auto& st : statuses()) sts.emplace_back(st, status_label(st, l));
    for (const auto& code : reason_codes(uv)) reasons.emplace_back(code, code);
    for (const auto& u : lead_agency_risk(s)) units.emplace_back(u.unit, unit_name(s, u.unit));
    std::string h = "<form class=\"filters\" method=\"get\" action=\"/assessed\">";
    if (l == Lang::en) h += "<input type=\"hidden\" name=\"lang\" value=\"en\">";
    h += select("group", tr(l, "Nhóm", "Group"), groups, r.query, l);
    h += select("status", tr(l, "Trạng thái", "Status"), sts, r.query, l);
    h += select("reason", tr(l, "Lý do", "Reason"), reasons, r.query, l);
    h += select("unit", tr(l, "Đơn vị chủ trì", "Lead agency"), units, r.query, l);
    return h + "<button type=\"submit\">" + tr(l, "Lọc", "Filter") + "</button></form>";
}

std::string due_text(const std::vector<Date>& due, Lang l) {
    std::string t;
    for (const auto& d : due) t += (t.empty() ? "" : ", ") + (l == Lang::en ? date::iso(d) : date::vi(d));
    return t;
}

// Issue 11: the province's appraised points beside the self-score, only when an appraisal was imported.
void set_appraised(Poco::JSON::Object::Ptr o, const report::AppraisedPoints& a) {
    o->set("points_appraised", a.appraised);
    o->set("difference", a.difference);
}

// "+0.5" / "-1.25" / "0": the sign says whether appraisal gave or took points.
std::string signed_points(double v) { return (v > 0 ? "+" : "") + fmt(v); }

std::string difference_cell(double v) {
    return std::string("<td class=\"") + (v < 0 ? "warn" : "") + "\">" + signed_points(v) + "</td>";
}

Poco::JSON::Object::Ptr assessed_json(const Snapshot& s, const judge::UnitVerdict& uv, const report::UnitAppraisal& ap,
                                      const ViewRequest& r) {
    auto o = json::ordered();
    o->set("as_of", date::iso(s.as_of));
    o->set("unit", uv.unit ? uv.unit->code : "");
    o->set("unit_name", uv.unit ? uv.unit->name : "");
    o->set("points_max", uv.points_max);
    o->set("points_provisional", uv.points_provisional);
    o->set("points_at_risk", uv.points_at_risk);
    if (ap.total) {
        auto ao = json::ordered();
        set_appraised(ao, *ap.total);
        ao->set("complete", ap.complete);
        ao->set("imported_at", ap.imported_at);
        o->set("appraisal", ao);
    }
    Array::Ptr groups = new Array;
    for (const auto& [g, t] : uv.groups) {
        auto go = json::ordered();
        go->set("group", g);
        go->set("points_max", t.points_max);
        go->set("points_provisional", t.points_provisional);
        if (auto a = ap.groups.find(g); a != ap.groups.end()) set_appraised(go, a->second);
        groups->add(go);
    }
    o->set("groups", groups);
    Array::Ptr crit = new Array;
    for (const auto& c : uv.criteria) {
        if (!c.criterion || !passes(s, c, r.query)) continue;
        auto co = json::ordered();
        co->set("code", c.criterion->code);
        co->set("title", c.criterion->title);
        co->set("group", c.criterion->group);
        co->set("parent", c.criterion->parent);
        co->set("status", c.status);
        co->set("points_max", c.points_max);
        co->set("points_provisional", c.points_provisional);
        co->set("reasons", json::to_json(c.reasons));
        Array::Ptr prods = new Array;
        for (const auto& p : c.products) {
            auto po = json::ordered();
            po->set("id", p.product ? p.product->id : "");
            po->set("title", p.product ? p.product->title : "");
            po->set("status", p.status);
            Array::Ptr leads = new Array;
            if (p.product)
                for (const auto& l : p.product->lead_agencies) leads->add(l);
            po->set("lead_agencies", leads);
            Array::Ptr due = new Array;
            for (const auto& d : p.due) due->add(date::iso(d));
            po->set("due", due);
            Array::Ptr ev = new Array;
            for (const auto& e : p.evidence) ev->add(e.document);
            po->set("evidence", ev);
            po->set("reasons", json::to_json(p.reasons));
            prods->add(po);
        }
        co->set("products", prods);
        if (auto a = ap.criteria.find(c.criterion->code); a != ap.criteria.end()) {
            auto ao = json::ordered();
            set_appraised(ao, a->second);
            ao->set("derived", a->second.derived);
            const Appraisal none;
            const Appraisal& row = a->second.row ? *a->second.row : none;
            ao->set("comment", row.comment);
            ao->set("source", row.source);
            ao->set("by", row.by);
            ao->set("at", row.at);
            co->set("appraisal", ao);
        }
        crit->add(co);
    }
    o->set("criteria", crit);
    Array::Ptr soon = new Array;
    for (const auto& d : due_within_horizon(s)) {
        auto x = json::ordered();
        x->set("product", d.product->id);
        x->set("criterion", d.criterion);
        x->set("status", d.status);
        x->set("due", date::iso(d.due));
        soon->add(x);
    }
    o->set("horizon_days", s.judgement.horizon_days);
    o->set("due_within_horizon", soon);
    Array::Ptr risk = new Array;
    for (const auto& u : lead_agency_risk(s)) {
        auto x = json::ordered();
        x->set("unit", u.unit);
        x->set("unit_name", unit_name(s, u.unit));
        x->set("points_at_risk", u.points);
        x->set("products", u.products);
        risk->add(x);
    }
    o->set("lead_agencies_at_risk", risk);
    return o;
}

}  // namespace

Reply view_assessed(const Snapshot& s, const ViewRequest& r, bool api) {
    if (authorize(r.who, Action::view_assessed, "") != Access::allow) return error_reply(403, r, api);
    const auto* uv = s.assessed();
    if (!uv) return error_reply(404, r, api);
    const auto ap = report::compare_appraisal(*uv, s.judgement.appraisals);
    const bool appraised = ap.total || !ap.criteria.empty();
    if (api) return json_reply(json::stringify(assessed_json(s, *uv, ap, r)));
    Lang l = r.lang;
    const std::string sfx = link_suffix(r);
    std::string b;
    b += "<p>" + esc(uv->unit ? uv->unit->name : "") + " · " + tr(l, "tính đến ngày ", "as of ") +
         (l == Lang::en ? date::iso(s.as_of) : date::vi(s.as_of)) + " · " +
         tr(l, "điểm tạm tính ", "provisional points ") + "<strong>" + fmt(uv->points_provisional) + " / " +
         fmt(uv->points_max) + "</strong> · " + tr(l, "điểm có nguy cơ mất ", "points at risk ") +
         "<strong class=\"warn\">" + fmt(uv->points_at_risk) + "</strong>";
    if (ap.total)
        b += " · " + tr(l, "điểm thẩm định ", "appraised points ") + "<strong>" + fmt(ap.total->appraised) + "</strong> (" +
             signed_points(ap.total->difference) + (ap.complete ? "" : tr(l, ", chưa đủ các nhóm", ", not all groups")) + ")";
    b += "</p>";
    std::vector<Bar> bars;
    for (const auto& [g, t] : uv->groups) {
        std::string title = g;
        if (const auto* c = s.rules->criterion(g)) title = g + ". " + c->title;
        std::string label = text::truncate(title, 34);
        if (label.size() < title.size()) label += "…";
        bars.push_back({label, t.points_provisional, t.points_max});
    }
    b += "<h2>" + tr(l, "Điểm theo nhóm tiêu chí", "Points per group") + "</h2>" + bar_chart_svg(bars, l);
    if (ap.total) {
        b += "<table class=\"appraisal\"><thead><tr><th>" + tr(l, "Nhóm", "Group") + "</th><th>" +
             tr(l, "Tự chấm", "Self-score") + "</th><th>" + tr(l, "Thẩm định", "Appraised") + "</th><th>" +
             tr(l, "Chênh lệch", "Difference") + "</th></tr></thead><tbody>";
        for (const auto& [g, t] : uv->groups) {
            b += "<tr><td>" + esc(g) + "</td><td>" + fmt(t.points_provisional) + "</td>";
            if (auto a = ap.groups.find(g); a != ap.groups.end())
                b += "<td>" + fmt(a->second.appraised) + "</td>" + difference_cell(a->second.difference);
            else b += "<td class=\"muted\">—</td><td></td>";
            b += "</tr>";
        }
        b += "</tbody></table>";
    }
    b += "<h2>" + tr(l, "Tiêu chí", "Criteria") + "</h2>" + filters_form(s, *uv, r);
    b += "<table class=\"criteria\"><thead><tr><th>" + tr(l, "Mã", "Code") + "</th><th>" + tr(l, "Tiêu chí", "Criterion") +
         "</th><th>" + tr(l, "Trạng thái", "Status") + "</th><th>" + tr(l, "Điểm", "Points") + "</th>" +
         (appraised ? "<th>" + tr(l, "Thẩm định", "Appraised") + "</th><th>" + tr(l, "Chênh lệch", "Difference") + "</th>"
                   : std::string()) +
         "<th>" + tr(l, "Sản phẩm", "Products") + "</th></tr></thead><tbody>";
    for (const auto& c : uv->criteria) {
        if (!c.criterion || !passes(s, c, r.query)) continue;
        int level = 1 + static_cast<int>(std::count(c.criterion->code.begin(), c.criterion->code.end(), '.'));
        b += "<tr class=\"" + status_class(c.status) + "\"><td class=\"lvl" + std::to_string(std::min(level, 4)) +
             "\">" + esc(c.criterion->code) + "</td><td>" + esc(c.criterion->title) + reasons_html(c.reasons, l) +
             "</td><td>" + esc(status_label(c.status, l)) + "</td><td>" + fmt(c.points_provisional) + " / " +
             fmt(c.points_max) + "</td>";
        if (appraised) {
            if (auto a = ap.criteria.find(c.criterion->code); a != ap.criteria.end()) {
                std::string note = a->second.row && !a->second.row->comment.empty()
                                       ? "<div class=\"muted\">" + esc(a->second.row->comment) + "</div>"
                                       : std::string();
                b += "<td>" + fmt(a->second.appraised) + note + "</td>" + difference_cell(a->second.difference);
            } else
                b += "<td class=\"muted\">—</td><td></td>";
        }
        b += "<td>";
        for (const auto& p : c.products) {
            if (!p.product) continue;
            b += "<div class=\"" + status_class(p.status) + "\">" + esc(p.product->id) + ": " +
                 esc(status_label(p.status, l));
            if (!p.due.empty()) b += " · " + tr(l, "hạn ", "due ") + esc(due_text(p.due, l));
            for (const auto& e : p.evidence) b += " <a href=\"/document/" + esc(e.document) + sfx + "\">" + esc(e.document) + "</a>";
            b += "</div>";
        }
        b += "</td></tr>";
    }
    b += "</tbody></table>";
    b += "<h2>" + tr(l, "Thời hạn trong ", "Due within ") + std::to_string(s.judgement.horizon_days) +
         tr(l, " ngày tới", " days") + "</h2>";
    auto soon = due_within_horizon(s);
    if (soon.empty()) b += "<p class=\"muted\">" + tr(l, "Không có.", "None.") + "</p>";
    else {
        b += "<table><thead><tr><th>" + tr(l, "Hạn", "Due") + "</th><th>" + tr(l, "Sản phẩm", "Product") + "</th><th>" +
             tr(l, "Trạng thái", "Status") + "</th><th>" + tr(l, "Đơn vị chủ trì", "Lead agencies") + "</th></tr></thead><tbody>";
        for (const auto& d : soon) {
            std::string leads;
            for (const auto& u : d.product->lead_agencies) leads += (leads.empty() ? "" : ", ") + unit_name(s, u);
            b += "<tr class=\"" + status_class(d.status) + "\"><td>" + (l == Lang::en ? date::iso(d.due) : date::vi(d.due)) +
                 "</td><td>" + esc(d.product->id) + " — " + esc(d.product->title) + "</td><td>" +
                 esc(status_label(d.status, l)) + "</td><td>" + esc(leads) + "</td></tr>";
        }
        b += "</tbody></table>";
    }
    b += "<h2>" + tr(l, "Đơn vị chủ trì theo điểm có nguy cơ mất", "Lead agencies by points at risk") + "</h2>";
    b += "<table class=\"risk\"><thead><tr><th>#</th><th>" + tr(l, "Đơn vị", "Unit") + "</th><th>" +
         tr(l, "Điểm có nguy cơ mất", "Points at risk") + "</th><th>" + tr(l, "Sản phẩm chưa đạt", "Open products") +
         "</th></tr></thead><tbody>";
    int rank = 0;
    for (const auto& u : lead_agency_risk(s))
        b += "<tr><td>" + std::to_string(++rank) + "</td><td><a href=\"/unit/" + esc(u.unit) + sfx + "\">" +
             esc(unit_name(s, u.unit)) + "</a></td><td>" + fmt(u.points) + "</td><td>" + std::to_string(u.products) +
             "</td></tr>";
    b += "</tbody></table>";
    return html_reply(r, tr(l, "Tổng quan đơn vị được đánh giá", "Assessed unit overview"), b);
}

}  // namespace kc::serve
