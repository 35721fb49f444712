// JSON form of an unpack Result: what the unpack child hands to the supervisor.
#include "core/model_json.h"
#include "unpack/unpack.h"

namespace kc::unpack {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

bool get_bool(const Object::Ptr& o, const std::string& key) {
    return o && o->has(key) && !o->isNull(key) && o->getValue<bool>(key);
}

Object::Ptr entry_to_json(const Entry& e) {
    auto o = kc::json::ordered();
    o->set("path_in_archive", e.path_in_archive);
    o->set("raw_name_hex", e.raw_name_hex);
    o->set("name_encoding", e.name_encoding);
    if (e.sha256)
        o->set("sha256", *e.sha256);
    else
        o->set("sha256", Poco::Dynamic::Var());
    o->set("size", static_cast<Poco::UInt64>(e.size));
    o->set("refused", e.refused);
    o->set("ignored", e.ignored);
    o->set("container", e.container);
    o->set("reasons", kc::json::to_json(e.reasons));
    return o;
}

Entry entry_from_json(const Object::Ptr& o) {
    Entry e;
    e.path_in_archive = kc::json::get_string(o, "path_in_archive");
    e.raw_name_hex = kc::json::get_string(o, "raw_name_hex");
    e.name_encoding = kc::json::get_string(o, "name_encoding");
    if (o->has("sha256") && !o->isNull("sha256")) e.sha256 = o->getValue<std::string>("sha256");
    if (o->has("size") && !o->isNull("size")) e.size = o->getValue<Poco::UInt64>("size");
    e.refused = get_bool(o, "refused");
    e.ignored = get_bool(o, "ignored");
    e.container = get_bool(o, "container");
    e.reasons = kc::json::reasons_from(o->getArray("reasons"));
    return e;
}

}  // namespace

Poco::JSON::Object::Ptr to_json(const Result& r) {
    auto o = kc::json::ordered();
    o->set("format", r.format);
    o->set("damaged", r.damaged);
    o->set("reasons", kc::json::to_json(r.reasons));
    Array::Ptr entries = new Array;
    for (const auto& e : r.entries) entries->add(entry_to_json(e));
    o->set("entries", entries);
    return o;
}

Result result_from_json(const Poco::JSON::Object::Ptr& o) {
    Result r;
    if (!o) return r;
    r.format = kc::json::get_string(o, "format");
    r.damaged = get_bool(o, "damaged");
    r.reasons = kc::json::reasons_from(o->getArray("reasons"));
    if (auto entries = o->getArray("entries"))
        for (std::size_t i = 0; i < entries->size(); ++i) r.entries.push_back(entry_from_json(entries->getObject(i)));
    return r;
}

}  // namespace kc::unpack
