#include "dossier/explain.h"

#include <set>

#include "dossier/naming.h"
#include "report/index.h"

namespace kc::dossier {
namespace {

struct Draft {
    std::string vi, en;
    void add(const std::string& v, const std::string& e) {
        if (!vi.empty()) vi += " ", en += " ";
        vi += v;
        en += e;
    }
};

std::string due_text(const judge::ProductVerdict& pv) {
    return pv.due.empty() ? "" : date::vi(pv.due.back());
}

bool is_late(const Reason& r) {
    return r.code == "LATE_DOCUMENT_DATE" || r.code == "SIGNED_AFTER_DEADLINE" || r.code == "SUBMITTED_LATE";
}

std::string quoted(const std::string& s) { return "\u201C" + s + "\u201D"; }

std::string doc_with_date(const Document& d) {
    std::string s = document_label(d);
    if (auto dt = date::parse_iso(d.header.date)) s += " ngày " + date::vi(*dt);
    return s;
}

std::string doc_with_date_en(const Document& d) {
    std::string s = document_label(d);
    if (auto dt = date::parse_iso(d.header.date)) s += " of " + date::vi(*dt);
    return s;
}

void explain_product(const judge::ProductVerdict& pv, const DocumentsById& docs, Draft& out) {
    const std::string title = quoted(pv.product->title);
    const std::string due = due_text(pv);
    if (pv.status == "missing" || pv.status == "no_deadline") {
        out.add("Chưa có tài liệu kiểm chứng cho " + title + (due.empty() ? "" : " (hạn " + due + ")") + ".",
                "No evidence for " + title + (due.empty() ? "" : " (due " + due + ")") + ".");
    } else if (pv.status == "not_due") {
        out.add("Sản phẩm " + title + " chưa đến hạn (hạn " + due + ").",
                "Product " + title + " is not due yet (due " + due + ").");
    } else if (pv.status == "partial") {
        std::string counts;
        for (const auto& r : pv.reasons)
            if (r.code == "MISSING") counts = r.detail;
        out.add("Mới có " + (counts.empty() ? "một phần" : counts) + " tài liệu kiểm chứng cho " + title + ".",
                "Only " + (counts.empty() ? "part" : counts) + " of the evidence for " + title + " is in.");
    } else if (pv.status == "needs_review") {
        out.add("Tài liệu kiểm chứng cho " + title + " đang chờ xem xét.",
                "The evidence for " + title + " is waiting for review.");
    }
    if (pv.status != "rejected" && pv.status != "partial") return;
    std::set<std::string> seen;
    for (const auto& e : pv.evidence) {
        if (e.status != "rejected" || !seen.insert(e.sha256).second) continue;
        auto it = docs.find(e.document);
        if (it == docs.end()) continue;
        const Document& d = *it->second;
        bool late = false;
        for (const auto& r : d.reasons)
            if (is_late(r)) late = true;
        if (late) {
            out.add("Văn bản số " + doc_with_date(d) + " (" + title + ") ban hành hoặc nộp sau thời hạn" +
                        (due.empty() ? "" : " " + due) + ".",
                    "Document No. " + doc_with_date_en(d) + " (" + title + ") was issued or handed in after the deadline" +
                        (due.empty() ? "" : " " + due) + ".");
            continue;
        }
        std::string vi, en;
        for (const auto& r : d.reasons) {
            if (r.code == "DUPLICATE" || r.code == "REVIEWER_ACCEPTED") continue;
            vi += (vi.empty() ? "" : "; ") + r.vi;
            en += (en.empty() ? "" : "; ") + r.en;
        }
        out.add("Văn bản số " + doc_with_date(d) + " (" + title + ") chưa đạt yêu cầu" + (vi.empty() ? "" : ": " + vi) + ".",
                "Document No. " + doc_with_date_en(d) + " (" + title + ") was not accepted" + (en.empty() ? "" : ": " + en) +
                    ".");
    }
}

}  // namespace

std::string document_label(const Document& d) {
    auto ns = number_symbol(d.header.number, d.header.symbol);
    return ns.empty() ? d.id : ns;
}

Explanation draft_explanation(const judge::CriterionVerdict& cv, const DocumentsById& documents) {
    Draft out;
    if (cv.status == "not_applicable") {
        std::string doc;
        for (const auto& r : cv.reasons)
            if (r.code == "NOT_ARISING" && !r.detail.empty()) doc = r.detail;
        if (auto it = documents.find(doc); it != documents.end()) doc = document_label(*it->second);
        out.add("Không phát sinh nhiệm vụ trong năm đánh giá, đề nghị không tính điểm tiêu chí này" +
                    (doc.empty() ? std::string() : " (căn cứ văn bản " + doc + ")") + ".",
                "The task did not arise in the assessed year; we ask that this criterion not be scored" +
                    (doc.empty() ? std::string() : " (see document " + doc + ")") + ".");
        return {out.vi, out.en, false};
    }
    const auto& scoring = cv.criterion->scoring;
    const bool valued = scoring == "threshold" || scoring == "formula" || scoring == "count" || scoring == "survey";
    if (valued && !cv.value.empty()) {
        std::string doc = cv.value_document;
        if (auto it = documents.find(doc); it != documents.end()) doc = document_label(*it->second);
        out.add("Số liệu tự đánh giá: " + cv.value + (doc.empty() ? "" : " (căn cứ văn bản " + doc + ")") + ".",
                "Self-assessed value: " + cv.value + (doc.empty() ? "" : " (document " + doc + ")") + ".");
        for (const auto& r : cv.reasons)
            if (r.code == "THRESHOLD_NOT_MET") out.add(r.vi + ".", r.en + ".");
    } else if (valued || cv.status == "value_needed") {
        out.add("Chưa có số liệu để tự chấm điểm tiêu chí này.", "No value has been entered for this criterion yet.");
    }
    if (cv.status == "accepted" && cv.points_provisional >= cv.points_max) return {out.vi, out.en, false};
    for (const auto& pv : cv.products) explain_product(pv, documents, out);
    return {out.vi, out.en, false};
}

}  // namespace kc::dossier
