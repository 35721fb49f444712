// catalog/migrations.h — the catalog schema as an ordered chain of migrations.
// Versions are 1, 2, 3 … without gaps; a migration is never edited once it has
// shipped (databases in the field already ran it) — change the schema by
// appending a new one. Internal to src/catalog (tests may read it).
#pragma once
#include <string_view>
#include <vector>

namespace kc::catalog {

struct Migration {
    int version;
    std::string_view description;
    std::vector<std::string_view> statements;  // run in order, inside the open() transaction
};

const std::vector<Migration>& migrations();  // ascending by version
int latest_version();                         // version of the last migration

}  // namespace kc::catalog
