// Visible signature stamp text ("Ký bởi:", "Cơ quan:", "Thời gian ký:", "Ngày ký:"):
// the signing tool writes it into the page, so it must not be read as layout.
#include "understand/header_parts.h"
#include "understand/text_lines.h"
#include "util/text.h"

namespace kc::understand::detail {

std::optional<StampLine> parse_stamp_line(std::string_view column) {
    struct Label {
        const char* folded;  // fold() of the label, colon included
        const char* name;
    };
    static const Label k_labels[] = {
        {"ky boi:", "signer"}, {"nguoi ky:", "signer"}, {"co quan:", "org"},   {"email:", "email"},
        {"thoi gian ky:", "time"}, {"ngay ky:", "time"}, {"ky ngay:", "time"},
    };
    std::string s = kc::text::trim(column);
    std::string f = kc::text::fold(s);
    for (auto& l : k_labels) {
        std::string lab = l.folded;
        // fold() collapses spaces; allow "Ký bởi :" too
        std::string f2 = f;
        auto sp = f2.find(" :");
        if (sp != std::string::npos) f2.erase(sp, 1);
        if (f2.rfind(lab, 0) != 0) continue;
        auto colon = s.find(':');
        if (colon == std::string::npos) continue;
        return StampLine{l.name, kc::text::trim(s.substr(colon + 1))};
    }
    return std::nullopt;
}

}  // namespace kc::understand::detail
