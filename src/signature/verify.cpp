#include "signature/verify.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <set>

#include "core/model_json.h"
#include "signature/byte_range.h"
#include "signature/certificate.h"
#include "signature/cms_verify.h"
#include "signature/incremental_updates.h"
#include "signature/ocsp.h"
#include "signature/pdf_signatures.h"
#include "signature/revocation.h"

namespace kc::signature {
namespace {

constexpr const char* k_statuses[] = {"valid", "untrusted", "indeterminate", "expired", "modified",
                                      "invalid"};

std::string worst(const std::string& a, const std::string& b) {
    return status_rank(a) >= status_rank(b) ? a : b;
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

// Where the signing time comes from decides how much it can be trusted, so the
// source is reported with it (domain README §3).
struct SigningTime {
    std::optional<std::int64_t> at;
    std::string source;
};

SigningTime pick_time(const CmsFacts& cms, const SignatureDict& dict) {
    if (cms.timestamp_time) return {cms.timestamp_time, "timestamp"};
    if (cms.signing_time) return {cms.signing_time, "signing_time"};
    if (auto m = parse_pdf_date(dict.claimed_time)) return {m, "claimed"};
    return {};
}

std::int64_t end_of_day_vn(const kc::Date& d) {
    using namespace std::chrono;
    // 23:59:59 in UTC+7 of that calendar day.
    return sys_days{d}.time_since_epoch().count() * 86400LL + 86399 - 7 * 3600;
}

// Every piece of revocation evidence for the signer: trust-directory CRLs, CRLs and
// OCSP responses in the PDF, and the AIA responder when the deployment allows network
// and nothing offline settled the question.
std::vector<RevocationEvidence> gather_revocation(const CmsFacts& cms, const PdfSignatures& pdf,
                                                  const TrustStore& trust, const std::vector<std::string>& pool,
                                                  std::int64_t validation_time,
                                                  std::optional<std::int64_t> signing_time) {
    std::vector<RevocationEvidence> out;
    const auto& leaf = cms.signer_cert_der;
    auto from_crl = [&](const RevocationCheck& c, const std::string& source, bool deployment) {
        if (c.status == Revocation::not_checked) {
            if (c.detail != "no CRL for the issuer")
                out.push_back({RevocationEvidence::Kind::unusable, source, deployment, 0, {}, 0, "", c.detail});
            return;
        }
        RevocationEvidence e;
        e.kind = c.status == Revocation::revoked ? RevocationEvidence::Kind::revoked : RevocationEvidence::Kind::good;
        e.source = source;
        e.deployment = deployment;
        e.issued = c.this_update;
        e.next_update = c.next_update;
        e.revoked_at = c.revoked_at;
        e.reason = c.reason;
        out.push_back(std::move(e));
    };
    if (!trust.crls.empty()) from_crl(check_revocation(leaf, pool, trust.anchors, trust.crls), "CRL", true);
    std::vector<std::string> embedded_crls = cms.archived_crls;
    embedded_crls.insert(embedded_crls.end(), pdf.dss_crls.begin(), pdf.dss_crls.end());
    if (!embedded_crls.empty())
        from_crl(check_revocation(leaf, pool, trust.anchors, {}, embedded_crls), "CRL in the PDF", false);
    auto from_ocsp = [&](const std::string& der, const std::string& source) {
        const auto o = check_ocsp_response(der, leaf, pool, trust.anchors);
        RevocationEvidence e;
        e.source = source;
        e.issued = o.this_update;
        e.next_update = o.next_update;
        switch (o.status) {
            case OcspEvidence::Status::good: e.kind = RevocationEvidence::Kind::good; break;
            case OcspEvidence::Status::revoked:
                e.kind = RevocationEvidence::Kind::revoked;
                e.revoked_at = o.revoked_at;
                e.reason = o.reason;
                break;
            case OcspEvidence::Status::unknown:
            case OcspEvidence::Status::unusable:
                // A response about another certificate (a DSS serves every signature) is
                // not evidence at all: skip it silently.
                if (o.detail == "OCSP response is about another certificate") return;
                e.kind = RevocationEvidence::Kind::unusable;
                e.detail = o.detail;
                break;
        }
        out.push_back(std::move(e));
    };
    for (const auto& der : cms.archived_ocsps) from_ocsp(der, "OCSP, signed attribute");
    for (const auto& der : pdf.dss_ocsps) from_ocsp(der, "OCSP, DSS");
    if (trust.ocsp_fetch) {
        const auto offline = judge_revocation(out, signing_time, validation_time);
        if (offline.outcome == RevocationVerdict::Outcome::not_checked) {
            const auto fetched = fetch_ocsp(leaf, pool, trust.anchors, trust.ocsp_timeout_seconds);
            if (fetched.response_der.empty())
                out.push_back({RevocationEvidence::Kind::unusable, "OCSP, online", false, 0, {}, 0, "", fetched.error});
            else
                from_ocsp(fetched.response_der, "OCSP, online");
        }
    }
    return out;
}

SignerInfo verify_one(std::string_view bytes, const SignatureDict& dict, const PdfSignatures& pdf,
                      const TrustStore& trust, const Options& options) {
    SignerInfo si;
    si.field = dict.field;
    si.subfilter = dict.subfilter;
    si.byte_range.assign(dict.byte_range.begin(), dict.byte_range.end());
    auto finish = [&](const char* status, const std::string& note) {
        si.status = worst(si.status.empty() ? "valid" : si.status, status);
        if (!note.empty()) si.notes.push_back(note);
        return si;
    };

    // 1. Which bytes are signed. A bad ByteRange makes everything else meaningless.
    if (!dict.byte_range_well_formed) return finish("invalid", "ByteRange sai dạng / ByteRange: not an array of integers");
    const auto spans = find_contents_spans(bytes, dict.contents);
    const auto check = check_byte_range(dict.byte_range, static_cast<std::int64_t>(bytes.size()),
                                        choose_contents_span(spans, dict.byte_range));
    if (!check.ok) return finish("invalid", "ByteRange không hợp lệ / ByteRange: " + check.problem);
    si.signed_revision_is_last = check.signed_revision_is_last;
    si.whole_file = check.signed_revision_is_last;
    if (!check.signed_revision_is_last) {
        // Unsigned bytes are only acceptable as later revisions appended to a
        // complete signed one.
        if (!ends_at_revision_boundary(bytes, check.signed_end))
            return finish("invalid", "vùng được ký không kết thúc ở ranh giới phiên bản / ByteRange: signed range does not end at a revision boundary");
        auto updates = analyse_later_updates(bytes, check.signed_end);
        si.later_changes = updates.changes;
        if (updates.modified()) {
            std::string what;
            for (const auto& d : updates.disallowed) what += (what.empty() ? "" : "; ") + d;
            si.status = "modified";
            si.notes.push_back("nội dung bị thay đổi sau khi ký / changed after signing: " + what);
        } else if (!updates.changes.empty()) {
            std::string what;
            for (const auto& c : updates.changes) what += (what.empty() ? "" : "; ") + c;
            si.notes.push_back("thay đổi được phép sau khi ký / allowed changes after signing: " + what);
        }
    }

    // 2. Integrity of the CMS over those bytes.
    ContentKind kind;
    if (dict.subfilter == "adbe.pkcs7.detached" || dict.subfilter == "ETSI.CAdES.detached")
        kind = ContentKind::detached;
    else if (dict.subfilter == "adbe.pkcs7.sha1")
        kind = ContentKind::sha1_digest;
    else
        return finish("indeterminate", "kiểu chữ ký chưa hỗ trợ / unsupported SubFilter: " +
                                           (dict.subfilter.empty() ? std::string("(none)") : dict.subfilter));
    if (dict.contents.empty()) return finish("indeterminate", "chữ ký rỗng / empty /Contents");
    const auto& br = dict.byte_range;
    std::string signed_bytes;
    signed_bytes.reserve(static_cast<std::size_t>(br[1] + br[3]));
    signed_bytes.append(bytes.substr(static_cast<std::size_t>(br[0]), static_cast<std::size_t>(br[1])));
    signed_bytes.append(bytes.substr(static_cast<std::size_t>(br[2]), static_cast<std::size_t>(br[3])));
    const auto cms = verify_cms(dict.contents, signed_bytes, kind);
    switch (cms.integrity) {
        case Integrity::ok: break;
        case Integrity::mismatch: return finish("invalid", "chữ ký không khớp nội dung / signature does not match: " + cms.detail);
        case Integrity::unreadable: return finish("invalid", "không đọc được chữ ký / " + cms.detail);
        case Integrity::unsupported: return finish("indeterminate", "thuật toán chưa hỗ trợ / unsupported algorithm: " + cms.detail);
    }
    if (!cms.digest_algorithm.empty()) si.notes.push_back("hàm băm / digest " + cms.digest_algorithm);

    // 3. When it was signed.
    const auto when = pick_time(cms, dict);
    if (when.at) {
        si.signed_at = kc::date::timestamp_vn(*when.at);
        si.time_source = when.source;
    }
    if (!cms.timestamp_note.empty()) si.notes.push_back("dấu thời gian không dùng được / " + cms.timestamp_note);
    if (cms.timestamp_time && cms.signing_time && *cms.signing_time > *cms.timestamp_time + 300)
        si.notes.push_back("thời điểm ký khai báo muộn hơn dấu thời gian / signingTime is later than the timestamp");

    // 4. Who signed, and whether we trust them at that time.
    if (cms.signer_cert_der.empty()) return finish("indeterminate", "chữ ký không kèm chứng thư của người ký / signer certificate not in the signature");
    const auto cert = describe_certificate(cms.signer_cert_der, options.mask_identifiers);
    if (!cert.readable) return finish("indeterminate", "không đọc được chứng thư của người ký / signer certificate unreadable");
    si.subject = cert.subject;
    si.issuer = cert.issuer;
    si.serial = cert.serial;
    si.not_before = kc::date::timestamp_vn(cert.not_before);
    si.not_after = kc::date::timestamp_vn(cert.not_after);
    si.agency_or_person = cert.agency_or_person;
    if (cert.agency_or_person != "unknown") si.notes.push_back("phân biệt tổ chức/cá nhân là suy đoán / agency_or_person is a heuristic");

    const std::int64_t validation_time = options.as_of ? end_of_day_vn(*options.as_of) : kc::date::now_unix();
    std::int64_t check_at = validation_time;
    if (when.at) {
        if (options.as_of && *when.at > check_at) si.notes.push_back("thời điểm ký sau ngày xét / signing time is after as_of");
        check_at = *when.at;
    } else {
        si.notes.push_back("không có thời điểm ký: chứng thư được xét tại thời điểm kiểm tra / no signing time: certificate checked at the validation time");
    }
    if (when.source == "claimed")
        si.notes.push_back("thời điểm ký chỉ do tệp tự khai (/M) / signing time is only claimed by the document (/M)");

    bool time_proven = false;  // by a timestamp whose authority chains to an anchor
    if (cms.timestamp_time) {
        const auto tsa = check_chain(cms.tsa_cert_der, cms.tsa_certs_der, trust.anchors, *cms.timestamp_time);
        time_proven = tsa.status == ChainStatus::trusted;
        if (tsa.status != ChainStatus::trusted)
            si.notes.push_back("đơn vị cấp dấu thời gian không được tin cậy / timestamp authority not trusted: " + tsa.detail);
        else
            si.notes.push_back("dấu thời gian hợp lệ, đơn vị cấp được tin cậy / timestamp verified: imprint matches, authority chains to a trust anchor");
    }
    // Helper certificates: the CMS's own, then the DSS's (PAdES LTV stores chains there).
    auto pool = cms.certs_der;
    pool.insert(pool.end(), pdf.dss_certs.begin(), pdf.dss_certs.end());
    const auto chain = check_chain(cms.signer_cert_der, pool, trust.anchors, check_at);
    if (!cert.key_usage_ok)
        finish("indeterminate", "mục đích sử dụng khóa không cho phép ký / certificate key usage does not allow signing");
    if (chain.status != ChainStatus::untrusted) {
        const auto rev = judge_revocation(gather_revocation(cms, pdf, trust, pool, validation_time, when.at),
                                          when.at, validation_time);
        const auto origin = [&] {
            return (rev.reason.empty() ? std::string() : rev.reason + "; ") + "source " + rev.source;
        };
        for (const auto& why : rev.set_aside) si.notes.push_back("bỏ qua dữ liệu thu hồi / revocation data set aside: " + why);
        switch (rev.outcome) {
            case RevocationVerdict::Outcome::not_checked:
                si.notes.push_back(std::string("chưa kiểm tra được tình trạng thu hồi / revocation not checked: ") +
                                   (rev.set_aside.empty() ? "no CRL or OCSP response for the certificate"
                                                          : "no usable CRL or OCSP response"));
                break;
            case RevocationVerdict::Outcome::good:
                si.notes.push_back(rev.source == "CRL"
                                       ? std::string("đã kiểm tra CRL: chưa bị thu hồi / revocation checked against a CRL: not revoked")
                                       : "đã kiểm tra: chưa bị thu hồi / revocation checked: not revoked (" + rev.source + ", issued " +
                                             kc::date::timestamp_vn(rev.issued) + ")");
                break;
            case RevocationVerdict::Outcome::revoked_before:
                return finish("invalid", "chứng thư bị thu hồi trước thời điểm ký / certificate revoked on " + kc::date::timestamp_vn(rev.revoked_at) + " (" +
                                             origin() + "), before the signing time");
            case RevocationVerdict::Outcome::revoked_after:
                si.notes.push_back("chứng thư bị thu hồi sau thời điểm ký / certificate revoked on " + kc::date::timestamp_vn(rev.revoked_at) + " (" +
                                   origin() + "), after the signing time");
                if (!time_proven)
                    finish("indeterminate", "không có dấu thời gian tin cậy để chứng minh ký trước khi thu hồi / signing before the revocation is not proven without a trusted timestamp");
                break;
        }
    }
    switch (chain.status) {
        case ChainStatus::trusted: return finish("valid", "");
        case ChainStatus::expired: return finish("expired", "chứng thư không còn hiệu lực tại thời điểm ký / certificate not valid at signing time: " + chain.detail);
        case ChainStatus::untrusted: return finish("untrusted", "chứng thư không dẫn tới gốc tin cậy nào / no chain to a trust anchor: " + chain.detail);
    }
    return finish("indeterminate", "");
}

std::string trim(std::string s) {
    const auto b = s.find_first_not_of(" \t\r\"'");
    const auto e = s.find_last_not_of(" \t\r\"'");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

// `key: value` (or `key = value`) lines; `#` starts a comment.
void read_revocation_conf(const std::filesystem::path& file, TrustStore& t) {
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
        line = line.substr(0, line.find('#'));
        const auto sep = line.find_first_of(":=");
        if (sep == std::string::npos) continue;
        const auto key = lower(trim(line.substr(0, sep)));
        const auto value = lower(trim(line.substr(sep + 1)));
        if (key == "ocsp_fetch") t.ocsp_fetch = value == "yes" || value == "true" || value == "on" || value == "1";
        if (key == "ocsp_timeout_seconds") {
            try {
                t.ocsp_timeout_seconds = std::clamp(std::stoi(value), 1, 60);
            } catch (const std::exception&) {
            }
        }
    }
}

}  // namespace

int status_rank(const std::string& status) {
    for (int i = 0; i < static_cast<int>(std::size(k_statuses)); ++i)
        if (status == k_statuses[i]) return i;
    return static_cast<int>(std::size(k_statuses)) - 1;
}

std::optional<kc::ReasonCode> reason_for(const std::string& status) {
    using kc::ReasonCode;
    if (status == "absent") return ReasonCode::UNSIGNED;
    if (status == "invalid") return ReasonCode::SIGNATURE_INVALID;
    if (status == "modified") return ReasonCode::MODIFIED_AFTER_SIGNING;
    if (status == "expired") return ReasonCode::CERT_EXPIRED;
    if (status == "untrusted") return ReasonCode::SIGNATURE_UNTRUSTED;
    if (status == "indeterminate") return ReasonCode::SIGNATURE_INDETERMINATE;
    if (status == "valid") return std::nullopt;
    return ReasonCode::SIGNATURE_INVALID;  // an unknown status is never good news
}

TrustStore load_trust_dir(const std::filesystem::path& dir) {
    TrustStore t;
    std::error_code ec;
    static const std::set<std::string> k_ext = {".pem", ".crt", ".cer", ".der"};
    for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (!it->is_regular_file(ec)) continue;
        const auto ext = lower(it->path().extension().string());
        if (k_ext.count(ext)) t.anchors.push_back(it->path());
        if (ext == ".crl") t.crls.push_back(it->path());
    }
    std::sort(t.anchors.begin(), t.anchors.end());
    std::sort(t.crls.begin(), t.crls.end());
    read_revocation_conf(dir / "revocation.conf", t);
    return t;
}

kc::SignatureResult verify_pdf_bytes(std::string_view bytes, const TrustStore& trust,
                                     const Options& options) {
    kc::SignatureResult result;
    const auto found = find_signatures(bytes);
    if (!found.readable) {
        // Without a /ByteRange anywhere the file was never signed (most unreadable
        // files here are encrypted with a user password).
        if (bytes.find("/ByteRange") == std::string_view::npos) return result;
        result.status = "indeterminate";
        return result;
    }
    int doc_timestamps = 0;
    for (const auto& dict : found.signatures) {
        if (dict.type == "DocTimeStamp" || dict.subfilter == "ETSI.RFC3161") {
            ++doc_timestamps;
            continue;
        }
        result.signers.push_back(verify_one(bytes, dict, found, trust, options));
    }
    if (result.signers.empty()) return result;  // "absent"
    result.status = "valid";
    for (auto& si : result.signers) {
        if (doc_timestamps > 0)
            si.notes.push_back("có dấu thời gian tài liệu chưa được kiểm tra / document has " + std::to_string(doc_timestamps) +
                               " document timestamp(s), not verified");
        result.status = worst(result.status, si.status);
    }
    return result;
}

kc::SignatureResult verify_pdf(const std::filesystem::path& pdf, const TrustStore& trust,
                               const Options& options) {
    std::ifstream in(pdf, std::ios::binary);
    if (!in) {
        kc::SignatureResult r;
        r.status = "indeterminate";
        return r;
    }
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return verify_pdf_bytes(bytes, trust, options);
}

Poco::JSON::Object::Ptr to_json(const kc::SignatureResult& result) {
    auto core = kc::json::to_json(result);
    auto o = kc::json::ordered();
    o->set("version", std::string(k_version));
    o->set("status", result.status);
    o->set("signatures", core->getArray("signers"));
    const auto kinds = signer_kinds_present(result);
    auto present = kc::json::ordered();
    present->set("agency", kinds.agency);
    present->set("agency_valid", kinds.agency_valid);
    present->set("person", kinds.person);
    present->set("person_valid", kinds.person_valid);
    o->set("present", present);
    return o;
}

SignerKindsPresent signer_kinds_present(const kc::SignatureResult& result) {
    SignerKindsPresent p;
    for (const auto& si : result.signers) {
        const bool valid = si.status == "valid";
        if (si.agency_or_person == "agency") p.agency = true, p.agency_valid = p.agency_valid || valid;
        if (si.agency_or_person == "person") p.person = true, p.person_valid = p.person_valid || valid;
    }
    return p;
}

}  // namespace kc::signature
