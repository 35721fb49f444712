// bench/signature_bench.cpp — in-process throughput of the signature verifier
// (kc::signature::verify_pdf_bytes), without process start-up or the supervised
// child: the files are read into memory first, then verified `rounds` times.
//   signature_bench TRUST_DIR AS_OF(YYYY-MM-DD) ROUNDS FILE...
// Prints files, verdict counts, total seconds and ms per file. Driven by
// bench/signature_bench.sh, which also times the CLI and pdfsig on the same files.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "signature/verify.h"
#include "test_read.h"

int main(int argc, char** argv) {
    if (argc < 5) {
        std::fprintf(stderr, "usage: signature_bench TRUST_DIR AS_OF ROUNDS FILE...\n");
        return 2;
    }
    const auto trust = kc::signature::load_trust_dir(argv[1]);
    kc::signature::Options options;
    int y = 0, m = 0, d = 0;
    if (std::sscanf(argv[2], "%d-%d-%d", &y, &m, &d) == 3) options.as_of = kc::date::make(y, m, d);
    const int rounds = std::max(1, std::atoi(argv[3]));
    std::vector<std::string> files;
    for (int i = 4; i < argc; ++i) files.push_back(kc::bench::read_all(argv[i]));
    std::map<std::string, int> verdicts;
    const auto t0 = std::chrono::steady_clock::now();
    for (int r = 0; r < rounds; ++r)
        for (const auto& bytes : files) {
            const auto result = kc::signature::verify_pdf_bytes(bytes, trust, options);
            if (r == 0) ++verdicts[result.status];
        }
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    const double n = static_cast<double>(files.size()) * rounds;
    std::printf("in-process verify_pdf_bytes: %zu files x %d rounds in %.2f s: %.2f ms/file, %.0f files/s;",
                files.size(), rounds, s, 1000.0 * s / n, n / s);
    for (const auto& [status, count] : verdicts) std::printf(" %s=%d", status.c_str(), count);
    std::printf("\n");
    return 0;
}
