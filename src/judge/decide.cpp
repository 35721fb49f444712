#include "judge/decide.h"

namespace kc::judge {
namespace {

void set_product(Document& doc, const std::string& product, const rules::RuleSet& rules) {
    if (product.empty()) return;
    doc.classification.product = product;
    const rules::Product* p = rules.product(product);
    doc.classification.criterion = p ? product.substr(0, product.find('/')) : "";
    doc.classification.status = "classified";
    doc.classification.confidence = 1;
    doc.classification.signals = {"reviewer"};
}

void correct(DocumentHeader& h, const std::string& field, const std::string& value) {
    if (field == "date") h.date = value;
    else if (field == "number") h.number = value;
    else if (field == "symbol") h.symbol = value;
    else if (field == "type") h.type = value;
    else if (field == "period") h.period = value;
    else if (field == "issuer") h.issuer = value;
    else if (field == "subject") h.subject = value;
    else if (field == "signer") h.signer = value;
}

}  // namespace

void apply_before(Document& doc, const std::vector<Decision>& decisions, const rules::RuleSet& rules) {
    for (const auto& d : decisions) {
        if (d.action == "correct") correct(doc.header, d.field, d.value);
        else if (d.action == "reclassify" || d.action == "accept") set_product(doc, d.product, rules);
    }
}

void apply_after(Document& doc, const std::vector<Decision>& decisions) {
    const Decision* last = nullptr;
    for (const auto& d : decisions)
        if (d.action == "accept" || d.action == "reject" || d.action == "withdraw") last = &d;
    if (!last) return;
    const std::string who = last->by + " " + last->at.substr(0, 10) + ": " + last->comment;
    if (last->action == "accept") {
        doc.verdict = "accepted";
        doc.reasons.push_back(make_reason(ReasonCode::REVIEWER_ACCEPTED, who));
    } else if (last->action == "reject") {
        doc.verdict = "rejected";
        doc.reasons.push_back(make_reason(ReasonCode::REVIEWER_REJECTED, who));
    } else {
        doc.verdict = "rejected";
        doc.reasons.push_back(make_reason(ReasonCode::WITHDRAWN, who));
    }
}

bool is_withdrawn(const Document& doc) { return has_reason(doc.reasons, ReasonCode::WITHDRAWN); }

}  // namespace kc::judge
