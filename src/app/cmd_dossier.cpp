// `kiemchung dossier --out DIR` — the self-assessment dossier (dossier/dossier.h);
// `kiemchung appraisal import FILE | report` — the province's appraisal (dossier/appraisal.h).
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>

#include "app/commands.h"
#include "app/setup.h"
#include "catalog/appraisal_store.h"
#include "dossier/appraisal.h"
#include "dossier/dossier.h"
#include "dossier/write.h"
#include "pipeline/publish.h"
#include "report/index.h"
#include "util/hash.h"

namespace kc::app {
namespace {

const char* k_appraisal_usage =
    "kiemchung appraisal import FILE.csv|FILE.xlsx [--by NAME] [--config FILE] [--state DIR]\n"
    "kiemchung appraisal report [--as-of DATE] [--lang vi|en]\n"
    "  Định dạng tệp / file format: docs/appraisal-format.md\n";

const judge::UnitVerdict* pick_unit(const judge::Judgement& j, const Options& o) {
    for (const auto& uv : j.units)
        if (!o.get("unit") || uv.unit->code == *o.get("unit")) return &uv;
    return nullptr;
}

// The officer's file is parsed in a supervised child (XLSX: libarchive + expat on
// bytes from outside), with the limits of any other untrusted document.
Result<dossier::Table> read_table_supervised(Engine& e, const std::filesystem::path& file) {
    auto out = e.supervisor.run({"read_table", "--file", std::filesystem::absolute(file).string()}, e.child_limits());
    if (!out.ok) {
        const Reason r = out.reason.value_or(Reason{});
        return Error{r.code.empty() ? "PARSER_FAILED" : r.code, r.code + " — " + r.vi + " / " + r.en};
    }
    return dossier::table_from_answer(out.output);
}

int appraisal_import(const Options& o) {
    if (o.positional.size() != 2) {
        std::cerr << k_appraisal_usage;
        return k_exit_usage;
    }
    const std::filesystem::path file = o.positional[1];
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::cerr << "Không đọc được tệp / cannot read: " << file.string() << "\n";
        return k_exit_usage;
    }
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    int rc = 0;
    auto e = open_state(o, rc);
    if (!e) return rc;
    auto table = read_table_supervised(*e, file);
    if (!table) {
        std::cerr << file.filename().string() << ": không đọc được bảng điểm / unreadable score table: "
                  << table.error().detail << "\n";
        return k_exit_finding;
    }
    auto imported = dossier::appraisals_from_table(*table, e->rules, file.filename().string());
    if (!imported.errors.empty()) {
        for (const auto& err : imported.errors) std::cerr << err << "\n";
        std::cerr << "Không nhập gì / nothing imported (" << imported.errors.size() << " lỗi / errors)\n";
        return k_exit_finding;
    }
    const char* user = std::getenv("USER");
    const std::string by = o.get("by").value_or(user ? user : "?");
    const std::string sha = hash::sha256_hex(bytes);
    for (auto& a : imported.rows) a.by = by, a.source_sha256 = sha;
    auto store = AppraisalStore::open(e->config.catalog_location());
    if (!store) {
        std::cerr << "Không mở được sổ / cannot open the catalog: " << store.error().detail << "\n";
        return k_exit_run_error;
    }
    const auto before = appraisals_in_force((*store)->all());
    int replaced = 0;
    for (const auto& a : imported.rows) replaced += before.count({a.unit, a.criterion}) ? 1 : 0;
    auto stored = (*store)->append(imported.rows);
    std::cout << "Đã ghi điểm thẩm định / appraisal recorded: " << stored.size() << " tiêu chí / criteria từ / from "
              << file.filename().string() << " (" << by << ", " << (stored.empty() ? "" : stored.front().at) << ")";
    if (replaced) std::cout << "; thay cho / superseding " << replaced << " điểm đã nhập trước / earlier scores";
    std::cout << "\n";
    return k_exit_ok;
}

int appraisal_report(const Options& o) {
    int rc = 0;
    auto e = open_state(o, rc);
    if (!e) return rc;
    const auto lang = o.get("lang").value_or("vi");
    if (lang != "vi" && lang != "en") {
        std::cerr << "--lang vi|en\n";
        return k_exit_usage;
    }
    auto j = judge_catalog(*e);
    std::cout << dossier::appraisal_report(e->rules, j, lang == "en");
    return k_exit_ok;
}

}  // namespace

int cmd_dossier(const Options& o) {
    auto out = o.get("out");
    if (!out || !o.positional.empty()) {
        std::cerr << "kiemchung dossier --out DIR [--as-of DATE] [--unit UNIT] [--config FILE]\n";
        return k_exit_usage;
    }
    int rc = 0;
    auto e = open_state(o, rc);
    if (!e) return rc;
    auto j = judge_catalog(*e);
    const judge::UnitVerdict* uv = pick_unit(j, o);
    if (!uv) {
        std::cerr << "Không có đơn vị được đánh giá / no assessed unit" << (o.get("unit") ? ": " + *o.get("unit") : "")
                  << "\n";
        return k_exit_usage;
    }
    auto d = dossier::assemble(e->rules, j, *uv, facts_in_force(e->catalog->facts()));
    auto w = dossier::write_dossier(d, *e->store, *out);
    if (!w) {
        std::cerr << "Không ghi được hồ sơ / cannot write the dossier: " << w.error().code << ": " << w.error().detail
                  << "\n";
        return k_exit_run_error;
    }
    int explained = 0;
    for (const auto& r : d.rows) explained += r.explanation.vi.empty() ? 0 : 1;
    std::cout << "Hồ sơ tự chấm điểm / self-assessment dossier: " << w->dir.string() << "\n"
              << "  " << uv->unit->name << ", tính đến / as of " << date::vi(d.as_of) << ": tự chấm / self-score "
              << report::format_points(d.self_score) << " / " << report::format_points(d.points_max) << "\n"
              << "  " << w->evidence_files << " tài liệu kiểm chứng / evidence files, " << explained
              << " giải trình / explanations, " << w->files.size() << " tệp / files in " << dossier::k_manifest_name
              << "\n"
              << "  Tệp nén / zip: " << w->zip.string() << "\n";
    return k_exit_ok;
}

int cmd_appraisal(const Options& o) {
    const auto& a = o.positional;
    if (!a.empty() && a[0] == "import") return appraisal_import(o);
    if (!a.empty() && a[0] == "report" && a.size() == 1) return appraisal_report(o);
    std::cerr << k_appraisal_usage;
    return k_exit_usage;
}

}  // namespace kc::app
