// core/model_json.h — JSON (de)serialisation of the model, used between the
// supervisor and its children and in the catalog. Key order is stable.
#pragma once
#include <string>

#include <Poco/JSON/Object.h>

#include "core/model.h"

namespace kc::json {

using Poco::JSON::Array;
using Poco::JSON::Object;

Object::Ptr ordered();  // an object that keeps insertion order

Object::Ptr to_json(const Reason& r);
Array::Ptr to_json(const std::vector<Reason>& rs);
Object::Ptr to_json(const DocumentHeader& h);
Object::Ptr to_json(const Classification& c);
Object::Ptr to_json(const SignatureResult& s);
Object::Ptr to_json(const Analysis& a);

Reason reason_from(const Object::Ptr& o);
std::vector<Reason> reasons_from(const Array::Ptr& a);
DocumentHeader header_from(const Object::Ptr& o);
Classification classification_from(const Object::Ptr& o);
SignatureResult signature_from(const Object::Ptr& o);
Analysis analysis_from(const Object::Ptr& o);

std::string stringify(const Object::Ptr& o, bool pretty = false);
std::string stringify(const Array::Ptr& a, bool pretty = false);
Object::Ptr parse_object(const std::string& text);  // throws on malformed JSON
std::string get_string(const Object::Ptr& o, const std::string& key);  // "" when absent/null

}  // namespace kc::json
