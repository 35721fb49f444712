// bench/nightly_bench — the nightly judgement over a synthetic catalog.
//
// Builds a real catalog (SQLite, the real schema) of N documents from 150
// submitting units against the real rule set (rules/cchc-2022), with facts and
// reviewer decisions, then:
//  1. in this process, times the parts: read everything back, judge as of a
//     day, stream the index JSON into a file (report/index_stream.h);
//  2. runs the real `kiemchung nightly --state DIR --as-of 2022-12-31` (the
//     binary next to this one, or $KC_BINARY) on that catalog: wall time and
//     the child's peak memory (wait4 ru_maxrss) — re-verification, judgement,
//     index + CSV, 150 submission reports, diff, digests: everything nightly does.
// The reference in the same run: the sqlite3 CLI reading the same rows
// (`SELECT … FROM documents`) — the floor for the read alone.
// No synthetic signature is `untrusted`/`indeterminate`: those are re-verified
// from their blobs in supervised children when the trust store changes
// (pipeline/reverify.h), and there are no blobs.
// Usage: nightly_bench [N…] (default 10000 100000); run from the source root.
// KC_BENCH_KEEP=1 keeps /tmp/kc-nightly-bench-N (e.g. for perf record).
#include <sys/resource.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "core/model_json.h"
#include "extract/extract.h"
#include "judge/judge.h"
#include "report/index_stream.h"
#include "rules/ruleset.h"
#include "util/hash.h"

namespace fs = std::filesystem;
using namespace kc;
using clk = std::chrono::steady_clock;

