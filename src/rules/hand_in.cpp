#include "rules/hand_in.h"

namespace kc::rules {
namespace {

const HandInMilestone* milestone(const HandIn& h, const std::string& id) {
    for (const auto& m : h.milestones)
        if (m.id == id) return &m;
    return nullptr;
}

}  // namespace

ResolvedHandIn resolve_hand_in(const Product& p, const RuleSet& rules, const std::vector<Date>& product_due) {
    const HandIn& h = rules.hand_in;
    const std::string choice = p.hand_in.empty() ? h.default_choice : p.hand_in;
    ResolvedHandIn r;
    if (choice == "none" || (choice == "auto" && h.milestones.empty() && product_due.empty())) {
        r.source = "none";
        r.explanation_vi = "Không có hạn nộp nội bộ";
        r.explanation_en = "No internal hand-in deadline";
        return r;
    }
    const HandInMilestone* m = nullptr;
    std::optional<Date> written;
    if (choice == "auto") {
        if (product_due.empty()) {
            m = &h.milestones.back();
        } else {
            for (const auto& x : h.milestones)
                if (!m && x.date >= product_due.back()) m = &x;
        }
        if (!m) {
            r.due = product_due.back();
            r.source = "product_deadline";
            r.explanation_vi = "Hạn sản phẩm " + date::vi(*r.due) + " sau mọi mốc nộp nội bộ: nộp theo hạn sản phẩm";
            r.explanation_en = "The product is due " + date::vi(*r.due) +
                               ", after every internal hand-in date: handed in by its own deadline";
            return r;
        }
    } else if ((m = milestone(h, choice)) == nullptr) {
        written = date::parse_iso(choice);
        if (!written) {  // the loader rejects this; stay total anyway
            r.source = "none";
            r.explanation_vi = "Hạn nộp nội bộ '" + choice + "' không đọc được";
            r.explanation_en = "Internal hand-in '" + choice + "' cannot be read";
            return r;
        }
    }
    const Date stated = m ? m->date : *written;
    Date last = h.inclusive ? stated : date::add_days(stated, -1);
    r.source = m ? m->id : "date";
    const std::string what_vi = m ? m->title + " (trước " + date::vi(stated) + ")" : "trước " + date::vi(stated);
    const std::string what_en = m ? m->id + ", by " + date::vi(stated) : "by " + date::vi(stated);
    if (!product_due.empty() && last < product_due.back()) {
        last = product_due.back();
        r.source = "product_deadline";
        r.explanation_vi = "Nộp nội bộ: " + what_vi + " sớm hơn hạn sản phẩm, nên theo hạn sản phẩm " + date::vi(last);
        r.explanation_en = "Hand-in: " + what_en + " is earlier than the product's deadline, so its deadline " +
                           date::vi(last) + " applies";
    } else {
        r.explanation_vi = "Nộp về UBND huyện (qua Phòng Nội vụ): " + what_vi + ", hạn cuối " + date::vi(last);
        r.explanation_en = "Hand in to UBND huyện via Phòng Nội vụ: " + what_en + ", last day " + date::vi(last);
    }
    r.due = last;
    return r;
}

}  // namespace kc::rules
