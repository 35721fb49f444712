// catalog/json_columns.h — the text stored in the *_json columns, built with
// core/model_json.h so the catalog and the child protocol share one encoding.
// Decoders throw on malformed text: a bad column is a bug or a damaged database.
// Decoding reads the text directly into the structs (no Poco tree; Poco's parser
// only as the fallback for text the direct reader does not take), with the
// results of core/model_json.h's *_from() — tests/unit/catalog/json_columns_test.cpp.
#pragma once
#include <string>
#include <vector>

#include "core/model.h"

namespace kc::catalog {

std::string reasons_column(const std::vector<Reason>& reasons);
std::vector<Reason> reasons_from_column(const std::string& text);

std::string header_column(const DocumentHeader& header);
DocumentHeader header_from_column(const std::string& text);
// header_json also carries a photo's EXIF date (Document::exif_date) under
// "exif_date" when there is one: no schema change, old rows read as "".
std::string header_column(const DocumentHeader& header, const std::string& exif_date);
std::string exif_date_from_header_column(const std::string& text);
// Both at once (one parse): what Catalog::documents() reads per row.
void header_and_exif_from_column(const std::string& text, DocumentHeader& header, std::string& exif_date);

std::string classification_column(const Classification& classification);
Classification classification_from_column(const std::string& text);

std::string classifications_column(const std::vector<Classification>& classifications);
std::vector<Classification> classifications_from_column(const std::string& text);

std::string signature_column(const SignatureResult& signature);
SignatureResult signature_from_column(const std::string& text);

}  // namespace kc::catalog
