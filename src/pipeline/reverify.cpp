#include "pipeline/reverify.h"

#include <algorithm>
#include <filesystem>
#include <optional>

#include "core/model_json.h"
#include "signature/verify.h"
#include "util/hash.h"
#include "util/log.h"

namespace kc {
namespace fs = std::filesystem;
namespace {

constexpr const char* k_stage = "signature-reverify";

bool needs_reverify(const Document& d) {
    return d.sha256 && !d.refused && d.format == "pdf" &&
           (d.signature.status == "indeterminate" || d.signature.status == "untrusted");
}

// Whether the day matters to this document's re-verification (see reverify.h).
bool day_bound(const Document& d, bool ocsp_fetch) {
    if (ocsp_fetch) return true;
    if (d.signature.signers.empty()) return true;
    for (const auto& s : d.signature.signers)
        if (s.time_source != "timestamp" && s.time_source != "signing_time") return true;
    return false;
}

struct Key {
    std::string trust;       // trust_fingerprint()
    bool ocsp_fetch = false; // revocation.conf
};

Key key_of(const Engine& e) {
    Key k;
    k.trust = trust_fingerprint(e.config);
    if (!e.config.trust_dir.empty()) k.ocsp_fetch = signature::load_trust_dir(e.config.trust_dir).ocsp_fetch;
    return k;
}

std::string version_of(const Engine& e, const Key& k, const Document& d) {
    return reverify_version(k.trust, day_bound(d, k.ocsp_fetch) ? date::iso(e.as_of) : "");
}

}  // namespace

std::string reverify_version(const std::string& trust_fingerprint, const std::string& day) {
    std::string v = std::string(signature::k_version) + "|trust:" + trust_fingerprint;
    v += day.empty() ? "|revocation:offline" : "|revocation:day:" + day;
    return v;
}

std::string trust_fingerprint(const Config& c) {
    if (c.trust_dir.empty()) return "none";
    std::vector<std::string> lines;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(c.trust_dir, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
        if (!it->is_regular_file()) continue;
        lines.push_back(fs::relative(it->path(), c.trust_dir).generic_string() + " " +
                        hash::sha256_file(it->path()).value_or("unreadable"));
    }
    std::sort(lines.begin(), lines.end());
    std::string all;
    for (const auto& l : lines) all += l + "\n";
    return hash::sha256_hex(all);
}

int reverify_signatures(Engine& e) { return reverify_signatures(e, e.catalog->documents()); }

int reverify_signatures(Engine& e, const std::vector<Document>& documents) {
    const Key key = key_of(e);
    int done = 0;
    for (const auto& d : documents) {
        if (!needs_reverify(d)) continue;
        const std::string version = version_of(e, key, d);
        if (e.catalog->cached(k_stage, *d.sha256, version)) continue;
        std::vector<std::string> args = {"verify_signature", "--file", fs::absolute(e.store->local_path(*d.sha256)).string(),
                                         "--trust", e.config.trust_dir.string(), "--as-of", date::iso(e.as_of)};
        auto out = e.supervisor.run(args, e.child_limits());
        if (!out.ok) {
            log::warn(d.submission, d.id, "reverify_signature: " + out.reason->code);
            continue;
        }
        e.catalog->store_cached(k_stage, *d.sha256, version, out.output);
        ++done;
    }
    return done;
}

void overlay_reverified(const Engine& e, std::vector<Document>& docs) {
    std::optional<Key> key;
    for (auto& d : docs) {
        if (!needs_reverify(d)) continue;
        if (!key) key = key_of(e);
        if (auto cached = e.catalog->cached(k_stage, *d.sha256, version_of(e, *key, d))) {
            try {
                d.signature = json::signature_from(json::parse_object(*cached));
            } catch (const std::exception&) {
                // A damaged cache row: keep the recorded signature.
            }
        }
    }
}

}  // namespace kc
