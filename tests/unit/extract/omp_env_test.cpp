// tests/unit/extract/omp_env_test.cpp — run the test binary as the supervisor
// runs the extract child: with OMP_THREAD_LIMIT=1 (pitfall 1: Tesseract's
// OpenMP threads make one page 3× slower on 2 cores). libgomp reads the
// variable when libtesseract is loaded, before any code of ours runs, so a
// setenv() here would be too late: the binary re-executes itself instead.
#include <unistd.h>

#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

bool reexec_with_one_omp_thread() {
    const char* v = std::getenv("OMP_THREAD_LIMIT");
    if (v && std::strcmp(v, "1") == 0) return false;
    std::ifstream in("/proc/self/cmdline", std::ios::binary);
    std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<std::string> args;
    for (std::size_t at = 0; at < all.size();) {
        std::size_t end = all.find('\0', at);
        if (end == std::string::npos) end = all.size();
        args.emplace_back(all.substr(at, end - at));
        at = end + 1;
    }
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    ::setenv("OMP_THREAD_LIMIT", "1", 1);
    ::execv("/proc/self/exe", argv.data());
    return false;  // exec failed: run on with the default threads (slower, still correct)
}

const bool g_reexec = reexec_with_one_omp_thread();

}  // namespace

TEST(ExtractTestEnvironment, RunsWithOneOmpThread) {
    const char* v = std::getenv("OMP_THREAD_LIMIT");
    ASSERT_NE(v, nullptr);
    EXPECT_STREQ(v, "1");
}
