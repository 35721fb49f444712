#include "supervise/supervisor.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>

extern char** environ;

namespace kc::supervise {
namespace {

constexpr std::size_t k_stderr_tail = 1024;

struct Pipe {
    int fds[2] = {-1, -1};
    bool open() { return ::pipe2(fds, O_CLOEXEC) == 0; }
    void close_all() {
        for (int& fd : fds)
            if (fd >= 0) ::close(fd), fd = -1;
    }
};

// Everything the child needs is prepared before fork(): after fork in a
// possibly multi-threaded parent only async-signal-safe calls are allowed.
struct ExecPlan {
    std::string exe;
    std::vector<std::string> argv_store;
    std::vector<std::string> env_store;
    std::vector<char*> argv;
    std::vector<char*> envp;
};

ExecPlan make_plan(const std::filesystem::path& exe, const std::vector<std::string>& args) {
    ExecPlan p;
    p.exe = exe.string();
    p.argv_store.push_back("kiemchung");
    p.argv_store.push_back("__child");
    for (const auto& a : args) p.argv_store.push_back(a);
    for (char** e = environ; e && *e; ++e)
        if (std::strncmp(*e, "OMP_THREAD_LIMIT=", 17) != 0) p.env_store.emplace_back(*e);
    p.env_store.emplace_back("OMP_THREAD_LIMIT=1");
    for (auto& s : p.argv_store) p.argv.push_back(s.data());
    p.argv.push_back(nullptr);
    for (auto& s : p.env_store) p.envp.push_back(s.data());
    p.envp.push_back(nullptr);
    return p;
}

[[noreturn]] void exec_child(const ExecPlan& plan, const ChildLimits& limits, int out_fd, int err_fd) {
    ::setpgid(0, 0);
    rlimit mem{limits.memory_bytes, limits.memory_bytes};
    ::setrlimit(RLIMIT_AS, &mem);
    rlimit cpu{static_cast<rlim_t>(limits.cpu_seconds), static_cast<rlim_t>(limits.cpu_seconds + 2)};
    ::setrlimit(RLIMIT_CPU, &cpu);
    rlimit core{0, 0};
    ::setrlimit(RLIMIT_CORE, &core);
    int devnull = ::open("/dev/null", O_RDONLY);
    if (devnull >= 0) ::dup2(devnull, 0);
    ::dup2(out_fd, 1);
    ::dup2(err_fd, 2);
    ::execve(plan.exe.c_str(), plan.argv.data(), plan.envp.data());
    ::_exit(127);
}

Reason classify_failure(const ChildOutcome& o) {
    if (o.idle_timed_out) return make_reason(ReasonCode::PARSER_TIMEOUT, "killed: one item over its time limit");
    if (o.timed_out) return make_reason(ReasonCode::PARSER_TIMEOUT, "killed after wall-clock limit");
    if (o.signal == SIGXCPU) return make_reason(ReasonCode::PARSER_TIMEOUT, "CPU limit");
    if (o.signal != 0)
        return make_reason(ReasonCode::PARSER_CRASHED, std::string("signal ") + ::strsignal(o.signal));
    if (o.exit_code == k_exit_out_of_memory) return make_reason(ReasonCode::PARSER_OUT_OF_MEMORY);
    std::string tail = o.stderr_tail.substr(0, 200);
    while (!tail.empty() && (tail.back() == '\n' || tail.back() == '\r')) tail.pop_back();
    return make_reason(ReasonCode::INTERNAL_ERROR, "child exit " + std::to_string(o.exit_code) + ": " + tail);
}

}  // namespace

Supervisor::Supervisor(std::filesystem::path executable)
    : m_executable(executable.empty() ? std::filesystem::path("/proc/self/exe") : std::move(executable)) {}

ChildOutcome Supervisor::run(const std::vector<std::string>& args, const ChildLimits& limits) const {
    using clock = std::chrono::steady_clock;
    ChildOutcome out;
    ExecPlan plan = make_plan(m_executable, args);
    // /proc/self/exe must be resolved in the parent: in the child it is still us.
    if (plan.exe == "/proc/self/exe") {
        std::error_code ec;
        auto real = std::filesystem::read_symlink("/proc/self/exe", ec);
        if (!ec) plan.exe = real.string();
    }
    Pipe out_pipe, err_pipe;
    if (!out_pipe.open() || !err_pipe.open()) {
        out.reason = make_reason(ReasonCode::INTERNAL_ERROR, "pipe failed");
        return out;
    }
    auto start = clock::now();
    pid_t pid = ::fork();
    if (pid < 0) {
        out_pipe.close_all();
        err_pipe.close_all();
        out.reason = make_reason(ReasonCode::INTERNAL_ERROR, "fork failed");
        return out;
    }
    if (pid == 0) exec_child(plan, limits, out_pipe.fds[1], err_pipe.fds[1]);
    ::setpgid(pid, pid);  // also from the parent: no race with the kill below
    ::close(out_pipe.fds[1]);
    out_pipe.fds[1] = -1;
    ::close(err_pipe.fds[1]);
    err_pipe.fds[1] = -1;

    auto deadline = start + std::chrono::seconds(limits.wall_seconds);
    pollfd fds[2] = {{out_pipe.fds[0], POLLIN, 0}, {err_pipe.fds[0], POLLIN, 0}};
    int open_fds = 2;
    char buf[65536];
    auto last_line = start;  // for idle_seconds: when the child last completed a stdout line
    while (open_fds > 0) {
        auto now = clock::now();
        auto until = deadline;
        if (limits.idle_seconds > 0) until = std::min(until, last_line + std::chrono::seconds(limits.idle_seconds));
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - now).count();
        if (left <= 0) {
            ::kill(-pid, SIGKILL);
            out.timed_out = true;
            out.idle_timed_out = now < deadline;
            break;
        }
        int n = ::poll(fds, 2, static_cast<int>(std::min<long long>(left, 500)));
        if (n < 0) {
            if (errno == EINTR) continue;  // revents are not valid after EINTR: do not read (it would block)
            break;
        }
        for (auto& p : fds) {
            if (p.fd < 0 || !(p.revents & (POLLIN | POLLHUP | POLLERR))) continue;
            ssize_t r = ::read(p.fd, buf, sizeof buf);
            if (r <= 0) {
                p.fd = -1;
                --open_fds;
                continue;
            }
            if (&p == &fds[0]) {
                out.output.append(buf, static_cast<std::size_t>(r));
                if (std::memchr(buf, '\n', static_cast<std::size_t>(r))) last_line = clock::now();
            } else {
                out.stderr_tail.append(buf, static_cast<std::size_t>(r));
                if (out.stderr_tail.size() > k_stderr_tail)
                    out.stderr_tail.erase(0, out.stderr_tail.size() - k_stderr_tail);
            }
        }
    }
    int status = 0;
    while (true) {
        pid_t w = ::waitpid(pid, &status, out.timed_out ? 0 : WNOHANG);
        if (w == pid) break;
        if (w < 0 && errno != EINTR) break;
        if (w == 0) {
            // pipes closed but the child lingers (it closed stdout itself): give it until the deadline.
            if (clock::now() >= deadline) {
                ::kill(-pid, SIGKILL);
                out.timed_out = true;
            }
            ::usleep(10000);
        }
    }
    out_pipe.close_all();
    err_pipe.close_all();
    out.seconds = std::chrono::duration<double>(clock::now() - start).count();
    if (WIFEXITED(status)) out.exit_code = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) out.signal = WTERMSIG(status);
    out.ok = !out.timed_out && out.signal == 0 && out.exit_code == k_exit_ok;
    if (!out.ok) out.reason = classify_failure(out);
    return out;
}

}  // namespace kc::supervise
