// A plain main for the libFuzzer targets that define kc_fuzz_run (unpack_fuzz.cpp,
// entry_name_fuzz.cpp): replays a seed corpus in every build, gcc included, no libFuzzer.
//   <target>_replay CORPUS_DIR [EXPECTED_FILE]
// Every file runs whole and cut at a third, a half and one byte short (as truncated
// uploads arrive). EXPECTED_FILE lines "name value" ('#' starts a comment) pin the
// return value of the named seeds, so a seed that stopped reaching the code it was made
// for fails here; other files (crash reproducers added later) only have to run.
// KC_REPLAY_PRINT=1 prints "name value" for every seed.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

int kc_fuzz_run(std::string_view bytes);

int main(int argc, char** argv) {
    namespace fs = std::filesystem;
    if (argc < 2) {
        std::cerr << "usage: " << argv[0] << " CORPUS_DIR [EXPECTED_FILE]\n";
        return 2;
    }
    std::map<std::string, int> expected;
    if (argc > 2) {
        std::ifstream in(argv[2]);
        if (!in) {
            std::cerr << "cannot read " << argv[2] << "\n";
            return 2;
        }
        for (std::string line; std::getline(in, line);) {
            if (line.empty() || line[0] == '#') continue;
            std::istringstream fields(line);
            std::string name;
            int value = 0;
            if (fields >> name >> value) expected[name] = value;
        }
    }
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(argv[1], ec))
        if (e.is_regular_file()) files.push_back(e.path());
    if (ec || files.empty()) {
        std::cerr << "no seeds in " << argv[1] << "\n";
        return 1;
    }
    std::sort(files.begin(), files.end());
    int failures = 0, checked = 0;
    for (const auto& f : files) {
        std::ifstream in(f, std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const int got = kc_fuzz_run(bytes);
        for (std::size_t cut : {bytes.size() / 3, bytes.size() / 2, bytes.empty() ? 0 : bytes.size() - 1})
            kc_fuzz_run(std::string_view(bytes).substr(0, cut));
        const std::string name = f.filename().string();
        if (std::getenv("KC_REPLAY_PRINT")) std::cout << name << " " << got << "\n";  // to (re)write EXPECTED_FILE
        if (auto it = expected.find(name); it != expected.end()) {
            ++checked;
            if (got != it->second) {
                std::cerr << "FAIL " << name << ": got " << got << ", expected " << it->second << "\n";
                ++failures;
            }
            expected.erase(it);
        }
    }
    for (const auto& [name, value] : expected) {
        std::cerr << "FAIL " << name << ": listed in the expectations but not in the corpus\n";
        ++failures;
    }
    std::cout << "replayed " << files.size() << " seeds (" << checked << " with an expected result), " << failures
              << " failure(s)\n";
    return failures ? 1 : 0;
}
