// Reads a labelled set and runs the ingestion code path over it (see evaluate.h).
#include <Poco/JSON/Parser.h>

#include <fstream>
#include <sstream>

#include "evaluate/evaluate.h"
#include "extract/extract.h"
#include "understand/classify.h"
#include "understand/header.h"

namespace fs = std::filesystem;

namespace kc::evaluate {
namespace {

constexpr std::size_t k_header_chars = 6000;  // same as pipeline/ingest.cpp

std::string read_file(const fs::path& p) {
    std::ifstream f(p, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

// Pages separated by \f in the cache; `head` gets the first k_header_chars worth of pages.
std::string text_of(const fs::path& file, const fs::path& cache, std::string* head) {
    std::string all;
    if (fs::exists(cache)) {
        all = read_file(cache);
    } else {
        kc::Limits limits;
        auto a = kc::extract::extract_file(file, limits);
        for (std::size_t i = 0; i < a.pages.size(); ++i) all += (i ? "\f" : "") + a.pages[i].text;
        fs::create_directories(cache.parent_path());
        std::ofstream(cache, std::ios::binary) << all;
    }
    std::string whole;
    head->clear();
    std::size_t start = 0;
    while (start <= all.size()) {
        std::size_t end = all.find('\f', start);
        if (end == std::string::npos) end = all.size();
        std::string page = all.substr(start, end - start);
        if (head->size() < k_header_chars) *head += page + "\n";
        whole += page + "\n";
        start = end + 1;
    }
    return whole;
}

std::string str(const Poco::JSON::Object::Ptr& o, const char* key) {
    return o->has(key) && !o->isNull(key) ? o->getValue<std::string>(key) : std::string();
}

Truth truth_of(const Poco::JSON::Object::Ptr& d) {
    Truth t;
    t.id = str(d, "id");
    t.header.number = str(d, "number");
    t.header.symbol = str(d, "symbol");
    t.header.type = str(d, "type");
    t.header.date = str(d, "date");
    t.header.issuer = str(d, "issuer");
    t.header.period = str(d, "period");
    t.header.signer = str(d, "signer");
    t.path_style = str(d, "path_style");
    if (auto arr = d->getArray("products"))
        for (std::size_t k = 0; k < arr->size(); ++k) t.products.push_back(arr->getElement<std::string>(static_cast<unsigned>(k)));
    return t;
}

}  // namespace

Result<SetScore> evaluate_set(const EvalOptions& o, const kc::rules::RuleSet& rules) {
    fs::path manifest = o.set_dir / "manifest.json";
    if (!fs::exists(manifest)) return Error{"NO_MANIFEST", "no " + manifest.string()};
    Poco::JSON::Array::Ptr docs;
    try {
        Poco::JSON::Parser parser;
        docs = parser.parse(read_file(manifest)).extract<Poco::JSON::Object::Ptr>()->getArray("documents");
    } catch (const std::exception& e) {
        return Error{"BAD_MANIFEST", manifest.string() + ": " + e.what()};
    }
    if (!docs) return Error{"BAD_MANIFEST", manifest.string() + ": no \"documents\" array"};
    SetScore score;
    score.set = o.which;
    score.confident = o.confident;
    for (std::size_t i = 0; i < docs->size(); ++i) {
        auto d = docs->getObject(static_cast<unsigned>(i));
        bool scan = d->has("scan") && d->getValue<bool>("scan");
        if (o.which == "scan" && !scan) continue;
        if (o.limit && score.n >= o.limit) break;
        Truth t = truth_of(d);
        fs::path file = o.set_dir / o.which / (t.id + ".pdf");
        if (!fs::exists(file)) file = o.set_dir / (t.id + ".pdf");
        if (!fs::exists(file) && !str(d, "path").empty()) file = o.set_dir / fs::u8path(str(d, "path"));
        if (!fs::exists(file)) return Error{"MISSING_FILE", "missing " + file.string()};
        std::string head;
        std::string all = text_of(file, o.set_dir / "cache" / o.which / (t.id + "." + kc::extract::k_version + ".txt"), &head);
        auto parsed = kc::understand::parse_header(head);
        kc::understand::ClassifyInput in{str(d, "path"), parsed.header, all, "pdf", str(d, "unit")};
        score.add(t, parsed.header, kc::understand::classify(in, rules));
    }
    if (score.n == 0) return Error{"EMPTY_SET", "no documents in set '" + o.which + "' of " + o.set_dir.string()};
    return score;
}

}  // namespace kc::evaluate