namespace {

double seconds_since(clk::time_point t) { return std::chrono::duration<double>(clk::now() - t).count(); }
long peak_kib() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

void build(Catalog& cat, const rules::RuleSet& rules, int n) {
    std::vector<const rules::Product*> products;
    for (const auto& c : rules.criteria)
        for (const auto& p : c.products) products.push_back(&p);
    const int units = 150, per_submission = (n + units - 1) / units;
    int made = 0;
    cat.transaction([&] {
        for (int u = 0; u < units && made < n; ++u) {
            Submission s;
            s.id = "S" + std::to_string(100000 + u);
            s.unit = rules.units[u % rules.units.size()].code;
            s.file = "u" + std::to_string(u) + ".zip";
            s.sha256 = hash::sha256_hex(s.id);
            s.received_at = "2022-11-" + std::to_string(10 + u % 10) + "T08:00:00+07:00";
            s.rules = rules.id;
            s.status = "accepted";
            cat.insert_submission(s);
            for (int k = 0; k < per_submission && made < n; ++k, ++made) {
                const rules::Product& p = *products[made % products.size()];
                Document d;
                d.id = "D" + std::to_string(1000000 + made);
                d.sha256 = hash::sha256_hex(d.id);
                d.submission = s.id;
                d.submitted_by = s.unit;
                d.path_in_archive = p.id + "/" + std::to_string(k) + ".pdf";
                d.format = "pdf";
                d.text_source = "text_layer";
                d.pages = 1 + made % 7;
                d.header.type = p.kinds.empty() ? "BC" : p.kinds.front();
                d.header.date = made % 5 == 0 ? "2022-12-30" : "2022-03-01";
                d.header.period = p.period;
                d.header.issuer = "ỦY BAN NHÂN DÂN HUYỆN QUẢNG ĐIỀN";
                d.classification.product = p.id;
                d.classification.status = made % 11 == 0 ? "needs_review" : "classified";
                d.classification.confidence = 0.9;
                d.signature.status = made % 13 == 0 ? "expired" : "valid";
                d.verdict = "accepted";
                cat.insert_document(d);
            }
        }
        for (int i = 0; i < n / 100; ++i) {
            Decision dc;
            dc.document = "D" + std::to_string(1000000 + i * 97 % n);
            dc.action = i % 2 ? "accept" : "reject";
            dc.by = "bench";
            dc.comment = "bench";
            cat.append_decision(dc);
        }
        Fact f;
        f.kind = "metric";
        f.key = "1.1.2";
        f.value = "93.62";
        f.by = "bench";
        cat.append_fact(f);
        // Every document counts as extracted by the current extractor (there are no
        // blobs): the nightly run's re-extraction check (pipeline/reextract.h) finds nothing.
        cat.set_meta("extract.version", extract::k_version);
    });
}

// `kiemchung nightly` on the catalog in dir, as a child: wall time, exit code, peak RSS.
void run_nightly_binary(const fs::path& dir) {
    std::string bin = std::getenv("KC_BINARY") ? std::getenv("KC_BINARY") : "";
    if (bin.empty()) {
        std::error_code ec;
        bin = (fs::read_symlink("/proc/self/exe", ec).parent_path() / "kiemchung").string();
    }
    if (!fs::exists(bin)) {
        std::printf("         kiemchung nightly: skipped (no binary at %s; set KC_BINARY)\n", bin.c_str());
        return;
    }
    const std::string state = dir.string();
    auto t0 = clk::now();
    pid_t pid = fork();
    if (pid == 0) {
        int null = ::open("/dev/null", O_WRONLY);
        dup2(null, 1);
        execl(bin.c_str(), bin.c_str(), "nightly", "--state", state.c_str(), "--as-of", "2022-12-31",
              static_cast<char*>(nullptr));
        _exit(127);
    }
    int status = 0;
    rusage u{};
    wait4(pid, &status, 0, &u);
    const double cpu = u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6 + u.ru_stime.tv_sec + u.ru_stime.tv_usec / 1e6;
    std::printf("         kiemchung nightly (whole run, own process): %.2f s, %.2f s CPU (user+sys), peak %.1f MiB, exit %d\n",
                seconds_since(t0), cpu, u.ru_maxrss / 1024.0, WIFEXITED(status) ? WEXITSTATUS(status) : -1);
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<int> sizes;
    for (int i = 1; i < argc; ++i) sizes.push_back(std::atoi(argv[i]));
    if (sizes.empty()) sizes = {10000, 100000};
    auto rules = rules::load_ruleset("rules", "cchc-2022");
    if (!rules) {
        std::cerr << rules.error().detail << "\n";
        return 2;
    }
    std::printf("%-8s %10s %10s %10s %10s %12s %14s\n", "docs", "build_s", "read_s", "judge_s", "index_s", "total_s",
                "peak_MiB");
    for (int n : sizes) {
        fs::path dir = fs::temp_directory_path() / ("kc-nightly-bench-" + std::to_string(n));
        fs::remove_all(dir);
        fs::create_directories(dir);
        auto t0 = clk::now();
        double build_s, read_s, judge_s, index_s;
        std::size_t bytes = 0;
        {
            auto cat = Catalog::open(dir / "catalog.sqlite");
            if (!cat) return 1;
            build(**cat, *rules, n);
            build_s = seconds_since(t0);
        }
        auto t1 = clk::now();
        auto cat = Catalog::open(dir / "catalog.sqlite");
        judge::Inputs in;
        auto subs = (*cat)->submissions();
        auto docs = (*cat)->documents();
        in.facts = (*cat)->facts();
        in.decisions = (*cat)->decisions();
        read_s = seconds_since(t1);
        auto t2 = clk::now();
        auto j = judge::judge(*rules, subs, std::move(docs), *date::parse_iso("2022-12-31"), in);
        judge_s = seconds_since(t2);
        auto t3 = clk::now();
        {
            std::ofstream out(dir / "index.json", std::ios::binary);
            report::write_index_json(out, *rules, subs, j);
            bytes = static_cast<std::size_t>(out.tellp());
        }
        index_s = seconds_since(t3);
        std::printf("%-8d %10.2f %10.2f %10.2f %10.2f %12.2f %14.1f   (index %zu bytes, accepted %d)\n", n, build_s,
                    read_s, judge_s, index_s, read_s + judge_s + index_s, peak_kib() / 1024.0, bytes,
                    j.counts.accepted);
        auto r0 = clk::now();
        std::string cmd = "sqlite3 " + (dir / "catalog.sqlite").string() +
                          " 'SELECT * FROM documents' > /dev/null 2>&1";
        int rc = std::system(cmd.c_str());
        std::printf("         reference: sqlite3 CLI reading every document row: %.2f s (rc %d)\n", seconds_since(r0), rc);
        run_nightly_binary(dir);
        if (!std::getenv("KC_BENCH_KEEP")) fs::remove_all(dir);  // KC_BENCH_KEEP=1: keep it for a profiler
    }
    return 0;
}
