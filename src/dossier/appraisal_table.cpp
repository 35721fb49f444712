#include <cmath>
#include <map>
#include <set>

#include "core/model_json.h"
#include "dossier/appraisal.h"
#include "judge/scoring.h"
#include "report/index.h"
#include "util/text.h"

namespace kc::dossier {
namespace {

char separator_of(std::string_view first_line) {
    std::map<char, int> n;
    bool quoted = false;
    for (char c : first_line) {
        if (c == '"') quoted = !quoted;
        if (!quoted && (c == ',' || c == ';' || c == '\t')) ++n[c];
    }
    char best = ',';
    for (char c : {';', '\t'})
        if (n[c] > n[best]) best = c;
    return best;
}

enum class Column { none, criterion, points, unit, comment };

Column column_of(const std::string& heading) {
    const std::string f = text::fold(heading);
    static const std::map<std::string, Column> names = {
        {"ma tieu chi", Column::criterion}, {"tieu chi", Column::criterion}, {"criterion", Column::criterion},
        {"code", Column::criterion},        {"ma", Column::criterion},
        {"diem tham dinh", Column::points}, {"appraised", Column::points},   {"points", Column::points},
        {"appraised points", Column::points}, {"diem", Column::points},
        {"don vi", Column::unit},           {"ma don vi", Column::unit},     {"unit", Column::unit},
        {"ghi chu", Column::comment},       {"ly do", Column::comment},      {"nhan xet", Column::comment},
        {"ly do tru diem", Column::comment}, {"comment", Column::comment},   {"reason", Column::comment},
    };
    auto it = names.find(f);
    return it == names.end() ? Column::none : it->second;
}

std::string criterion_code(std::string s) {
    s = text::trim(s);
    const std::string f = text::fold(s);
    for (const char* prefix : {"tieu chi ", "tc "})
        if (f.rfind(prefix, 0) == 0) return text::trim(std::string_view(s).substr(s.rfind(' ') + 1));
    return s;
}

}  // namespace

Result<Table> read_csv(std::string_view bytes) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    if (!text::is_valid_utf8(bytes))
        return Error{"APPRAISAL_UNREADABLE", "not UTF-8 text (save the CSV as UTF-8)"};
    std::size_t head = 0;  // the first ten lines: a title line above the header may hold no separator
    for (int n = 0; n < 10 && head != std::string_view::npos; ++n) head = bytes.find('\n', head ? head + 1 : 0);
    const char sep = separator_of(bytes.substr(0, head));
    Table t;
    TableRow row{1, {}};
    std::string cell;
    bool quoted = false, any = false;
    int line = 1;
    auto end_row = [&] {
        row.cells.push_back(text::nfc(cell));
        cell.clear();
        if (any || row.cells.size() > 1 || !row.cells[0].empty()) t.push_back(row);
        row = TableRow{line, {}};
        any = false;
    };
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (quoted) {
            if (c == '"' && i + 1 < bytes.size() && bytes[i + 1] == '"') cell += '"', ++i;
            else if (c == '"') quoted = false;
            else {
                if (c == '\n') ++line;
                cell += c;
            }
        } else if (c == '"') {
            quoted = any = true;
        } else if (c == sep) {
            row.cells.push_back(text::nfc(cell));
            cell.clear();
        } else if (c == '\n') {
            ++line;
            end_row();
            if (t.size() > k_max_table_rows) return Error{"APPRAISAL_UNREADABLE", "too many rows"};
        } else if (c != '\r') {
            cell += c;
        }
    }
    if (!cell.empty() || !row.cells.empty()) end_row();
    return t;
}

Result<Table> read_table(std::string_view bytes) {
    if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4)) return read_xlsx(bytes);
    return read_csv(bytes);
}

std::string table_answer_json(const Result<Table>& table) {
    auto o = json::ordered();
    if (!table) {
        o->set("error", table.error().detail);
        return json::stringify(o);
    }
    Poco::JSON::Array::Ptr rows = new Poco::JSON::Array;
    for (const auto& r : table.value()) {
        auto row = json::ordered();
        row->set("line", r.line);
        Poco::JSON::Array::Ptr cells = new Poco::JSON::Array;
        for (const auto& c : r.cells) cells->add(c);
        row->set("cells", cells);
        rows->add(row);
    }
    o->set("rows", rows);
    return json::stringify(o);
}

