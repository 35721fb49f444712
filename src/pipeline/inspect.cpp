#include "pipeline/inspect.h"

#include <sstream>

#include "core/model_json.h"
#include "pipeline/page_ocr.h"
#include "report/index.h"
#include "rules/ruleset.h"
#include "signature/verify.h"
#include "supervise/supervisor.h"
#include "understand/classify.h"
#include "understand/header.h"
#include "util/hash.h"

namespace kc {
namespace fs = std::filesystem;
namespace {

supervise::ChildLimits limits_of(const Config& c) {
    return {c.limits.child_memory_bytes, c.limits.child_cpu_seconds, c.limits.child_wall_seconds};
}

Result<SignatureResult> signature_in_child(const Config& c, const fs::path& file, const Date& as_of) {
    supervise::Supervisor sup;
    auto out = sup.run({"verify_signature", "--file", fs::absolute(file).string(), "--trust", c.trust_dir.string(),
                        "--as-of", date::iso(as_of), "--unmasked", c.mask_identifiers ? "0" : "1"},
                       limits_of(c));
    if (!out.ok) return Error{out.reason->code, out.reason->detail};
    return json::signature_from(json::parse_object(out.output));
}

}  // namespace

Result<std::string> inspect_file(const Config& c, const fs::path& file, const Date& as_of) {
    auto sha = hash::sha256_file(file);
    if (!sha) return Error{"RUN", file.string() + ": cannot be read"};
    auto rules = rules::load_ruleset(c.rules_dir, c.rules_id);
    if (!rules) return Error{"CONFIG", rules.error().detail};
    supervise::Supervisor sup;
    // PDF pages needing OCR are OCR'd one child per page, `workers` at a time,
    // each under extract.seconds_per_page (pipeline/page_ocr.h).
    auto out = sup.run({"extract", "--file", fs::absolute(file).string(), "--max-pages", std::to_string(c.limits.max_pages),
                        "--defer-ocr", "1"},
                       limits_of(c));
    Analysis a;
    std::vector<Reason> reasons;
    if (out.ok) {
        a = json::analysis_from(json::parse_object(out.output));
        Slots slots(worker_count(c.workers));
        ocr_pending_pages(sup, slots, fs::absolute(file).string(), c.limits, a);
    } else
        reasons.push_back(*out.reason);
    reasons.insert(reasons.end(), a.reasons.begin(), a.reasons.end());
    SignatureResult sig;
    if (a.format == "pdf") {
        auto s = signature_in_child(c, file, as_of);
        if (s) sig = s.value();
        else sig.status = "indeterminate", reasons.push_back(make_reason(s.error().code, s.error().detail));
    }
    std::string text, head;
    for (const auto& p : a.pages) {
        text += p.text + "\n";
        if (head.size() < 6000) head += p.text + "\n";
    }
    auto parsed = understand::parse_header(head);
    understand::ClassifyInput in{file.filename().string(), parsed.header, text, a.format, ""};
    auto candidates = understand::classify(in, rules.value());

    auto o = json::ordered();
    o->set("file", file.filename().string());
    o->set("sha256", *sha);
    o->set("as_of", date::iso(as_of));
    o->set("format", a.format);
    o->set("text_source", a.text_source);
    o->set("text", text);
    auto analysis = json::to_json(a);
    o->set("pages", analysis->getArray("pages"));
    o->set("header", json::to_json(parsed.header));
    Classification primary;
    if (!candidates.empty()) primary = candidates.front();
    o->set("classification", json::to_json(primary));
    Poco::JSON::Array::Ptr all = new Poco::JSON::Array;
    for (const auto& cl : candidates)
        if (cl.status != "unclassified") all->add(json::to_json(cl));
    o->set("classifications", all);
    o->set("signature", json::to_json(sig));
    o->set("reasons", json::to_json(reasons));
    return json::stringify(o, true) + "\n";
}

Result<SignatureReport> verify_signature_file(const Config& c, const fs::path& file, const Date& as_of,
                                              const std::string& format) {
    if (!fs::exists(file)) return Error{"RUN", file.string() + ": no such file"};
    SignatureReport r;
    SignatureResult sig;
    auto s = signature_in_child(c, file, as_of);
    if (s) {
        sig = s.value();
    } else {
        sig.status = "indeterminate";
        sig.signers.clear();
    }
    r.all_valid = sig.status == "valid" && !sig.signers.empty();
    auto o = json::ordered();
    o->set("status", sig.status);
    auto sj = json::to_json(sig);
    o->set("signatures", sj->getArray("signers"));
    // Nghị định 30/2020: the agency's and the person's signature (agency_or_person is a heuristic).
    const auto kinds = signature::signer_kinds_present(sig);
    auto present = json::ordered();
    present->set("agency", kinds.agency);
    present->set("agency_valid", kinds.agency_valid);
    present->set("person", kinds.person);
    present->set("person_valid", kinds.person_valid);
    o->set("present", present);
    if (!s) o->set("reasons", json::to_json(std::vector<Reason>{make_reason(s.error().code, s.error().detail)}));
    if (format == "text") {
        std::ostringstream os;
        os << "Trạng thái / status: " << sig.status << "\n";
        int n = 0;
        for (const auto& si : sig.signers) {
            os << "#" << ++n << " " << si.status << " — " << si.subject << "\n";
            if (!si.signed_at.empty()) os << "   ký lúc / signed at: " << si.signed_at << " (" << si.time_source << ")\n";
            for (const auto& note : si.notes) os << "   " << note << "\n";
        }
        auto yes = [](bool b) { return b ? "có / yes" : "không / no"; };
        os << "Chữ ký cơ quan / agency signature: " << yes(kinds.agency) << " (hợp lệ / valid: " << yes(kinds.agency_valid)
           << ") · chữ ký cá nhân / person signature: " << yes(kinds.person) << " (hợp lệ / valid: "
           << yes(kinds.person_valid) << ")\n";
        r.text = os.str();
    } else {
        r.text = json::stringify(o, true) + "\n";
    }
    return r;
}

}  // namespace kc
