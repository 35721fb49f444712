// `kiemchung review …`: reviewer decisions on document occurrences, appended
// to the catalog (never edited or erased: the table refuses UPDATE/DELETE) with
// the reviewer's name, the time and a comment. The judge applies them
// (judge/decide.h); the index, the submission reports and the nightly run show
// them beside the automatic verdict.
//   review accept|reject|reclassify|correct|withdraw DOCUMENT-ID …  → exit 0, or 2
//     (usage, unknown document or product, bad field or date: nothing recorded)
//   review list [DOCUMENT-ID]                                        → every decision, in order
//   review --help                                                    → usage on stdout, exit 0
#include <iostream>
#include <set>

#include "app/commands.h"
#include "app/setup.h"
#include "pipeline/engine.h"

namespace kc::app {
namespace {

const std::set<std::string> k_actions = {"accept", "reject", "reclassify", "correct", "withdraw"};
const std::set<std::string> k_fields = {"date", "number", "symbol", "type", "period", "issuer", "subject", "signer"};

const char* k_review_usage =
    "kiemchung review accept DOCUMENT-ID [--product P] --by NAME --comment TEXT\n"
    "kiemchung review reject DOCUMENT-ID --by NAME --comment TEXT\n"
    "kiemchung review reclassify DOCUMENT-ID --product P --by NAME --comment TEXT\n"
    "kiemchung review correct DOCUMENT-ID --field date|number|symbol|type|period|issuer|subject|signer --value V "
    "--by NAME --comment TEXT\n"
    "kiemchung review withdraw DOCUMENT-ID --by NAME --comment TEXT\n"
    "kiemchung review list [DOCUMENT-ID]\n"
    "  Chấp nhận / loại / phân loại lại / sửa trường đầu văn bản / rút tài liệu; mỗi quyết định ghi người, giờ,\n"
    "  lý do và được giữ mãi (không sửa, không xoá); kết quả tự động vẫn hiện bên cạnh.\n"
    "  Accept / reject / reclassify / correct a header field / withdraw a document; each decision keeps who,\n"
    "  when and why, forever (never edited or erased); the automatic verdict stays visible beside it.\n"
    "  DOCUMENT-ID: documents[].id in index.json (e.g. D20221120-153012-504b3d57-003). Dates YYYY-MM-DD.\n"
    "  Common options: --state DIR --config FILE. Exit: 0 recorded · 2 usage error or unknown document (nothing recorded).\n";

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

int usage(const std::string& what_vi, const std::string& what_en) {
    std::cerr << what_vi << " / " << what_en << "\n" << k_review_usage;
    return k_exit_usage;
}

bool known_document(const Catalog& c, const std::string& id) {
    for (const auto& d : c.documents())
        if (d.id == id) return true;
    return false;
}

int unknown_document(const std::string& id) {
    std::cerr << "Không có tài liệu mã \"" << id
              << "\" trong sổ theo dõi; không ghi gì. Xem mã tại documents[].id trong index.json.\n"
              << "Unknown document \"" << id
              << "\": no such id in the catalog; nothing recorded. See documents[].id in index.json.\n";
    return k_exit_usage;
}

int list_decisions(const Options& o) {
    const auto& a = o.positional;
    if (a.size() > 2) return usage("Thừa tham số", "too many arguments");
    int rc = 0;
    auto e = open_state(o, rc);
    if (!e) return rc;
    const std::string only = a.size() == 2 ? a[1] : "";
    if (!only.empty() && !known_document(*e->catalog, only)) return unknown_document(only);
    for (const auto& d : e->catalog->decisions())
        if (only.empty() || d.document == only)
            std::cout << d.seq << "\t" << d.action << "\t" << d.document << "\t" << d.product << "\t" << d.field
                      << "\t" << d.value << "\t" << d.by << "\t" << d.at << "\t" << d.comment << "\n";
    return k_exit_ok;
}

}  // namespace

const char* review_usage() { return k_review_usage; }

int cmd_review(const Options& o) {
    const auto& a = o.positional;
    if (!a.empty() && (a[0] == "help")) {
        std::cout << k_review_usage;
        return k_exit_ok;
    }
    if (!a.empty() && a[0] == "list") return list_decisions(o);
    if (a.empty() || !k_actions.count(a[0])) return usage("Thao tác không hợp lệ", "unknown or missing action");
    if (a.size() != 2) return usage("Cần đúng một mã tài liệu", "exactly one DOCUMENT-ID is needed");
    if (!o.get("by") || blank(*o.get("by"))) return usage("Thiếu --by (người thẩm định)", "missing --by (reviewer)");
    if (!o.get("comment") || blank(*o.get("comment")))
        return usage("Thiếu --comment (lý do)", "missing --comment (why)");
    Decision d;
    d.action = a[0];
    d.document = a[1];
    d.product = o.get("product").value_or("");
    d.field = o.get("field").value_or("");
    d.value = o.get("value").value_or("");
    d.by = *o.get("by");
    d.comment = *o.get("comment");
    if (d.action == "reclassify" && d.product.empty())
        return usage("reclassify cần --product", "reclassify needs --product");
    if (d.action == "correct" && (!k_fields.count(d.field) || d.value.empty()))
        return usage("correct cần --field và --value", "correct needs --field and --value");
    if (d.action == "correct" && d.field == "date" && !date::parse_iso(d.value)) {
        std::cerr << "Ngày không hợp lệ / not a date (YYYY-MM-DD): " << d.value << "\n";
        return k_exit_usage;
    }
    int rc = 0;
    auto e = open_state(o, rc);
    if (!e) return rc;
    if (!d.product.empty() && !e->rules.product(d.product)) {
        std::cerr << "Không có sản phẩm \"" << d.product << "\" trong bộ tiêu chí " << e->rules.id
                  << "; không ghi gì (xem: kiemchung rules show).\n"
                  << "Unknown product \"" << d.product << "\" in rule set " << e->rules.id
                  << "; nothing recorded (see: kiemchung rules show).\n";
        return k_exit_usage;
    }
    if (!known_document(*e->catalog, d.document)) return unknown_document(d.document);
    auto stored = e->catalog->append_decision(d);
    std::cout << "Đã ghi / recorded: #" << stored.seq << " " << stored.action << " " << stored.document << " — "
              << stored.by << " (" << stored.at << ")\n";
    return k_exit_ok;
}

}  // namespace kc::app