Result<Table> table_from_answer(const std::string& json_text) {
    try {
        auto o = json::parse_object(json_text);
        if (o->has("error")) return Error{"APPRAISAL_UNREADABLE", o->getValue<std::string>("error")};
        Table t;
        auto rows = o->getArray("rows");
        for (std::size_t i = 0; rows && i < rows->size(); ++i) {
            auto row = rows->getObject(static_cast<unsigned>(i));
            TableRow r{row->getValue<int>("line"), {}};
            auto cells = row->getArray("cells");
            for (std::size_t c = 0; cells && c < cells->size(); ++c) r.cells.push_back(cells->getElement<std::string>(static_cast<unsigned>(c)));
            t.push_back(std::move(r));
        }
        if (t.size() > k_max_table_rows) return Error{"APPRAISAL_UNREADABLE", "too many rows"};
        return t;
    } catch (const std::exception& ex) {
        return Error{"APPRAISAL_UNREADABLE", std::string("malformed answer from the reader: ") + ex.what()};
    }
}

Imported appraisals_from_table(const Table& t, const rules::RuleSet& rules, const std::string& source) {
    Imported out;
    auto error = [&](int line, const std::string& vi, const std::string& en) {
        out.errors.push_back(source + ":" + std::to_string(line) + ": " + vi + " / " + en);
    };
    std::size_t header = t.size();
    std::map<Column, std::size_t> col;
    for (std::size_t r = 0; r < t.size() && r < 10 && header == t.size(); ++r) {
        std::map<Column, std::size_t> found;
        for (std::size_t c = 0; c < t[r].cells.size(); ++c) {
            auto k = column_of(t[r].cells[c]);
            if (k != Column::none && !found.count(k)) found[k] = c;
        }
        if (found.count(Column::criterion) && found.count(Column::points)) header = r, col = found;
    }
    if (header == t.size()) {
        error(t.empty() ? 1 : t.front().line, "không thấy dòng tiêu đề có cột \"Mã tiêu chí\" và \"Điểm thẩm định\"",
              "no header row with the columns \"Mã tiêu chí\" (criterion) and \"Điểm thẩm định\" (points)");
        return out;
    }
    auto cell = [&](const TableRow& row, Column k) -> std::string {
        auto it = col.find(k);
        if (it == col.end() || it->second >= row.cells.size()) return "";
        return text::trim(row.cells[it->second]);
    };
    std::set<std::pair<std::string, std::string>> seen;
    for (std::size_t r = header + 1; r < t.size(); ++r) {
        const TableRow& row = t[r];
        const std::string code = criterion_code(cell(row, Column::criterion));
        const std::string pts = cell(row, Column::points);
        // A title, a total ("Tổng cộng") or an empty row: every criterion code has a digit.
        if (code.find_first_of("0123456789") == std::string::npos) continue;
        const rules::Criterion* c = rules.criterion(code);
        if (!c) {
            error(row.line, "không có tiêu chí " + code + " trong bộ tiêu chí " + rules.id,
                  "unknown criterion " + code + " in rule set " + rules.id);
            continue;
        }
        std::string unit_text = cell(row, Column::unit);
        const rules::Unit* unit = rules.find_unit(unit_text.empty() ? rules.assessed_unit : unit_text);
        if (!unit || !unit->assessed) {
            error(row.line, "đơn vị không được đánh giá theo bộ tiêu chí này: " + unit_text,
                  "not an assessed unit of this rule set: " + unit_text);
            continue;
        }
        auto v = judge::parse_number(pts);
        if (!v || !std::isfinite(*v)) {
            error(row.line, "điểm thẩm định không phải là số: \"" + pts + "\"", "appraised points are not a number: \"" + pts + "\"");
            continue;
        }
        const double points = judge::round3(*v);
        if (points < 0 || (c->points > 0 && points > c->points + 1e-9)) {
            error(row.line, "điểm thẩm định " + pts + " ngoài khoảng 0–" + report::format_points(c->points) + " của tiêu chí " + code,
                  "appraised points " + pts + " outside 0–" + report::format_points(c->points) + " for criterion " + code);
            continue;
        }
        if (!seen.insert({unit->code, code}).second) {
            error(row.line, "tiêu chí " + code + " xuất hiện hai lần", "criterion " + code + " appears twice");
            continue;
        }
        Appraisal a;
        a.unit = unit->code;
        a.criterion = code;
        a.points = points;
        a.comment = cell(row, Column::comment);
        a.source = source;
        out.rows.push_back(std::move(a));
    }
    if (out.rows.empty() && out.errors.empty())
        error(t[header].line, "không có dòng điểm nào", "no score rows");
    return out;
}

}  // namespace kc::dossier
