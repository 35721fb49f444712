#include "catalog/json_columns.h"

#include <Poco/JSON/Parser.h>

#include "core/model_json.h"

namespace kc::catalog {
namespace {

// core/model_json.h parses objects only; list columns are JSON arrays.
json::Array::Ptr parse_array(const std::string& text) {
    Poco::JSON::Parser parser;
    return parser.parse(text).extract<json::Array::Ptr>();
}

}  // namespace

std::string reasons_column(const std::vector<Reason>& reasons) { return json::stringify(json::to_json(reasons)); }

std::vector<Reason> reasons_from_column(const std::string& text) { return json::reasons_from(parse_array(text)); }

std::string header_column(const DocumentHeader& header) { return json::stringify(json::to_json(header)); }

DocumentHeader header_from_column(const std::string& text) { return json::header_from(json::parse_object(text)); }

std::string header_column(const DocumentHeader& header, const std::string& exif_date) {
    auto o = json::to_json(header);
    if (!exif_date.empty()) o->set("exif_date", exif_date);
    return json::stringify(o);
}

std::string exif_date_from_header_column(const std::string& text) {
    return json::get_string(json::parse_object(text), "exif_date");
}

std::string classification_column(const Classification& classification) {
    return json::stringify(json::to_json(classification));
}

Classification classification_from_column(const std::string& text) {
    return json::classification_from(json::parse_object(text));
}

std::string classifications_column(const std::vector<Classification>& classifications) {
    json::Array::Ptr a = new json::Array;
    for (const auto& c : classifications) a->add(json::to_json(c));
    return json::stringify(a);
}

std::vector<Classification> classifications_from_column(const std::string& text) {
    std::vector<Classification> out;
    auto a = parse_array(text);
    for (std::size_t i = 0; i < a->size(); ++i) out.push_back(json::classification_from(a->getObject(i)));
    return out;
}

std::string signature_column(const SignatureResult& signature) { return json::stringify(json::to_json(signature)); }

SignatureResult signature_from_column(const std::string& text) { return json::signature_from(json::parse_object(text)); }

}  // namespace kc::catalog
