#include "util/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace kc {

Result<bool> write_file_atomically(const std::filesystem::path& file, std::string_view content) {
    std::error_code ec;
    std::filesystem::create_directories(file.parent_path(), ec);
    std::filesystem::path tmp = file;
    tmp += ".tmp" + std::to_string(::getpid());
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return Error{"RUN", file.string() + ": " + std::strerror(errno)};
    const char* p = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        ssize_t n = ::write(fd, p, left);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            ::close(fd);
            ::unlink(tmp.c_str());
            return Error{"DISK_FULL", file.string() + ": " + std::strerror(errno)};
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        ::unlink(tmp.c_str());
        return Error{"DISK_FULL", file.string() + ": fsync failed"};
    }
    std::filesystem::rename(tmp, file, ec);
    if (ec) return Error{"RUN", file.string() + ": " + ec.message()};
    return true;
}

}  // namespace kc
