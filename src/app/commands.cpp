#include "app/commands.h"

#include <iomanip>
#include <iostream>
#include <set>

#include "app/setup.h"
#include "core/model_json.h"
#include "pipeline/drops.h"
#include "pipeline/engine.h"
#include "pipeline/ingest.h"
#include "pipeline/inspect.h"
#include "pipeline/nightly.h"
#include "pipeline/publish.h"
#include "report/index.h"

namespace kc::app {
namespace {

int engine_error(const Error& e) {
    std::cerr << "Không chạy được / cannot run: " << e.detail << "\n";
    return e.code == "CONFIG" ? k_exit_usage : k_exit_run_error;
}

std::unique_ptr<Engine> open(const Options& o, const std::string& pipeline, int& exit_code) {
    auto cfg = config_from(o);
    auto as_of = as_of_from(o);
    if (!cfg || !as_of) {
        exit_code = k_exit_usage;
        return nullptr;
    }
    auto e = open_engine(*cfg, pipeline, *as_of);
    if (!e) {
        exit_code = engine_error(e.error());
        return nullptr;
    }
    return std::move(e.value());
}

void print_summary(const Engine& e, const Published& p, std::size_t new_submissions) {
    const auto& c = p.judgement.counts;
    std::set<std::string> units;
    for (const auto& s : p.submissions) units.insert(s.unit);
    std::cout << "\nkiemchung — tổng hợp / summary (xét đến ngày / as of " << date::vi(e.as_of) << ")\n";
    std::cout << "  Đơn vị nộp / submitting units:   " << units.size() << "\n";
    std::cout << "  Hồ sơ mới / new submissions:     " << new_submissions << " (tổng / total " << p.submissions.size()
              << ")\n";
    std::cout << "  Tài liệu / documents:            " << p.judgement.documents.size() << "\n";
    std::cout << "    đạt / accepted:                " << c.accepted << "\n";
    std::cout << "    không đạt / rejected:          " << c.rejected << "\n";
    std::cout << "    cần xem xét / needs review:    " << c.needs_review << "\n";
    std::cout << "    chưa xác định / unclassified:  " << c.unclassified << "\n";
    std::cout << "    từ chối / refused:             " << c.refused << "\n";
    for (const auto& u : p.judgement.units)
        std::cout << "  Điểm tạm tính / provisional points (" << u.unit->name
                  << "): " << report::format_points(u.points_provisional) << " / "
                  << report::format_points(u.points_max) << "\n";
    if (!p.index_json.empty())
        std::cout << "  Chỉ mục / index: " << p.index_json.string() << " , " << p.index_csv.string() << "\n";
    std::cout << "  Báo cáo / reports: " << e.config.outbox_dir().string() << "/<đơn vị>/<mã hồ sơ>.report.html\n";
    for (const auto& r : p.reports) std::cout << "    " << r.string() << "\n";
}

}  // namespace

int cmd_ingest(const Options& o) {
    if (o.positional.empty()) {
        std::cerr << "Thiếu đường dẫn / missing PATH: kiemchung ingest PATH... [--unit UNIT]\n";
        return k_exit_usage;
    }
    int rc = 0;
    auto e = open(o, "ingest", rc);
    if (!e) return rc;
    auto drops = find_drops(o.positional, o.get("unit").value_or(""), e->rules);
    if (!drops) {
        std::cerr << (drops.error().code == "UNKNOWN_UNIT" ? "Đơn vị không có trong danh mục / " : "") << drops.error().detail
                  << "\n";
        return drops.error().code == "NOT_FOUND" ? k_exit_run_error : k_exit_usage;
    }
    std::set<std::string> touched;
    int failures = 0;
    for (const auto& d : drops.value()) {
        auto s = ingest_drop(*e, d);
        if (!s) {
            std::cerr << "Không tiếp nhận được / not taken: " << d.path.string() << ": " << s.error().code << " "
                      << s.error().detail << "\n";
            ++failures;
            continue;
        }
        touched.insert(s->id);
    }
    auto pub = publish(*e, touched);
    if (!pub) return engine_error(pub.error());
    print_summary(*e, pub.value(), touched.size());
    return failures > 0 && touched.empty() ? k_exit_run_error : k_exit_ok;
}

int cmd_index(const Options& o) {
    auto format = o.get("format").value_or("json");
    if (format != "json" && format != "csv") {
        std::cerr << "--format json|csv\n";
        return k_exit_usage;
    }
    int rc = 0;
    auto e = open(o, "ingest", rc);
    if (!e) return rc;
    write_index(*e, std::cout, format == "csv");
    std::cout.flush();
    return std::cout ? k_exit_ok : k_exit_run_error;
}

int cmd_nightly(const Options& o) {
    if (o.get("enqueue")) return cmd_nightly_enqueue(o);  // PostgreSQL: as queue jobs (cmd_nightly_queue.cpp)
    int rc = 0;
    auto e = open(o, "nightly", rc);
    if (!e) return rc;
    auto r = run_nightly(*e);
    if (!r) return engine_error(r.error());
    print_summary(*e, r->published, 0);
    std::cout << "  Thay đổi / changes since the last nightly run: " << r->changes.size() << "\n";
    for (const auto& c : r->changes)
        std::cout << "    " << (c.regression ? "! " : "  ") << c.kind << " " << c.id << ": "
                  << (c.before.empty() ? "(new)" : c.before) << " → " << c.after << "\n";
    std::cout << "  Báo cáo đêm / nightly report: "
              << (e->config.state_dir / "nightly" / (date::iso(e->as_of) + ".json")).string() << "\n";
    return r->regression ? k_exit_finding : k_exit_ok;
}

int cmd_inspect(const Options& o) {
    if (o.positional.size() != 1) {
        std::cerr << "kiemchung inspect FILE\n";
        return k_exit_usage;
    }
    auto cfg = config_from(o);
    auto as_of = as_of_from(o);
    if (!cfg || !as_of) return k_exit_usage;
    auto r = inspect_file(*cfg, o.positional[0], *as_of);
    if (!r) return engine_error(r.error());
    std::cout << r.value();
    return k_exit_ok;
}

int cmd_verify_signature(const Options& o) {
    if (o.positional.size() != 1) {
        std::cerr << "kiemchung verify-signature FILE.pdf\n";
        return k_exit_usage;
    }
    auto cfg = config_from(o);
    auto as_of = as_of_from(o);
    if (!cfg || !as_of) return k_exit_usage;
    auto r = verify_signature_file(*cfg, o.positional[0], *as_of, o.get("format").value_or("json"));
    if (!r) return engine_error(r.error());
    std::cout << r->text;
    return r->all_valid ? k_exit_ok : k_exit_finding;
}

int cmd_show_config(const Options& o) {
    auto cfg = config_from(o);
    if (!cfg) return k_exit_usage;
    std::cout << describe_config(*cfg);
    return k_exit_ok;
}

}  // namespace kc::app
