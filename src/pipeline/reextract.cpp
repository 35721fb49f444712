#include "pipeline/reextract.h"

#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>

#include "core/model_json.h"
#include "extract/extract.h"
#include "pipeline/page_ocr.h"
#include "understand/classify.h"
#include "understand/header.h"
#include "util/log.h"

namespace kc {
namespace fs = std::filesystem;
namespace {

constexpr const char* k_stage = "document-reextract";
constexpr std::size_t k_header_chars = 6000;  // as ingest: the header lives on the first page(s)

bool candidate(const Document& d) { return d.sha256 && !d.refused; }

const rules::RuleSet& rules_for(const Engine& e, const std::map<std::string, std::string>& rules_of,
                                const Document& d) {
    auto it = rules_of.find(d.submission);
    if (it != rules_of.end()) {
        for (const auto& r : e.other_rules)
            if (r.id == it->second) return r;
        for (const auto& r : e.routed_rules)
            if (r.id == it->second) return r;
    }
    return e.rules;
}

std::string facts_version(const rules::RuleSet& r) { return extract_cache_version() + "|" + r.id + "|" + r.sha256; }

// The document facts that come from extraction, as ingest derives them.
Poco::JSON::Object::Ptr derive(const rules::RuleSet& rules, const Document& d, const Analysis& a) {
    std::string head, all;
    for (const auto& p : a.pages) {
        if (head.size() < k_header_chars) head += p.text + "\n";
        all += p.text + "\n";
    }
    auto o = json::ordered();
    o->set("format", a.format.empty() ? "unknown" : a.format);
    o->set("text_source", a.text_source.empty() ? "none" : a.text_source);
    o->set("pages", static_cast<int>(a.pages.size()));
    o->set("exif_date", a.exif_date);
    {
        auto header = understand::parse_header(head).header;
        understand::ClassifyInput in{d.path_in_archive, header, all, a.format, d.submitted_by};
        auto candidates = understand::classify(in, rules);
        o->set("header", json::to_json(header));
        Poco::JSON::Array::Ptr cs = new Poco::JSON::Array;
        for (const auto& c : candidates)
            if (c.status != "unclassified" && cs->size() < 5) cs->add(json::to_json(c));
        o->set("classifications", cs);
        if (!candidates.empty()) o->set("classification", json::to_json(candidates.front()));
    }
    return o;
}

void apply(Document& d, const Poco::JSON::Object::Ptr& o) {
    d.format = o->getValue<std::string>("format");
    d.text_source = o->getValue<std::string>("text_source");
    d.pages = o->getValue<int>("pages");
    d.exif_date = o->getValue<std::string>("exif_date");
    if (o->has("header")) d.header = json::header_from(o->getObject("header"));
    if (o->has("classification")) d.classification = json::classification_from(o->getObject("classification"));
    if (auto cs = o->getArray("classifications")) {
        d.classifications.clear();
        for (std::size_t i = 0; i < cs->size(); ++i) d.classifications.push_back(json::classification_from(cs->getObject(i)));
    }
}

}  // namespace

std::string extract_cache_version() {
    const char* v = std::getenv("KC_TEST_EXTRACT_VERSION");
    return v && *v ? std::string(v) : std::string(extract::k_version);
}

int reextract_stale(Engine& e, const std::vector<Document>& documents) {
    const std::string version = extract_cache_version();
    if (e.catalog->meta("extract.version").value_or("") == version) return 0;  // an ordinary night
    std::map<std::string, std::string> rules_of;
    for (const auto& s : e.catalog->submissions()) rules_of[s.id] = s.rules;
    std::set<std::string> done_sha;
    auto listed = json::parse_object(e.catalog->meta("reextract." + version).value_or("{}"));
    int done = 0;
    for (const auto& d : documents) {
        if (!candidate(d) || done_sha.count(*d.sha256)) continue;
        std::optional<std::string> cached = e.catalog->cached("extract", *d.sha256, version);
        if (cached && !listed->has(*d.sha256)) continue;  // extracted by the current extractor at ingest
        const fs::path blob = e.store->local_path(*d.sha256);
        Analysis a;
        if (cached) {
            a = json::analysis_from(json::parse_object(*cached));
        } else {
            std::error_code ec;
            if (!fs::exists(blob, ec)) {
                log::warn(d.submission, d.id, "reextract: blob missing, recorded facts kept");
                continue;
            }
            std::vector<std::string> args = {"extract", "--file", fs::absolute(blob).string(), "--defer-ocr", "1"};
            auto out = e.supervisor.run(args, e.child_limits());
            if (!out.ok) {
                log::warn(d.submission, d.id, "reextract: " + out.reason->code);
                continue;
            }
            try {
                a = json::analysis_from(json::parse_object(out.output));
                Slots slots(1);
                ocr_pending_pages(e.supervisor, slots, fs::absolute(blob).string(), e.config.limits, a);
            } catch (const std::exception& ex) {
                log::warn(d.submission, d.id, std::string("reextract answer: ") + ex.what());
                continue;
            }
            e.catalog->store_cached("extract", *d.sha256, version, json::stringify(json::to_json(a)));
            ++done;
        }
        const rules::RuleSet& rules = rules_for(e, rules_of, d);
        e.catalog->store_cached(k_stage, *d.sha256, facts_version(rules), json::stringify(derive(rules, d, a)));
        listed->set(*d.sha256, true);
        done_sha.insert(*d.sha256);
    }
    e.catalog->transaction([&] {
        e.catalog->set_meta("reextract." + version, json::stringify(listed));
        e.catalog->set_meta("extract.version", version);
    });
    return done;
}

void note_extracted(Catalog& catalog, const std::string& version) {
    auto vouched = catalog.meta("extract.version");
    if (vouched && !vouched->empty() && *vouched != version) catalog.set_meta("extract.version", "");
}

void overlay_reextracted(const Engine& e, std::vector<Document>& documents) {
    const std::string version = extract_cache_version();
    auto text = e.catalog->meta("reextract." + version);
    if (!text || *text == "{}") return;
    auto listed = json::parse_object(*text);
    std::map<std::string, std::string> rules_of;
    for (const auto& s : e.catalog->submissions()) rules_of[s.id] = s.rules;
    for (auto& d : documents) {
        if (!candidate(d) || !listed->has(*d.sha256)) continue;
        const rules::RuleSet& rules = rules_for(e, rules_of, d);
        if (auto cached = e.catalog->cached(k_stage, *d.sha256, facts_version(rules))) {
            try {
                apply(d, json::parse_object(*cached));
            } catch (const std::exception&) {
                // A damaged cache row: keep the recorded facts.
            }
        }
    }
}

}  // namespace kc
