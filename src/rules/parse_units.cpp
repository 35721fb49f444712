#include "rules/parse_units.h"

#include <map>
#include <set>
#include <utility>

#include "util/text.h"

namespace kc::rules {
namespace {

const std::set<std::string> k_levels = {"province", "department", "district", "commune", "office"};

Unit read_unit(const YAML::Node& node, const std::string& file, Diagnostics& diag) {
    MapReader r(node, file, diag, {"code", "name", "level", "parent", "aliases", "assessed"}, "đơn vị/unit");
    Unit u;
    u.code = r.str("code", true);
    u.name = r.str("name", true);
    u.level = r.str("level", true);
    u.parent = r.str("parent");
    u.aliases = r.strings("aliases");
    u.assessed = r.boolean("assessed").value_or(false);
    if (r.ok() && !u.level.empty() && !k_levels.count(u.level))
        diag.error(file, r.mark("level"),
                   "unit " + u.code + ": " + vi_en("cấp '" + u.level + "' không thuộc province, department, district, commune, office",
                                                   "level '" + u.level + "' is not one of province, department, district, commune, office"));
    return u;
}

}  // namespace

UnitsFile parse_units(const std::string& text, const std::string& file, Diagnostics& diag) {
    UnitsFile out;
    const YAML::Node root = parse_yaml(text, file, diag);
    if (!root) return out;
    MapReader top(root, file, diag, {"units", "groups"}, "units.yaml");
    if (!top.ok()) return out;

    std::map<std::string, YAML::Mark> unit_marks;  // code → where it is defined
    const YAML::Node units = top.node("units");
    if (!units || !units.IsSequence()) {
        diag.error(file, top.mark("units"), vi_en("units.yaml: 'units' phải là danh sách đơn vị", "units file: 'units' must be a list of units"));
    } else {
        for (const auto& n : units) {
            Unit u = read_unit(n, file, diag);
            if (u.code.empty()) continue;
            if (!unit_marks.emplace(u.code, n.Mark()).second) {
                diag.error(file, n.Mark(), vi_en("mã đơn vị '" + u.code + "' khai báo hai lần", "unit code '" + u.code + "' defined twice"));
                continue;
            }
            out.units.push_back(std::move(u));
        }
    }

    std::map<std::string, YAML::Mark> group_marks;
    const YAML::Node groups = top.node("groups");
    if (groups && !groups.IsNull()) {
        if (!groups.IsMap()) {
            diag.error(file, groups.Mark(), vi_en("units.yaml: 'groups' phải ghi mã nhóm: {name, members}",
                                                 "units file: 'groups' must map a group code to {name, members}"));
        } else {
            for (auto it = groups.begin(); it != groups.end(); ++it) {
                UnitGroup g;
                g.code = it->first.Scalar();
                MapReader r(it->second, file, diag, {"name", "members"}, "nhóm/group " + g.code);
                g.name = r.str("name", true);
                g.members = r.strings("members", true);
                if (unit_marks.count(g.code) || !group_marks.emplace(g.code, it->first.Mark()).second) {
                    diag.error(file, it->first.Mark(), vi_en("mã nhóm '" + g.code + "' đã được dùng", "group code '" + g.code + "' is already used"));
                    continue;
                }
                out.groups.push_back(std::move(g));
            }
        }
    }

    // References inside the file, reported at the referring unit or group.
    for (const auto& u : out.units) {
        if (!u.parent.empty() && !unit_marks.count(u.parent))
            diag.error(file, unit_marks[u.code], "unit " + u.code + ": " + vi_en("đơn vị cấp trên '" + u.parent + "' không phải mã đơn vị",
                                                                          "parent '" + u.parent + "' is not a unit code"));
    }
    for (const auto& g : out.groups) {
        for (const auto& m : g.members) {
            if (!unit_marks.count(m) && !group_marks.count(m))
                diag.error(file, group_marks[g.code], "group " + g.code + ": " + vi_en("thành viên '" + m + "' không phải mã đơn vị hay nhóm",
                                                                               "member '" + m + "' is not a unit or group code"));
            if (m == g.code)
                diag.error(file, group_marks[g.code], "group " + g.code + ": " + vi_en("nhóm tự liệt kê chính nó", "the group lists itself"));
        }
    }

    // Two units answering to the same folded name would make find_unit() a coin toss.
    std::map<std::string, std::string> owner;  // folded name → unit code
    for (const auto& u : out.units) {
        std::vector<std::string> names = u.aliases;
        names.push_back(u.code);
        names.push_back(u.name);
        for (const auto& name : names) {
            const std::string key = kc::text::fold(name);
            auto [it, inserted] = owner.emplace(key, u.code);
            if (!inserted && it->second != u.code)
                diag.error(file, unit_marks[u.code],
                           "unit " + u.code + ": " + vi_en("tên hay tên khác '" + name + "' trùng với đơn vị " + it->second,
                                                           "name or alias '" + name + "' also belongs to " + it->second));
        }
    }
    return out;
}

}  // namespace kc::rules
