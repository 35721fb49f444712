// rules/yaml_reader.h — strict reading of YAML maps for the rule files: every
// key must be known, types are checked, and each problem is collected as
// "file:line:column: message" so a Home Affairs editor sees all mistakes at once.
#pragma once
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

namespace kc::rules {

// Every diagnostic is bilingual (rules are edited by Home Affairs staff):
// "<Vietnamese> / <English>", after the "file:line:column: " prefix.
inline std::string vi_en(const std::string& vi, const std::string& en) { return vi + " / " + en; }

class Diagnostics {
public:
    void error(const std::string& file, const YAML::Mark& mark, const std::string& message);
    bool empty() const { return m_lines.empty(); }
    const std::vector<std::string>& lines() const { return m_lines; }

private:
    std::vector<std::string> m_lines;
};

// Parses YAML text; syntax errors go to diag with their line. Null node on error.
YAML::Node parse_yaml(const std::string& text, const std::string& file, Diagnostics& diag);

// One YAML mapping read field by field. Reports a non-map node, unknown keys and
// duplicate keys on construction; getters report wrong types and missing keys.
class MapReader {
public:
    MapReader(const YAML::Node& node, std::string file, Diagnostics& diag,
              std::initializer_list<std::string_view> allowed_keys, std::string_view what);
    bool ok() const { return m_ok; }
    bool has(const std::string& key) const;
    YAML::Node node(const std::string& key) const;
    YAML::Mark mark() const { return m_node.Mark(); }
    YAML::Mark mark(const std::string& key) const;  // of the value, else of the map

    // Strings are NFC-normalised. `required` reports a missing key.
    std::string str(const std::string& key, bool required = false) const;
    std::optional<double> number(const std::string& key, bool required = false) const;
    std::optional<int> integer(const std::string& key, bool required = false) const;
    std::optional<bool> boolean(const std::string& key) const;
    // A list of scalars (a single scalar counts as a one-item list).
    std::vector<std::string> strings(const std::string& key, bool required = false) const;

    const std::string& file() const { return m_file; }
    Diagnostics& diag() const { return m_diag; }

private:
    const YAML::Node* scalar(const std::string& key, bool required, YAML::Node& out) const;

    YAML::Node m_node;
    std::string m_file;
    Diagnostics& m_diag;
    std::string m_what;
    bool m_ok = false;
};

}  // namespace kc::rules
