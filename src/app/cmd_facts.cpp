// `kiemchung facts set|list|unset`: what officers add by hand, appended to the
// catalog (never edited, never in rules/). Reviewer decisions: cmd_review.cpp.
#include <iostream>
#include <set>

#include "app/commands.h"
#include "app/setup.h"
#include "pipeline/engine.h"

namespace kc::app {
namespace {

const std::set<std::string> k_fact_kinds = {"metric", "not_arising", "event", "deadline", "evidence_date",
                                             "explanation", "pages"};  // the last two: the dossier (cmd_dossier.cpp)

const char* k_facts_usage =
    "kiemchung facts set metric|not_arising|event|deadline|evidence_date|explanation|pages KEY [VALUE] --by NAME [--document D…] [--comment TEXT]\n"
    "kiemchung facts unset KIND KEY --by NAME [--comment TEXT]\n"
    "kiemchung facts list [--all yes]\n"
    "  metric KEY = criterion code, VALUE = 93.62 | đạt | không đạt; not_arising KEY = criterion code;\n"
    "  event KEY = event name or product id, VALUE = YYYY-MM-DD; deadline KEY = product id, VALUE = YYYY-MM-DD;\n"
    "  evidence_date KEY = document id, VALUE = YYYY-MM-DD (a web link's posting date; the link in --comment)\n"
    "  explanation KEY = criterion code, VALUE = the officer's giải trình for the dossier (replaces the draft);\n"
    "  pages KEY = document id, VALUE = pages that apply, e.g. \"2-3\" (a note beside the file in the dossier)\n";

}  // namespace

int cmd_facts(const Options& o) {
    const auto& a = o.positional;
    if (a.empty() || (a[0] != "set" && a[0] != "unset" && a[0] != "list")) {
        std::cerr << k_facts_usage;
        return k_exit_usage;
    }
    int rc = 0;
    if (a[0] == "list") {
        auto e = open_state(o, rc);
        if (!e) return rc;
        auto all = e->catalog->facts();
        auto shown = o.get("all") ? all : facts_in_force(all);
        for (const auto& f : shown)
            std::cout << f.seq << "\t" << f.action << "\t" << f.kind << "\t" << f.key << "\t" << f.value << "\t"
                      << f.document << "\t" << f.by << "\t" << f.at << "\t" << f.comment << "\n";
        return k_exit_ok;
    }
    if (a.size() < 3 || !k_fact_kinds.count(a[1]) || !o.get("by")) {
        std::cerr << "Thiếu tham số / missing arguments\n" << k_facts_usage;
        return k_exit_usage;
    }
    Fact f;
    f.action = a[0];
    f.kind = a[1];
    f.key = a[2];
    f.value = a.size() > 3 ? a[3] : "";
    f.document = o.get("document").value_or("");
    f.by = *o.get("by");
    f.comment = o.get("comment").value_or("");
    if (f.action == "set" && f.kind != "not_arising" && f.value.empty()) {
        std::cerr << "Thiếu giá trị / missing VALUE\n" << k_facts_usage;
        return k_exit_usage;
    }
    if (f.action == "set" && (f.kind == "event" || f.kind == "deadline" || f.kind == "evidence_date") && !date::parse_iso(f.value)) {
        std::cerr << "Ngày không hợp lệ / not a date (YYYY-MM-DD): " << f.value << "\n";
        return k_exit_usage;
    }
    auto e = open_state(o, rc);
    if (!e) return rc;
    if (f.action == "set" && f.kind == "pages" && f.value.find_first_not_of("0123456789,- ") != std::string::npos) {
        std::cerr << "Trang không hợp lệ / pages like 2-3 or 1,4: " << f.value << "\n";
        return k_exit_usage;
    }
    if ((f.kind == "metric" || f.kind == "not_arising" || f.kind == "explanation") && !e->rules.criterion(f.key)) {
        std::cerr << "Không có tiêu chí / unknown criterion: " << f.key << "\n";
        return k_exit_usage;
    }
    if (f.kind == "deadline" && !e->rules.product(f.key)) {
        std::cerr << "Không có sản phẩm / unknown product: " << f.key << "\n";
        return k_exit_usage;
    }
    auto stored = e->catalog->append_fact(f);
    std::cout << "Đã ghi / recorded: #" << stored.seq << " " << stored.action << " " << stored.kind << " " << stored.key
              << " " << stored.value << " (" << stored.at << ")\n";
    return k_exit_ok;
}

}  // namespace kc::app
