#include "app/options.h"

namespace kc::app {

std::optional<std::string> Options::get(const std::string& key) const {
    auto it = values.find(key);
    if (it == values.end()) return std::nullopt;
    return it->second;
}

std::string parse_options(int argc, char** argv, const std::set<std::string>& allowed, Options& out) {
    for (int i = 2; i < argc; ++i) {
        std::string a = argv[i];
        if (a.size() > 2 && a.rfind("--", 0) == 0) {
            std::string key = a.substr(2), value;
            auto eq = key.find('=');
            if (eq != std::string::npos) {
                value = key.substr(eq + 1);
                key = key.substr(0, eq);
            } else if (key == "once" || key == "details" || key == "enqueue" || key == "wait") {  // the options without a value
                value = "true";
            } else {
                if (i + 1 >= argc) return "option --" + key + " needs a value";
                value = argv[++i];
            }
            if (!allowed.count(key)) return "unknown option --" + key + " for '" + out.command + "'";
            out.values[key] = value;
        } else {
            out.positional.push_back(a);
        }
    }
    return {};
}

}  // namespace kc::app
