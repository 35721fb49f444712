// rules/ruleset.cpp — RuleSet lookups. Loading is in load_ruleset.cpp.
#include "rules/ruleset.h"

#include <algorithm>
#include <functional>
#include <set>

#include "util/text.h"

namespace kc::rules {

const Criterion* RuleSet::criterion(const std::string& code) const {
    for (const auto& c : criteria)
        if (c.code == code) return &c;
    return nullptr;
}

const Product* RuleSet::product(const std::string& id) const {
    for (const auto& c : criteria)
        for (const auto& p : c.products)
            if (p.id == id) return &p;
    return nullptr;
}

const Unit* RuleSet::unit(const std::string& code) const {
    for (const auto& u : units)
        if (u.code == code) return &u;
    return nullptr;
}

const Unit* RuleSet::find_unit(const std::string& code_or_alias) const {
    if (const Unit* u = unit(code_or_alias)) return u;
    const std::string key = kc::text::fold(code_or_alias);
    if (key.empty()) return nullptr;
    for (const auto& u : units) {
        if (kc::text::fold(u.code) == key || kc::text::fold(u.name) == key) return &u;
        for (const auto& alias : u.aliases)
            if (kc::text::fold(alias) == key) return &u;
    }
    return nullptr;
}

std::vector<const Unit*> RuleSet::assessed_units() const {
    std::vector<const Unit*> out;
    for (const auto& u : units)
        if (u.assessed) out.push_back(&u);
    return out;
}

const UnitGroup* RuleSet::group(const std::string& code) const {
    for (const auto& g : groups)
        if (g.code == code) return &g;
    return nullptr;
}

std::vector<std::string> RuleSet::expand(const std::string& unit_or_group) const {
    std::vector<std::string> out;
    std::set<std::string> visited;  // guards against a group listing itself indirectly
    std::function<void(const std::string&)> walk = [&](const std::string& code) {
        if (!visited.insert(code).second) return;
        if (unit(code)) {
            out.push_back(code);
        } else if (const UnitGroup* g = group(code)) {
            for (const auto& m : g->members) walk(m);
        }
    };
    walk(unit_or_group);
    return out;
}

}  // namespace kc::rules
