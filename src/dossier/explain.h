// dossier/explain.h — the explanation (giải trình) of one criterion, drafted
// from its verdict. Pure. Vietnamese is what goes into the dossier; the English
// draft is kept beside it for the English report.
//
// Drafted, one sentence per finding, in this order:
//  - not arising (status not_applicable): "Không phát sinh …" (the document
//    named in the fact, if any);
//  - value entered (threshold/formula/count/survey): "Số liệu tự đánh giá: V";
//    no value yet: "Chưa có số liệu …";
//  - per product: missing ("Chưa có tài liệu kiểm chứng … (hạn dd/mm/yyyy)"),
//    partial ("Mới có x/y …"), late (a rejected document whose reasons say
//    LATE_DOCUMENT_DATE / SIGNED_AFTER_DEADLINE / SUBMITTED_LATE: "Văn bản số …
//    ban hành/nộp sau thời hạn …"), other rejections (the reason's own message),
//    waiting for review, not yet due;
//  - nothing (empty) for a criterion with its full points.
// A criterion whose parent is not arising gets no draft (the parent carries it).
#pragma once
#include <map>
#include <string>

#include "dossier/dossier.h"

namespace kc::dossier {

using DocumentsById = std::map<std::string, const Document*>;

Explanation draft_explanation(const judge::CriterionVerdict& cv, const DocumentsById& documents);

// "191/KH-UBND" of a document (number/symbol of its header), or its id when it has none.
std::string document_label(const Document& d);

}  // namespace kc::dossier
