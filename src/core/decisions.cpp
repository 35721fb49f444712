#include "core/decisions.h"

#include <map>
#include <utility>

namespace kc {

std::vector<Fact> facts_in_force(const std::vector<Fact>& all) {
    std::map<std::pair<std::string, std::string>, const Fact*> latest;
    for (const auto& f : all) {
        auto& slot = latest[{f.kind, f.key}];
        if (!slot || f.seq >= slot->seq) slot = &f;
    }
    std::vector<Fact> out;
    for (const auto& [k, f] : latest)
        if (f->action != "unset") out.push_back(*f);
    return out;
}

}  // namespace kc
