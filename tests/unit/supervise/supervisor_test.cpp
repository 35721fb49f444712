// tests/unit/supervise/supervisor_test.cpp — the supervisor drives the REAL
// kiemchung binary (KC_BINARY) as `kiemchung __child TASK …`. Crashes, hangs
// and memory exhaustion are injected with KC_ENABLE_FAULT_INJECTION=1 and a
// file holding "KC-FAULT:segv|hang|oom" (pipeline/child_main.cpp); each must
// come back as a value with the right reason, never as an exception.
#include <unistd.h>

#include <gtest/gtest.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/model_json.h"
#include "supervise/supervisor.h"

namespace {

namespace fs = std::filesystem;
using kc::supervise::ChildLimits;
using kc::supervise::ChildOutcome;
using kc::supervise::Supervisor;

class SupervisorTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        // The supervisor passes its environment on: the child sees this.
        ::setenv("KC_ENABLE_FAULT_INJECTION", "1", 1);
        s_dir = fs::temp_directory_path() / ("kc-supervise-" + std::to_string(::getpid()));
        fs::create_directories(s_dir);
    }
    static void TearDownTestSuite() {
        std::error_code ec;
        fs::remove_all(s_dir, ec);
        ::unsetenv("KC_ENABLE_FAULT_INJECTION");
    }
    static fs::path write(const std::string& name, const std::string& content) {
        fs::path p = s_dir / name;
        std::ofstream(p, std::ios::binary) << content;
        return p;
    }
    static ChildOutcome run(const std::vector<std::string>& args, const ChildLimits& limits = quick()) {
        return Supervisor(KC_BINARY).run(args, limits);
    }
    static ChildLimits quick() {
        ChildLimits l;
        l.memory_bytes = 1ull << 30;
        l.cpu_seconds = 20;
        l.wall_seconds = 30;
        return l;
    }
    static std::string reason_code(const ChildOutcome& o) { return o.reason ? o.reason->code : "(none)"; }

    static fs::path s_dir;
};
fs::path SupervisorTest::s_dir;

TEST_F(SupervisorTest, BinaryExists) { ASSERT_TRUE(fs::exists(KC_BINARY)) << KC_BINARY; }

TEST_F(SupervisorTest, ExtractOfSmallTextFileSucceedsWithJson) {
    fs::path f = write("note.txt", "Kế hoạch cải cách hành chính năm 2022\n");
    ChildOutcome o = run({"extract", "--file", f.string()});
    ASSERT_TRUE(o.ok) << reason_code(o) << " exit " << o.exit_code << " signal " << o.signal << " stderr "
                      << o.stderr_tail;
    EXPECT_EQ(o.exit_code, 0);
    EXPECT_EQ(o.signal, 0);
    EXPECT_FALSE(o.timed_out);
    EXPECT_FALSE(o.reason.has_value());
    kc::json::Object::Ptr obj;
    ASSERT_NO_THROW(obj = kc::json::parse_object(o.output)) << o.output;
    ASSERT_FALSE(obj.isNull());
    EXPECT_TRUE(obj->has("format")) << o.output;
    EXPECT_TRUE(obj->has("pages")) << o.output;
    EXPECT_GE(o.seconds, 0.0);
}

struct FaultCase {
    const char* name;
    const char* content;
    std::uint64_t memory_bytes;
    int wall_seconds;
    const char* reason;
    double max_seconds;
};

class SupervisorFaultTest : public SupervisorTest, public ::testing::WithParamInterface<FaultCase> {};

TEST_P(SupervisorFaultTest, FailureIsAValueWithTheRightReason) {
    const FaultCase& c = GetParam();
    fs::path f = write(std::string(c.name) + ".txt", std::string("header\n") + c.content + "\ntrailer\n");
    ChildLimits l = quick();
    l.memory_bytes = c.memory_bytes;
    l.wall_seconds = c.wall_seconds;
    ChildOutcome o;
    ASSERT_NO_THROW(o = run({"extract", "--file", f.string()}, l));
    EXPECT_FALSE(o.ok);
    ASSERT_TRUE(o.reason.has_value());
    EXPECT_EQ(o.reason->code, c.reason) << "exit " << o.exit_code << " signal " << o.signal << " stderr "
                                        << o.stderr_tail;
    EXPECT_FALSE(o.reason->vi.empty());
    EXPECT_LT(o.seconds, c.max_seconds);
}

INSTANTIATE_TEST_SUITE_P(
    Faults, SupervisorFaultTest,
    ::testing::Values(FaultCase{"segv", "KC-FAULT:segv", 1ull << 30, 30, "PARSER_CRASHED", 30},
                      FaultCase{"hang", "KC-FAULT:hang", 1ull << 30, 2, "PARSER_TIMEOUT", 3.5},
                      FaultCase{"oom", "KC-FAULT:oom", 512ull << 20, 30, "PARSER_OUT_OF_MEMORY", 30}),
    [](const auto& info) { return std::string(info.param.name); });

TEST_F(SupervisorTest, SegvReportsTheSignal) {
    fs::path f = write("segv2.txt", "KC-FAULT:segv");
    ChildOutcome o = run({"extract", "--file", f.string()});
    EXPECT_EQ(o.signal, SIGSEGV);
    EXPECT_FALSE(o.timed_out);
}

