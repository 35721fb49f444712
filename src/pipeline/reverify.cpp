#include "pipeline/reverify.h"

#include <algorithm>
#include <filesystem>

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

std::string version_of(const Engine& e, const std::string& fingerprint) {
    return std::string(signature::k_version) + "|trust:" + fingerprint + "|as_of:" + date::iso(e.as_of);
}

}  // namespace

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
    const std::string version = version_of(e, trust_fingerprint(e.config));
    int done = 0;
    for (const auto& d : documents) {
        if (!needs_reverify(d) || e.catalog->cached(k_stage, *d.sha256, version)) continue;
        std::vector<std::string> args = {"verify_signature", "--file", fs::absolute(e.store->path_of(*d.sha256)).string(),
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
    std::string version;
    for (auto& d : docs) {
        if (!needs_reverify(d)) continue;
        if (version.empty()) version = version_of(e, trust_fingerprint(e.config));
        if (auto cached = e.catalog->cached(k_stage, *d.sha256, version)) {
            try {
                d.signature = json::signature_from(json::parse_object(*cached));
            } catch (const std::exception&) {
                // A damaged cache row: keep the recorded signature.
            }
        }
    }
}

}  // namespace kc
