#include <set>
#include <sstream>

#include "dossier/appraisal.h"
#include "dossier/explain.h"
#include "report/appraisal_compare.h"
#include "report/index.h"

namespace kc::dossier {
namespace {

std::string pts(double v) { return report::format_points(v); }
std::string signed_pts(double v) { return (v > 0 ? "+" : "") + pts(v); }

std::string verdict_text(const std::string& v, bool en) {
    if (en) return v;
    if (v == "accepted") return "đạt";
    if (v == "rejected") return "không đạt";
    if (v == "needs_review") return "cần xem xét";
    return v;
}

}  // namespace

std::string appraisal_report(const rules::RuleSet& rules, const judge::Judgement& j, bool en) {
    std::ostringstream os;
    DocumentsById docs;
    for (const auto& d : j.documents) docs[d.id] = &d;
    bool any_unit = false;
    for (const auto& uv : j.units) {
        const auto ap = report::compare_appraisal(uv, j.appraisals);
        if (!ap.total) continue;
        any_unit = true;
        os << (en ? "Appraisal result — " : "Kết quả thẩm định — ") << uv.unit->name << " (" << rules.id << "), "
           << (en ? "as of " : "tính đến ngày ") << date::vi(j.as_of) << "\n";
        os << (en ? "Imported: " : "Nhập lúc: ") << ap.imported_at << "\n";
        os << (en ? "Total: self-score " : "Tổng: tự chấm ") << pts(ap.total->self) << (en ? ", appraised " : ", thẩm định ")
           << pts(ap.total->appraised) << (en ? ", difference " : ", chênh lệch ") << signed_pts(ap.total->difference);
        if (!ap.complete) os << (en ? " (not every group appraised yet)" : " (chưa có điểm thẩm định của mọi lĩnh vực)");
        os << "\n\n" << (en ? "Groups:" : "Lĩnh vực:") << "\n";
        for (const auto& [code, g] : ap.groups) {
            const rules::Criterion* c = rules.criterion(code);
            os << "  " << code << "  " << (c ? c->title : "") << ": " << (en ? "self " : "tự chấm ") << pts(g.self)
               << (en ? ", appraised " : ", thẩm định ") << pts(g.appraised) << (en ? ", difference " : ", chênh lệch ")
               << signed_pts(g.difference) << "\n";
        }
        os << "\n" << (en ? "Criteria where points were lost:" : "Các tiêu chí bị trừ điểm:") << "\n";
        int lost = 0;
        for (const auto& cv : uv.criteria) {
            auto it = ap.criteria.find(cv.criterion->code);
            if (it == ap.criteria.end() || it->second.derived || it->second.difference >= 0) continue;
            ++lost;
            const auto& a = it->second;
            os << "\n  " << cv.criterion->code << "  " << cv.criterion->title << "\n";
            os << "     " << (en ? "self-score " : "tự chấm ") << pts(a.self) << " / " << pts(cv.points_max)
               << (en ? ", appraised " : ", thẩm định ") << pts(a.appraised) << (en ? ", lost " : ", bị trừ ")
               << pts(-a.difference) << "\n";
            if (a.row && !a.row->comment.empty())
                os << "     " << (en ? "Province's remark: " : "Nhận xét của tỉnh: ") << a.row->comment << "\n";
            os << "     " << (en ? "Evidence submitted:" : "Tài liệu kiểm chứng đã nộp:") << "\n";
            std::set<std::string> seen;
            int n = 0;
            for (const auto& pv : cv.products)
                for (const auto& e : pv.evidence) {
                    if (!seen.insert(e.sha256.empty() ? e.document : e.sha256).second) continue;
                    auto d = docs.find(e.document);
                    if (d == docs.end()) continue;
                    const Document& doc = *d->second;
                    os << "       - " << document_label(doc);
                    if (auto dt = date::parse_iso(doc.header.date)) os << (en ? " of " : " ngày ") << date::vi(*dt);
                    if (!doc.header.issuer.empty()) os << ", " << doc.header.issuer;
                    os << " [" << verdict_text(e.status, en) << "] (" << doc.id << ")\n";
                    ++n;
                }
            if (n == 0) os << "       " << (en ? "(none)" : "(không có tài liệu nào)") << "\n";
        }
        if (lost == 0) os << "  " << (en ? "(none)" : "(không có)") << "\n";
        os << "\n";
    }
    if (!any_unit)
        os << (en ? "No appraisal imported yet (kiemchung appraisal import FILE).\n"
                  : "Chưa nhập kết quả thẩm định (kiemchung appraisal import FILE).\n");
    return os.str();
}

}  // namespace kc::dossier
