#include "rules/parse_hand_in.h"

#include <algorithm>
#include <regex>
#include <set>

namespace kc::rules {

HandIn parse_hand_in(const YAML::Node& node, const std::string& file, bool default_inclusive, Diagnostics& diag) {
    HandIn h;
    h.inclusive = default_inclusive;
    // No block: `auto` without milestones, i.e. each product by its own deadline.
    if (!node || node.IsNull()) return h;
    MapReader r(node, file, diag, {"default", "inclusive", "milestones", "note"}, "hand_in (hạn nộp nội bộ)");
    if (!r.ok()) return h;
    h.note = r.str("note");
    h.inclusive = r.boolean("inclusive").value_or(default_inclusive);
    std::set<std::string> ids;
    const YAML::Node list = r.node("milestones");
    if (!list || !list.IsSequence()) {
        diag.error(file, r.mark("milestones"), vi_en("hand_in: 'milestones' phải là danh sách các mốc {id, date, title}",
                                                     "hand_in: 'milestones' must be a list of {id, date, title}"));
    } else {
        static const std::regex id_re(R"(^[a-z0-9][a-z0-9-]*$)");
        for (const auto& item : list) {
            MapReader m(item, file, diag, {"id", "date", "title", "note", "seed_line"}, "hand_in milestone (mốc)");
            if (!m.ok()) continue;
            HandInMilestone ms;
            ms.id = m.str("id", true);
            ms.title = m.str("title", true);
            ms.note = m.str("note");
            ms.seed_line = m.integer("seed_line").value_or(0);
            const std::string day = m.str("date", true);
            if (auto d = date::parse_iso(day))
                ms.date = *d;
            else if (m.has("date"))
                diag.error(file, m.mark("date"), vi_en("hand_in: '" + day + "' không phải ngày có thật viết YYYY-MM-DD",
                                                       "hand_in: '" + day + "' is not a real date written YYYY-MM-DD"));
            if (ms.id.empty()) continue;
            if (!std::regex_match(ms.id, id_re) || ms.id == "auto" || ms.id == "none")
                diag.error(file, m.mark("id"), vi_en("hand_in: mã mốc '" + ms.id + "' chỉ gồm chữ thường, số, '-' (auto, none là từ dành riêng)",
                                                     "hand_in: milestone id '" + ms.id + "' takes lower-case letters, digits and '-' (auto, none are reserved)"));
            if (!ids.insert(ms.id).second) {
                diag.error(file, m.mark("id"), vi_en("hand_in: mã mốc '" + ms.id + "' ghi hai lần",
                                                     "hand_in: milestone id '" + ms.id + "' given twice"));
                continue;
            }
            h.milestones.push_back(ms);
        }
    }
    std::stable_sort(h.milestones.begin(), h.milestones.end(),
                     [](const HandInMilestone& a, const HandInMilestone& b) { return a.date < b.date; });
    h.default_choice = r.has("default") ? r.str("default") : "auto";
    if (h.default_choice != "auto" && h.default_choice != "none" && !ids.count(h.default_choice))
        diag.error(file, r.mark("default"), vi_en("hand_in: 'default' phải là auto, none hay mã một mốc, không phải '" +
                                                      h.default_choice + "'",
                                                  "hand_in: 'default' must be auto, none or a milestone id, not '" +
                                                      h.default_choice + "'"));
    return h;
}

}  // namespace kc::rules