TEST_F(SupervisorTest, HangIsKilledAndMarkedTimedOut) {
    fs::path f = write("hang2.txt", "KC-FAULT:hang");
    ChildLimits l = quick();
    l.wall_seconds = 1;
    ChildOutcome o = run({"extract", "--file", f.string()}, l);
    EXPECT_TRUE(o.timed_out);
    EXPECT_GE(o.seconds, 0.9);
    EXPECT_LT(o.seconds, 2.5);
}

TEST_F(SupervisorTest, IdleLimitStopsABatchChildStuckOnOneItem) {
    // extract_batch writes a line when it begins a file and one when it is
    // done: a child stuck on one file is killed after idle_seconds, long
    // before its wall limit, and the answer it already wrote is kept.
    fs::path a = write("idle-a.txt", "Công văn số 12");
    fs::path h = write("idle-hang.txt", "KC-FAULT:hang");
    fs::path c = write("idle-c.txt", "Báo cáo");
    ChildLimits l = quick();
    l.idle_seconds = 2;
    ChildOutcome o = run({"extract_batch", "--files", a.string() + "\n" + h.string() + "\n" + c.string()}, l);
    EXPECT_FALSE(o.ok);
    EXPECT_TRUE(o.timed_out);
    EXPECT_TRUE(o.idle_timed_out);
    EXPECT_EQ(reason_code(o), "PARSER_TIMEOUT");
    EXPECT_LT(o.seconds, 15.0);  // the wall limit is 30 s
    EXPECT_NE(o.output.find("\"index\":0"), std::string::npos) << o.output;
    EXPECT_NE(o.output.find("{\"begin\":1}"), std::string::npos) << o.output;
    EXPECT_EQ(o.output.find("\"index\":1"), std::string::npos) << o.output;
}

TEST_F(SupervisorTest, OutOfMemoryUsesTheAgreedExitCode) {
    fs::path f = write("oom2.txt", "KC-FAULT:oom");
    ChildLimits l = quick();
    l.memory_bytes = 512ull << 20;
    ChildOutcome o = run({"extract", "--file", f.string()}, l);
    EXPECT_EQ(o.exit_code, kc::supervise::k_exit_out_of_memory);
    EXPECT_EQ(o.signal, 0);
}

TEST_F(SupervisorTest, FaultMarkerIgnoredWithoutTheSwitch) {
    fs::path f = write("guarded.txt", "KC-FAULT:segv");
    ::setenv("KC_ENABLE_FAULT_INJECTION", "0", 1);
    ChildOutcome o = run({"extract", "--file", f.string()});
    ::setenv("KC_ENABLE_FAULT_INJECTION", "1", 1);
    EXPECT_TRUE(o.ok) << reason_code(o) << " " << o.stderr_tail;
    EXPECT_EQ(o.signal, 0);
}

TEST_F(SupervisorTest, UnknownTaskIsInternalError) {
    ChildOutcome o = run({"no-such-task"});
    EXPECT_FALSE(o.ok);
    EXPECT_EQ(o.exit_code, kc::supervise::k_exit_usage);
    EXPECT_EQ(reason_code(o), "INTERNAL_ERROR");
    EXPECT_NE(o.stderr_tail.find("unknown child task"), std::string::npos) << o.stderr_tail;
    EXPECT_NE(o.reason->detail.find("child exit 2"), std::string::npos) << o.reason->detail;
}

TEST_F(SupervisorTest, MissingArgumentIsInternalError) {
    ChildOutcome o = run({"extract"});
    EXPECT_FALSE(o.ok);
    EXPECT_EQ(o.exit_code, kc::supervise::k_exit_failed);
    EXPECT_EQ(reason_code(o), "INTERNAL_ERROR");
}

TEST_F(SupervisorTest, MissingExecutableIsInternalError) {
    ChildOutcome o = Supervisor(s_dir / "no-such-binary").run({"env"}, quick());
    EXPECT_FALSE(o.ok);
    EXPECT_EQ(reason_code(o), "INTERNAL_ERROR");
}

TEST_F(SupervisorTest, ChildEnvironmentHasOneOmpThread) {
    // Even when the parent says otherwise: the supervisor replaces the value.
    const char* before = std::getenv("OMP_THREAD_LIMIT");
    std::string saved = before ? before : "";
    ::setenv("OMP_THREAD_LIMIT", "8", 1);
    ChildOutcome o = run({"env"});
    if (before) ::setenv("OMP_THREAD_LIMIT", saved.c_str(), 1); else ::unsetenv("OMP_THREAD_LIMIT");
    ASSERT_TRUE(o.ok) << reason_code(o) << " " << o.stderr_tail;
    auto obj = kc::json::parse_object(o.output);
    EXPECT_EQ(kc::json::get_string(obj, "OMP_THREAD_LIMIT"), "1") << o.output;
}

TEST_F(SupervisorTest, ChildGetsTheRestOfTheEnvironment) {
    // Fault injection only works because the environment is passed on; check
    // that the switch is seen by the child (segv happens only when it is).
    fs::path f = write("segv3.txt", "KC-FAULT:segv");
    ChildOutcome o = run({"extract", "--file", f.string()});
    EXPECT_EQ(reason_code(o), "PARSER_CRASHED");
}

}  // namespace
