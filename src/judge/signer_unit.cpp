#include "judge/signer_unit.h"

#include <vector>

#include "util/text.h"

namespace kc::judge {
namespace {

// "CN=UBND HUYỆN X, O=UBND tỉnh Y, L=Z" → the values of CN, then O, then OU:
// the CN is the signing agency (or person); O is usually its governing body.
std::vector<std::string> named_values(const std::string& subject) {
    std::vector<std::string> out;
    for (const char* wanted : {"CN", "O", "OU"})
        for (const auto& part : text::split(subject, ',')) {
            std::string p = text::trim(part);
            auto eq = p.find('=');
            if (eq != std::string::npos && text::upper(text::trim(p.substr(0, eq))) == wanted)
                out.push_back(text::fold(p.substr(eq + 1)));
        }
    return out;
}

}  // namespace

std::string signer_unit(const SignerInfo& signer, const rules::RuleSet& rules) {
    for (const auto& value : named_values(signer.subject)) {
        std::string best;
        std::size_t best_len = 0;
        for (const auto& u : rules.units) {
            std::string name = text::fold(u.name);
            std::size_t len = 0;
            if (!name.empty() && value.find(name) != std::string::npos) len = name.size();
            for (const auto& a : u.aliases)
                if (text::fold(a) == value) len = std::max(len, value.size());
            if (len > best_len) {
                best_len = len;
                best = u.code;
            }
        }
        if (!best.empty()) return best;  // the first field that names a unit decides
    }
    return {};
}

}  // namespace kc::judge
