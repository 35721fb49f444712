// `kiemchung rules check|show|list`: the rule sets as loaded, for the Home
// Affairs staff who edit them. Nothing here judges evidence.
#include <filesystem>
#include <iostream>
#include <sstream>

#include "app/commands.h"
#include "app/setup.h"
#include "core/model_json.h"
#include "rules/deadline.h"
#include "rules/evidence_dates.h"
#include "rules/hand_in.h"
#include "rules/ruleset.h"

namespace kc::app {
namespace {

namespace fs = std::filesystem;

const char* k_rules_usage =
    "kiemchung rules check [DIR] [--rules ID]\n"
    "kiemchung rules show [CODE] [--rules ID] [--format text|json]\n"
    "kiemchung rules list\n";

std::string points_text(double v) {
    std::ostringstream ss;
    ss << v;
    return ss.str();
}

std::string joined(const std::vector<std::string>& v, const char* sep = ", ") {
    std::string s;
    for (const auto& x : v) s += (s.empty() ? "" : sep) + x;
    return s;
}

json::Array::Ptr json_list(const std::vector<std::string>& v) {
    json::Array::Ptr a = new json::Array;
    for (const auto& x : v) a->add(x);
    return a;
}

// DIR may be the rules/ folder (every rule set in it, or --rules ID) or one
// rule set's folder (rules/cchc-2022).
struct Target {
    fs::path rules_dir;
    std::vector<std::string> ids;
};

Target check_target(const Options& o, const Config& cfg) {
    Target t{cfg.rules_dir, {}};
    if (o.positional.size() >= 2) {
        const fs::path dir = o.positional[1];
        std::error_code ec;
        if (fs::is_regular_file(dir / "ruleset.yaml", ec)) {
            const fs::path abs = fs::absolute(dir, ec).lexically_normal();
            const fs::path clean = abs.has_filename() ? abs : abs.parent_path();
            return {clean.parent_path(), {clean.filename().string()}};
        }
        t.rules_dir = dir;
    }
    if (auto id = o.get("rules"))
        t.ids = {*id};
    else
        t.ids = rules::list_rulesets(t.rules_dir);
    return t;
}

int rules_check(const Options& o, const Config& cfg) {
    const Target t = check_target(o, cfg);
    if (t.ids.empty()) {
        std::cerr << "Không có bộ quy tắc nào / no rule set (no <id>/ruleset.yaml) under " << t.rules_dir.string() << "\n";
        return k_exit_usage;
    }
    bool errors = false;
    for (const auto& id : t.ids) {
        auto rs = rules::load_ruleset(t.rules_dir, id);
        if (!rs) {
            errors = true;
            std::cerr << rs.error().detail << "\n";
            std::cerr << id << ": LỖI / ERRORS — bộ quy tắc không dùng được / the rule set cannot be used\n";
            continue;
        }
        const auto warnings = rules::check_ruleset(rs.value());
        for (const auto& w : warnings) std::cout << id << ": warning: " << w << "\n";
        std::cout << id << ": " << rs->criteria.size() << " criteria, " << warnings.size() << " warnings, sha256 "
                  << rs->sha256 << " — OK\n";
    }
    return errors ? k_exit_usage : k_exit_ok;
}

bool selected(const std::string& filter, const std::string& code) {
    return filter.empty() || code == filter || code.rfind(filter + ".", 0) == 0;
}

json::Object::Ptr deadline_json(const rules::Deadline& d, const rules::ResolvedDeadline& r) {
    auto o = json::ordered();
    o->set("kind", d.kind);
    if (!d.note.empty()) o->set("seed", d.note);
    if (d.kind == "absolute") o->set("inclusive", d.inclusive);
    if (d.kind == "relative") {
        o->set("days", d.days);
        if (d.months) o->set("months", d.months);
        o->set("working_days", d.working_days);
    }
    if (!d.event.empty()) o->set("event", d.event);
    if (!d.event_product.empty()) o->set("event_product", d.event_product);
    o->set("resolved", r.resolved);
    json::Array::Ptr due = new json::Array;
    for (const auto& x : r.due) due->add(date::iso(x));
    o->set("due", due);
    o->set("explanation_vi", r.explanation_vi);
    o->set("explanation_en", r.explanation_en);
    if (!d.seed_discrepancy.empty()) o->set("seed_discrepancy", d.seed_discrepancy);
    return o;
}

int rules_show(const Options& o, const Config& cfg) {
    const std::string format = o.get("format").value_or("text");
    if (format != "text" && format != "json") {
        std::cerr << "--format text|json\n";
        return k_exit_usage;
    }
    const std::string filter = o.positional.size() >= 2 ? o.positional[1] : "";
    auto loaded = rules::load_ruleset(cfg.rules_dir, cfg.rules_id);
    if (!loaded) {
        std::cerr << loaded.error().detail << "\n";
        return k_exit_usage;
    }
    const rules::RuleSet& rs = loaded.value();
    // Without event dates only fixed deadlines resolve; the rest say what they wait for.
    const rules::EventDates no_events;
    auto root = json::ordered();
    root->set("id", rs.id);
    root->set("year", rs.year);
    root->set("title", rs.title);
    root->set("provenance", rs.provenance);
    root->set("sha256", rs.sha256);
    root->set("calendar", rs.calendar_loaded ? "calendar.yaml" : "weekends only");
    auto hand_in = json::ordered();
    hand_in->set("default", rs.hand_in.default_choice);
    hand_in->set("inclusive", rs.hand_in.inclusive);
    json::Array::Ptr milestones = new json::Array;
    for (const auto& m : rs.hand_in.milestones) {
        auto mo = json::ordered();
        mo->set("id", m.id);
        mo->set("date", date::iso(m.date));
        mo->set("title", m.title);
        if (!m.note.empty()) mo->set("seed", m.note);
        if (m.seed_line) mo->set("seed_line", m.seed_line);
        milestones->add(mo);
    }
    hand_in->set("milestones", milestones);
    root->set("hand_in", hand_in);
    auto kind_dates = json::ordered();
    for (const auto& [kind, source] : rs.evidence_dates) kind_dates->set(kind, source);
    root->set("evidence_dates", kind_dates);
    json::Array::Ptr criteria = new json::Array;
    std::ostringstream text;
    text << rs.id << " — " << rs.title << "\n  " << rs.provenance << "\n";
    text << "  hạn nộp nội bộ / hand-in (mặc định / default " << rs.hand_in.default_choice << "):";
    for (const auto& m : rs.hand_in.milestones) text << " " << m.id << " " << date::vi(m.date) << ";";
    text << (rs.hand_in.milestones.empty() ? " —\n" : "\n");
    int shown = 0;
    for (const auto& c : rs.criteria) {
        bool any_product = false;
        for (const auto& p : c.products) any_product = any_product || p.id == filter;
        if (!selected(filter, c.code) && !any_product) continue;
        ++shown;
        auto co = json::ordered();
        co->set("code", c.code);
        co->set("title", c.title);
        co->set("points", c.points);
        co->set("scoring", c.scoring);
        if (!c.metric.empty()) co->set("metric", c.metric);
        co->set("seed_line", c.seed_line);
        if (!c.seed_discrepancy.empty()) co->set("seed_discrepancy", c.seed_discrepancy);
        text << "\n" << c.code << "  " << c.title << "  [" << points_text(c.points) << " đ; " << c.scoring
             << (c.metric.empty() ? "" : ": " + c.metric) << "; seed line " << c.seed_line << "]\n";
        json::Array::Ptr products = new json::Array;
        for (const auto& p : c.products) {
            if (any_product && p.id != filter) continue;
            const auto r = rules::resolve_deadline(p.deadline, rs.calendar, no_events, rs.year);
            auto po = json::ordered();
            po->set("id", p.id);
            po->set("title", p.title);
            if (!p.requirement.empty()) po->set("requirement", p.requirement);
            po->set("quantifier", p.quantifier);
            if (p.quantifier == "at_least") po->set("min_count", p.min_count);
            po->set("kinds", json_list(p.kinds));
            po->set("period", p.period);
            po->set("signature_required", p.signature_required);
            po->set("lead_agencies", json_list(p.lead_agencies));
            po->set("coordinating", json_list(p.coordinating));
            po->set("expected_issuers", json_list(p.expected_issuers));
            po->set("deadline", deadline_json(p.deadline, r));
            const auto h = rules::resolve_hand_in(p, rs, r.due);
            auto ho = json::ordered();
            ho->set("choice", p.hand_in.empty() ? rs.hand_in.default_choice : p.hand_in);
            ho->set("source", h.source);
            ho->set("due", h.due ? Poco::Dynamic::Var(date::iso(*h.due)) : Poco::Dynamic::Var());
            ho->set("explanation_vi", h.explanation_vi);
            ho->set("explanation_en", h.explanation_en);
            po->set("hand_in", ho);
            auto eo = json::ordered();
            std::string dates_vi, dates_en;
            for (const auto& [kind, source] : p.evidence_dates) {
                eo->set(kind, source);
                dates_vi += (dates_vi.empty() ? "" : "; ") + kind + ": " + rules::date_source_vi(source);
                dates_en += (dates_en.empty() ? "" : "; ") + kind + ": " + rules::date_source_en(source);
            }
            po->set("evidence_dates", eo);
            products->add(po);
            text << "  " << p.id << "  " << p.title << "\n"
                 << "      " << joined(p.kinds, "/") << ", " << p.quantifier
                 << (p.quantifier == "at_least" ? " " + std::to_string(p.min_count) : "") << ", kỳ / period "
                 << p.period << (p.signature_required ? ", ký số / signed" : "") << "\n"
                 << "      chủ trì / lead: " << joined(p.lead_agencies) << "; ban hành / issuers: "
                 << joined(p.expected_issuers) << "\n"
                 << "      hạn / deadline: " << r.explanation_vi << " | " << r.explanation_en << "\n"
                 << "      nộp nội bộ / hand-in: " << h.explanation_vi << " | " << h.explanation_en << "\n"
                 << "      ngày tính / date that counts: " << dates_vi << " | " << dates_en << "\n";
        }
        co->set("products", products);
        criteria->add(co);
    }
    if (!filter.empty() && shown == 0) {
        std::cerr << "Không có tiêu chí hay sản phẩm / no criterion or product '" << filter << "' in " << rs.id << "\n";
        return k_exit_usage;
    }
    root->set("criteria", criteria);
    std::cout << (format == "json" ? json::stringify(root, true) + "\n" : text.str());
    return k_exit_ok;
}

int rules_list(const Config& cfg) {
    for (const auto& id : rules::list_rulesets(cfg.rules_dir)) {
        auto rs = rules::load_ruleset(cfg.rules_dir, id);
        std::cout << id << (id == cfg.rules_id ? " *" : "") << "\t"
                  << (rs ? std::to_string(rs->year) + "\t" + rs->title : std::string("(lỗi / errors: rules check)"))
                  << "\n";
    }
    return k_exit_ok;
}

}  // namespace

int cmd_rules(const Options& o) {
    const std::string sub = o.positional.empty() ? "" : o.positional[0];
    if (sub != "check" && sub != "show" && sub != "list") {
        std::cerr << k_rules_usage;
        return k_exit_usage;
    }
    auto cfg = config_from(o);
    if (!cfg) return k_exit_usage;
    if (sub == "check") return rules_check(o, *cfg);
    if (sub == "show") return rules_show(o, *cfg);
    return rules_list(*cfg);
}

}  // namespace kc::app
