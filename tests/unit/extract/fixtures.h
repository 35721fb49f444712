// tests/unit/extract/fixtures.h — the input files of the extract tests, made
// at test time by make_fixtures.py (system python3 with reportlab and PIL)
// once per build, next to the test binary, so no binary fixture is committed.
#pragma once
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <stdexcept>
#include <string>

namespace kc::extract::test {

inline std::filesystem::path fixture_dir() {
    static std::filesystem::path dir;
    static std::once_flag once;
    std::call_once(once, [] {
        const std::filesystem::path script = std::filesystem::path(KC_SOURCE_DIR) / "tests/unit/extract/make_fixtures.py";
        const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe");
        // One directory per version of the script; ctest runs every test in its
        // own process, so the files are made once and renamed into place.
        const auto stamp = std::filesystem::last_write_time(script).time_since_epoch().count();
        dir = exe.parent_path() / ("extract_fixtures_" + std::to_string(stamp));
        if (std::filesystem::exists(dir / "done")) return;
        const std::filesystem::path tmp = dir.string() + ".tmp" + std::to_string(::getpid());
        const std::string cmd = "/usr/bin/python3 '" + script.string() + "' '" + tmp.string() + "' && touch '" +
                                (tmp / "done").string() + "'";
        if (std::system(cmd.c_str()) != 0) throw std::runtime_error("make_fixtures.py failed");
        std::error_code ec;
        std::filesystem::rename(tmp, dir, ec);  // fails harmlessly if another process won
        if (ec) {
            std::filesystem::remove_all(tmp, ec);
            return;
        }
        // files of older versions of the script
        for (const auto& e : std::filesystem::directory_iterator(exe.parent_path(), ec)) {
            const std::string name = e.path().filename().string();
            if (name.rfind("extract_fixtures_", 0) == 0 && e.path() != dir && name.find(".tmp") == std::string::npos)
                std::filesystem::remove_all(e.path(), ec);
        }
    });
    return dir;
}

inline std::filesystem::path fixture(const std::string& name) { return fixture_dir() / name; }

}  // namespace kc::extract::test
