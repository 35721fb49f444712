#include "rules/yaml_reader.h"

#include <set>

#include "util/text.h"

namespace kc::rules {

void Diagnostics::error(const std::string& file, const YAML::Mark& mark, const std::string& message) {
    // yaml-cpp lines are 0-based; a null mark (-1) means "somewhere in the file".
    // The column (1-based) is given whenever yaml-cpp knows it.
    const int line = mark.line >= 0 ? mark.line + 1 : 1;
    // YAML::Mark() (all zero) stands for "the file as a whole": no column then.
    const bool whole_file = mark.pos == 0 && mark.line == 0 && mark.column == 0;
    const std::string column =
        mark.line >= 0 && mark.column >= 0 && !whole_file ? ":" + std::to_string(mark.column + 1) : "";
    m_lines.push_back(file + ":" + std::to_string(line) + column + ": " + message);
}

YAML::Node parse_yaml(const std::string& text, const std::string& file, Diagnostics& diag) {
    if (!kc::text::is_valid_utf8(text)) {
        diag.error(file, YAML::Mark(), vi_en("không phải UTF-8 hợp lệ (hãy lưu tệp dạng UTF-8)", "not valid UTF-8 (save the file as UTF-8)"));
        return {};
    }
    try {
        return YAML::Load(text);
    } catch (const YAML::Exception& e) {
        diag.error(file, e.mark, vi_en("lỗi cú pháp YAML: " + e.msg, "YAML syntax: " + e.msg));
        return {};
    }
}

MapReader::MapReader(const YAML::Node& node, std::string file, Diagnostics& diag,
                     std::initializer_list<std::string_view> allowed_keys, std::string_view what)
    : m_node(node), m_file(std::move(file)), m_diag(diag), m_what(what) {
    if (!node.IsMap()) {
        m_diag.error(m_file, node.Mark(), m_what + ": " + vi_en("cần một bảng dạng khoá: giá trị", "expected a mapping of key: value"));
        return;
    }
    m_ok = true;
    std::set<std::string> seen;
    for (auto it = node.begin(); it != node.end(); ++it) {
        const std::string key = it->first.Scalar();
        bool known = false;
        for (auto allowed : allowed_keys) known = known || allowed == key;
        if (!known) {
            std::string list;
            for (auto allowed : allowed_keys) list += (list.empty() ? "" : ", ") + std::string(allowed);
            m_diag.error(m_file, it->first.Mark(),
                         m_what + ": " + vi_en("khoá không biết '" + key + "' (được dùng: " + list + ")",
                                               "unknown key '" + key + "' (allowed: " + list + ")"));
        }
        if (!seen.insert(key).second)
            m_diag.error(m_file, it->first.Mark(), m_what + ": " + vi_en("khoá '" + key + "' ghi hai lần", "key '" + key + "' given twice"));
    }
}

bool MapReader::has(const std::string& key) const {
    return m_ok && m_node[key] && !m_node[key].IsNull();
}

YAML::Node MapReader::node(const std::string& key) const {
    return m_ok ? m_node[key] : YAML::Node();
}

YAML::Mark MapReader::mark(const std::string& key) const {
    return has(key) ? m_node[key].Mark() : m_node.Mark();
}

const YAML::Node* MapReader::scalar(const std::string& key, bool required, YAML::Node& out) const {
    if (!has(key)) {
        if (required && m_ok) m_diag.error(m_file, m_node.Mark(), m_what + ": " + vi_en("thiếu '" + key + "'", "missing '" + key + "'"));
        return nullptr;
    }
    out = m_node[key];
    if (!out.IsScalar()) {
        m_diag.error(m_file, out.Mark(), m_what + ": " + vi_en("'" + key + "' phải là một giá trị đơn", "'" + key + "' must be a single value"));
        return nullptr;
    }
    return &out;
}

std::string MapReader::str(const std::string& key, bool required) const {
    YAML::Node n;
    if (!scalar(key, required, n)) return {};
    return kc::text::nfc(n.Scalar());
}

std::optional<double> MapReader::number(const std::string& key, bool required) const {
    YAML::Node n;
    if (!scalar(key, required, n)) return std::nullopt;
    double v = 0;
    if (!YAML::convert<double>::decode(n, v)) {
        m_diag.error(m_file, n.Mark(), m_what + ": " + vi_en("'" + key + "' phải là số (viết 0.5, không viết 0,5), gặp '" + n.Scalar() + "'",
                                                    "'" + key + "' must be a number (write 0.5, not 0,5), got '" + n.Scalar() + "'"));
        return std::nullopt;
    }
    return v;
}

std::optional<int> MapReader::integer(const std::string& key, bool required) const {
    YAML::Node n;
    if (!scalar(key, required, n)) return std::nullopt;
    int v = 0;
    if (!YAML::convert<int>::decode(n, v)) {
        m_diag.error(m_file, n.Mark(), m_what + ": " + vi_en("'" + key + "' phải là số nguyên, gặp '" + n.Scalar() + "'",
                                                    "'" + key + "' must be a whole number, got '" + n.Scalar() + "'"));
        return std::nullopt;
    }
    return v;
}

std::optional<bool> MapReader::boolean(const std::string& key) const {
    YAML::Node n;
    if (!scalar(key, false, n)) return std::nullopt;
    bool v = false;
    if (!YAML::convert<bool>::decode(n, v)) {
        m_diag.error(m_file, n.Mark(), m_what + ": " + vi_en("'" + key + "' phải là true hoặc false, gặp '" + n.Scalar() + "'",
                                                    "'" + key + "' must be true or false, got '" + n.Scalar() + "'"));
        return std::nullopt;
    }
    return v;
}

std::vector<std::string> MapReader::strings(const std::string& key, bool required) const {
    std::vector<std::string> out;
    if (!has(key)) {
        if (required && m_ok) m_diag.error(m_file, m_node.Mark(), m_what + ": " + vi_en("thiếu '" + key + "'", "missing '" + key + "'"));
        return out;
    }
    const YAML::Node n = m_node[key];
    if (n.IsScalar()) {
        out.push_back(kc::text::nfc(n.Scalar()));
        return out;
    }
    if (!n.IsSequence()) {
        m_diag.error(m_file, n.Mark(), m_what + ": " + vi_en("'" + key + "' phải là một danh sách", "'" + key + "' must be a list"));
        return out;
    }
    for (const auto& item : n) {
        if (!item.IsScalar()) {
            m_diag.error(m_file, item.Mark(), m_what + ": " + vi_en("các mục của '" + key + "' phải là giá trị đơn", "items of '" + key + "' must be single values"));
            continue;
        }
        out.push_back(kc::text::nfc(item.Scalar()));
    }
    return out;
}

}  // namespace kc::rules
