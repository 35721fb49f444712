#include "watch/journal.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace kc::watch {
namespace {

std::string escape(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '\\') out += "\\\\";
        else if (c == '\t') out += "\\t";
        else if (c == '\n') out += "\\n";
        else out += c;
    }
    return out;
}

std::vector<std::string> split_fields(const std::string& line) {
    std::vector<std::string> out(1);
    for (std::size_t i = 0; i < line.size(); ++i) {
        char c = line[i];
        if (c == '\t') {
            out.emplace_back();
        } else if (c == '\\' && i + 1 < line.size()) {
            char n = line[++i];
            out.back() += n == 't' ? '\t' : n == 'n' ? '\n' : n;
        } else {
            out.back() += c;
        }
    }
    return out;
}

}  // namespace

std::string journal_line(const std::vector<std::string>& fields) {
    std::string line;
    for (std::size_t i = 0; i < fields.size(); ++i) line += (i ? "\t" : "") + escape(fields[i]);
    return line + "\n";
}

std::map<std::string, ClaimRecord> fold_journal(const std::string& text) {
    std::map<std::string, ClaimRecord> claims;
    std::size_t pos = 0, order = 0;
    while (pos < text.size()) {
        auto nl = text.find('\n', pos);
        if (nl == std::string::npos) break;  // torn last line: the step it announced never started
        auto f = split_fields(text.substr(pos, nl - pos));
        pos = nl + 1;
        if (f.size() < 2) continue;
        const std::string& kind = f[0];
        if (kind == "begin" && f.size() == 8) {
            ClaimRecord r;
            r.id = f[1];
            r.copy = f[2] == "copy";
            r.unit = f[3];
            r.rel = f[4];
            r.folder = f[5] == "folder";
            r.spool_path = f[6];
            r.source = f[7];
            r.order = order++;
            claims[r.id] = r;
            continue;
        }
        auto it = claims.find(f[1]);
        if (it == claims.end()) continue;
        ClaimRecord& r = it->second;
        if (kind == "copied" && f.size() == 3) r.state = ClaimState::copied, r.sha256 = f[2];
        else if (kind == "claimed") r.state = ClaimState::claimed;
        else if (kind == "abandoned") r.state = ClaimState::abandoned, r.why = f.size() > 2 ? f[2] : "";
        else if (kind == "recorded" && f.size() == 3) r.state = ClaimState::recorded, r.submission = f[2];
        else if (kind == "done") r.state = ClaimState::done;
    }
    return claims;
}

Result<bool> Journal::append(const std::vector<std::string>& fields) {
    int fd = ::open(m_file.c_str(), O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0) return Error{"INTERNAL_ERROR", m_file.string() + ": " + std::strerror(errno)};
    std::string line = journal_line(fields);
    // After a torn append the file does not end in '\n': start a fresh line.
    off_t end = ::lseek(fd, 0, SEEK_END);
    if (end > 0) {
        char last = '\n';
        if (::pread(fd, &last, 1, end - 1) == 1 && last != '\n') line = "\n" + line;
    }
    std::size_t done = 0;
    while (done < line.size()) {
        ssize_t n = ::write(fd, line.data() + done, line.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            int err = errno;
            ::close(fd);
            return Error{err == ENOSPC ? "DISK_FULL" : "INTERNAL_ERROR", m_file.string() + ": " + std::strerror(err)};
        }
        done += static_cast<std::size_t>(n);
    }
    bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced) return Error{"INTERNAL_ERROR", m_file.string() + ": fsync failed"};
    return true;
}

std::map<std::string, ClaimRecord> Journal::read() const {
    std::ifstream in(m_file, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return fold_journal(ss.str());
}

}  // namespace kc::watch
