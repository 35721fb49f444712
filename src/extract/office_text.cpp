// extract/office_text.cpp — text of DOCX/ODT paragraphs and XLSX/ODS cells.
// The zip container is read with libarchive, the XML parts with Poco's SAX
// parser (streaming: a 100 MB sheet never becomes a DOM). A DOCX section, the
// ODT body and each XLSX/ODS sheet become one page. DOCX headers/footers go
// before the first / after the last section; XLSX numbers in a date format
// become dd/mm/yyyy (extract/sheet_dates.h).
#include <archive.h>
#include <archive_entry.h>

#include <Poco/SAX/Attributes.h>
#include <Poco/SAX/DefaultHandler.h>
#include <Poco/SAX/SAXException.h>
#include <Poco/SAX/SAXParser.h>
#include <Poco/SAX/XMLReader.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <memory>
#include <utility>
#include <vector>

#include "extract/detail.h"
#include "extract/sheet_dates.h"
#include "util/text.h"

namespace kc::extract::detail {
namespace {

using Poco::XML::Attributes;
using Poco::XML::XMLString;

constexpr const char* k_ns_rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr const char* k_ns_strict_rel = "http://purl.oclc.org/ooxml/officeDocument/relationships";
constexpr const char* k_ns_text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr const char* k_ns_table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
constexpr const char* k_ns_office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

struct ArchiveCloser {
    void operator()(archive* a) const { archive_read_free(a); }
};

std::string lower_ascii(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

// Part names are case-insensitive in OPC: keys are lower-case, no leading '/'.
std::string part_key(std::string name) {
    while (!name.empty() && name.front() == '/') name.erase(0, 1);
    return lower_ascii(name);
}

struct ZipParts {
    std::map<std::string, std::string> parts;  // wanted parts, by part_key
    std::vector<std::string> names;            // every entry, by part_key
    std::string error;                         // "" when the container was read
    bool too_large = false;
};

// Reads the entries `want` selects. Sizes are capped per entry and in total
// (overlapping-entry bombs expand whatever the reader, pitfall 7).
template <typename Want>
ZipParts read_zip(const std::filesystem::path& file, const Limits& limits, Want want) {
    ZipParts z;
    std::unique_ptr<archive, ArchiveCloser> a(archive_read_new());
    archive_read_support_format_zip(a.get());
    if (archive_read_open_filename(a.get(), file.c_str(), 1 << 16) != ARCHIVE_OK) {
        z.error = "damaged zip container: cannot be opened";
        return z;
    }
    std::uint64_t total = 0;
    archive_entry* entry = nullptr;
    for (std::uint64_t n = 0;; ++n) {
        int rc = archive_read_next_header(a.get(), &entry);
        if (rc == ARCHIVE_EOF) break;
        if (rc < ARCHIVE_WARN) {
            z.error = "damaged zip container: " + std::to_string(n) + " entries read";
            return z;
        }
        if (n >= limits.max_entries) {
            z.error = "zip container has more than " + std::to_string(limits.max_entries) + " entries";
            z.too_large = true;
            return z;
        }
        const char* raw = archive_entry_pathname(entry);
        std::string key = part_key(raw ? raw : "");
        z.names.push_back(key);
        if (!want(key)) continue;
        if (archive_entry_is_encrypted(entry)) {
            z.error = "encrypted document (password protected)";
            return z;
        }
        std::string data;
        char buf[1 << 16];
        for (;;) {
            la_ssize_t got = archive_read_data(a.get(), buf, sizeof buf);
            if (got == 0) break;
            if (got < 0) {
                z.error = "damaged zip container: entry " + key + " cannot be decompressed";
                return z;
            }
            total += static_cast<std::uint64_t>(got);
            if (data.size() + static_cast<std::size_t>(got) > limits.max_entry_bytes || total > limits.max_total_bytes) {
                z.error = "part " + key + " expands beyond the size limit";
                z.too_large = true;
                return z;
            }
            data.append(buf, static_cast<std::size_t>(got));
        }
        z.parts[key] = std::move(data);
    }
    return z;
}

// SAX parse of one part; external entities are never fetched.
void parse(const std::string& xml, Poco::XML::ContentHandler& handler) {
    Poco::XML::SAXParser parser;
    parser.setFeature(Poco::XML::XMLReader::FEATURE_NAMESPACES, true);
    parser.setFeature(Poco::XML::XMLReader::FEATURE_EXTERNAL_GENERAL_ENTITIES, false);
    parser.setFeature(Poco::XML::XMLReader::FEATURE_EXTERNAL_PARAMETER_ENTITIES, false);
    parser.setContentHandler(&handler);
    parser.parseMemoryNP(xml.data(), xml.size());
}

// Text collected by a handler, capped so a huge part cannot exhaust memory
// (the page sink cuts precisely at max_text_bytes).
class TextBuffer {
public:
    explicit TextBuffer(std::uint64_t cap) : m_cap(cap) {}
    void append(std::string_view s) {
        if (m_text.size() + s.size() <= m_cap + 4) m_text.append(s);
    }
    void append(char c) { append(std::string_view(&c, 1)); }
    std::string take() { return std::exchange(m_text, {}); }
    bool empty() const { return m_text.empty(); }
    std::string& str() { return m_text; }

private:
    std::uint64_t m_cap;
    std::string m_text;
};

// ---- OPC relationships -----------------------------------------------------

class RelsHandler : public Poco::XML::DefaultHandler {
public:
    std::map<std::string, std::pair<std::string, std::string>> by_id;  // id → (type, target)
    void startElement(const XMLString&, const XMLString& local, const XMLString&, const Attributes& at) override {
        if (local == "Relationship") by_id[at.getValue("", "Id")] = {at.getValue("", "Type"), at.getValue("", "Target")};
    }
};

// Resolves a relationship target against the folder of its source part.
std::string resolve(const std::string& source_dir, const std::string& target) {
    if (!target.empty() && target.front() == '/') return part_key(target);
    std::vector<std::string> segs;
    for (const auto& s : kc::text::split(source_dir + target, '/')) {
        if (s.empty() || s == ".") continue;
        if (s == "..") {
            if (!segs.empty()) segs.pop_back();
        } else {
            segs.push_back(s);
        }
    }
    std::string out;
    for (const auto& s : segs) out += (out.empty() ? "" : "/") + s;
    return part_key(out);
}

RelsHandler rels_of(const ZipParts& z, const std::string& rels_key) {
    RelsHandler h;
    auto it = z.parts.find(rels_key);
    if (it != z.parts.end()) parse(it->second, h);
    return h;
}

// The package's main part ("officeDocument" relationship), or the usual name.
std::string main_part(const ZipParts& z, const std::string& fallback) {
    for (const auto& [id, rel] : rels_of(z, "_rels/.rels").by_id)
        if (rel.first.size() >= 14 && rel.first.compare(rel.first.size() - 14, 14, "officeDocument") == 0)
            return resolve("", rel.second);
    return fallback;
}

// ---- DOCX ------------------------------------------------------------------

class DocxHandler : public Poco::XML::DefaultHandler {
public:
    explicit DocxHandler(std::uint64_t cap) : m_text(cap) {}
    std::vector<std::string> sections;

    void startElement(const XMLString&, const XMLString& local, const XMLString&, const Attributes&) override {
        const std::string parent = m_stack.empty() ? std::string() : m_stack.back();
        m_stack.push_back(local);
        // mc:Fallback repeats the mc:Choice content (text boxes) for old readers.
        if (local == "Fallback" || local == "instrText" || local == "delText") ++m_skip;
        if (m_skip) return;
        if (local == "t") m_in_t = true;
        else if (local == "tab") m_text.append('\t');
        else if (local == "br" || local == "cr") m_text.append('\n');
        else if (local == "sectPr" && parent == "pPr") m_section_end = true;  // this paragraph ends a section
    }
    void endElement(const XMLString&, const XMLString& local, const XMLString&) override {
        if (!m_stack.empty()) m_stack.pop_back();
        if (local == "Fallback" || local == "instrText" || local == "delText") {
            --m_skip;
            return;
        }
        if (m_skip) return;
        if (local == "t") m_in_t = false;
        else if (local == "p") {
            m_text.append('\n');
            if (m_section_end) sections.push_back(m_text.take());
            m_section_end = false;
        }  // table cells: their paragraphs already end in '\n' (header tables read column by column)
    }
    void characters(const XMLString::value_type ch[], int start, int length) override {
        if (m_in_t && !m_skip) m_text.append(std::string_view(ch + start, static_cast<std::size_t>(length)));
    }
    void endDocument() override {
        if (!m_text.empty() || sections.empty()) sections.push_back(m_text.take());
    }

private:
    TextBuffer m_text;
    std::vector<std::string> m_stack;
    int m_skip = 0;
    bool m_in_t = false;
    bool m_section_end = false;
};

// ---- XLSX ------------------------------------------------------------------

class WorkbookHandler : public Poco::XML::DefaultHandler {
public:
    std::vector<std::pair<std::string, std::string>> sheets;  // name, relationship id
    void startElement(const XMLString&, const XMLString& local, const XMLString&, const Attributes& at) override {
        if (local != "sheet") return;
        std::string id = at.getValue(k_ns_rel, "id");
        if (id.empty()) id = at.getValue(k_ns_strict_rel, "id");
        sheets.emplace_back(at.getValue("", "name"), id);
    }
};

class SharedStringsHandler : public Poco::XML::DefaultHandler {
public:
    explicit SharedStringsHandler(std::uint64_t cap) : m_cap(cap) {}
    std::vector<std::string> strings;
    void startElement(const XMLString&, const XMLString& local, const XMLString&, const Attributes&) override {
        if (local == "si") m_current.clear();
        else if (local == "rPh") ++m_skip;  // phonetic guide, not cell text
        else if (local == "t") m_in_t = true;
    }
    void endElement(const XMLString&, const XMLString& local, const XMLString&) override {
        if (local == "si") {
            m_bytes += m_current.size();
            strings.push_back(m_bytes <= m_cap ? std::move(m_current) : std::string());
            m_current.clear();
        } else if (local == "rPh") {
            --m_skip;
        } else if (local == "t") {
            m_in_t = false;
        }
    }
    void characters(const XMLString::value_type ch[], int start, int length) override {
        if (m_in_t && !m_skip) m_current.append(ch + start, static_cast<std::size_t>(length));
    }

private:
    std::uint64_t m_cap, m_bytes = 0;
    std::string m_current;
    int m_skip = 0;
    bool m_in_t = false;
};

// Which cell styles (xf index in cellXfs) show a number as a date or time.
class StylesHandler : public Poco::XML::DefaultHandler {
public:
    std::vector<bool> date_style;
    void startElement(const XMLString&, const XMLString& local, const XMLString&, const Attributes& at) override {
        if (local == "numFmt") {
            m_custom[std::atoi(at.getValue("", "numFmtId").c_str())] = at.getValue("", "formatCode");
        } else if (local == "cellXfs") {
            m_in_cell_xfs = true;
        } else if (local == "xf" && m_in_cell_xfs) {
            const int id = std::atoi(at.getValue("", "numFmtId").c_str());
            auto it = m_custom.find(id);
            date_style.push_back(it != m_custom.end() ? is_date_format(it->second) : is_builtin_date(id));
        }
    }
    void endElement(const XMLString&, const XMLString& local, const XMLString&) override {
        if (local == "cellXfs") m_in_cell_xfs = false;
    }

private:
    static bool is_builtin_date(int id) { return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58); }
    std::map<int, std::string> m_custom;
    bool m_in_cell_xfs = false;
};

class WorkbookPrHandler : public Poco::XML::DefaultHandler {
public:
    bool date1904 = false;
    void startElement(const XMLString&, const XMLString& local, const XMLString&, const Attributes& at) override {
        if (local == "workbookPr") {
            const std::string v = at.getValue("", "date1904");
            date1904 = v == "1" || v == "true";
        }
    }
};

class SheetHandler : public Poco::XML::DefaultHandler {
public:
    SheetHandler(const std::vector<std::string>& shared, std::uint64_t cap, const std::vector<bool>* date_style = nullptr,
                 bool date1904 = false)
        : m_shared(shared), m_text(cap), m_date_style(date_style), m_date1904(date1904) {}
    std::string text() { return m_text.take(); }

    void startElement(const XMLString&, const XMLString& local, const XMLString&, const Attributes& at) override {
        if (local == "row") {
            m_cells = 0;
        } else if (local == "c") {
            m_type = at.getValue("", "t");
            m_style = std::atoi(at.getValue("", "s").c_str());
            m_value.clear();
        } else if (local == "v" || local == "t") {
            m_in_value = true;
        } else if (local == "rPh") {
            ++m_skip;
        }
    }
    void endElement(const XMLString&, const XMLString& local, const XMLString&) override {
        if (local == "v" || local == "t") {
            m_in_value = false;
        } else if (local == "rPh") {
            --m_skip;
        } else if (local == "c") {
            std::string cell = m_value;
            if (m_type == "s") {
                char* end = nullptr;
                unsigned long idx = std::strtoul(m_value.c_str(), &end, 10);
                cell = (end != m_value.c_str() && idx < m_shared.size()) ? m_shared[idx] : std::string();
            } else if (m_type == "b") {
                cell = m_value == "1" ? "TRUE" : "FALSE";
            } else if ((m_type.empty() || m_type == "n") && m_date_style && m_style >= 0 &&
                       static_cast<std::size_t>(m_style) < m_date_style->size() && (*m_date_style)[m_style]) {
                char* end = nullptr;
                const double serial = std::strtod(m_value.c_str(), &end);
                if (end != m_value.c_str() && *end == '\0') cell = excel_date(serial, m_date1904);
            }
            if (kc::text::trim(cell).empty()) return;
            if (m_cells++) m_text.append('\t');
            m_text.append(cell);
        } else if (local == "row") {
            if (m_cells) m_text.append('\n');
        }
    }
    void characters(const XMLString::value_type ch[], int start, int length) override {
        if (m_in_value && !m_skip) m_value.append(ch + start, static_cast<std::size_t>(length));
    }

private:
    const std::vector<std::string>& m_shared;
    TextBuffer m_text;
    const std::vector<bool>* m_date_style;
    bool m_date1904;
    int m_style = 0;
    std::string m_type, m_value;
    int m_cells = 0, m_skip = 0;
    bool m_in_value = false;
};

// ---- ODT / ODS ---------------------------------------------------------------

class OdfHandler : public Poco::XML::DefaultHandler {
public:
    explicit OdfHandler(std::uint64_t cap) : m_text(cap), m_cell(cap) {}
    std::vector<std::string> pages;  // ODT: one; ODS: one per table

    void startElement(const XMLString& uri, const XMLString& local, const XMLString&, const Attributes& at) override {
        if (uri == k_ns_office && local == "annotation") ++m_skip;  // comments are not the document
        if (uri == k_ns_text && (local == "tracked-changes" || local == "note-citation")) ++m_skip;
        if (m_skip) return;
        if (uri == k_ns_table) {
            if (local == "table-row") {
                m_cells = 0;
            } else if (local == "table-cell" || local == "covered-table-cell") {
                m_in_cell = true;
                m_cell.take();
            }
            return;
        }
        if (uri != k_ns_text) return;
        TextBuffer& out = m_in_cell ? m_cell : m_text;
        if (local == "p" || local == "h") {
            ++m_in_par;
            if (m_in_cell && !m_cell.empty()) out.append('\n');
        } else if (local == "tab") {
            out.append('\t');
        } else if (local == "line-break") {
            out.append('\n');
        } else if (local == "s") {
            // <text:s text:c="n"/> is n spaces (capped: it is layout, not content)
            int n = std::atoi(at.getValue(k_ns_text, "c").c_str());
            out.append(std::string(static_cast<std::size_t>(std::clamp(n, 1, 8)), ' '));
        }
    }
    void endElement(const XMLString& uri, const XMLString& local, const XMLString&) override {
        if ((uri == k_ns_office && local == "annotation") ||
            (uri == k_ns_text && (local == "tracked-changes" || local == "note-citation"))) {
            --m_skip;
            return;
        }
        if (m_skip) return;
        if (uri == k_ns_table) {
            if (local == "table-cell" || local == "covered-table-cell") {
                // repeated cells/rows are written once: repetition is layout
                std::string cell = m_cell.take();
                m_in_cell = false;
                if (kc::text::trim(cell).empty()) return;
                if (m_cells++) m_text.append('\t');
                m_text.append(cell);
            } else if (local == "table-row") {
                if (m_cells) m_text.append('\n');
            } else if (local == "table" && spreadsheet) {
                pages.push_back(m_text.take());
            }
            return;
        }
        if (uri == k_ns_text && (local == "p" || local == "h")) {
            --m_in_par;
            if (!m_in_cell) m_text.append('\n');
        }
    }
    void characters(const XMLString::value_type ch[], int start, int length) override {
        if (m_skip || m_in_par <= 0) return;
        (m_in_cell ? m_cell : m_text).append(std::string_view(ch + start, static_cast<std::size_t>(length)));
    }
    void endDocument() override {
        if (!m_text.empty() || pages.empty()) pages.push_back(m_text.take());
    }
    bool spreadsheet = false;

private:
    TextBuffer m_text, m_cell;
    int m_skip = 0, m_in_par = 0, m_cells = 0;
    bool m_in_cell = false;
};

// Distinct non-empty header texts before the first section, footers after the last.
std::vector<std::string> with_headers_and_footers(std::vector<std::string> sections,
                                                  const std::map<std::string, std::string>& headers,
                                                  const std::map<std::string, std::string>& footers) {
    auto join = [](const std::map<std::string, std::string>& parts) {
        std::vector<std::string> seen;
        std::string out;
        for (const auto& [name, text] : parts) {
            if (kc::text::trim(text).empty() || std::find(seen.begin(), seen.end(), text) != seen.end()) continue;
            seen.push_back(text);
            out += text;
            if (out.back() != '\n') out += '\n';
        }
        return out;
    };
    if (sections.empty()) sections.emplace_back();
    sections.front() = join(headers) + sections.front();
    std::string tail = join(footers);
    if (!tail.empty()) {
        std::string& last = sections.back();
        if (!last.empty() && last.back() != '\n') last += '\n';
        last += tail;
    }
    return sections;
}

bool is_xml_part(const std::string& key) {
    auto ends = [&](std::string_view s) { return key.size() >= s.size() && key.compare(key.size() - s.size(), s.size(), s) == 0; };
    return ends(".xml") || ends(".rels");
}

void add_pages(PageSink& sink, std::vector<std::string> pages) {
    const int total = static_cast<int>(pages.size());
    for (int i = 0; i < total; ++i) {
        if (!sink.room()) {
            sink.skipped(total);
            return;
        }
        sink.add(i + 1, std::move(pages[static_cast<std::size_t>(i)]), "text_layer", 1.0);
    }
}

}  // namespace

std::string sniff_zip(const std::filesystem::path& file) {
    Limits small;
    small.max_entry_bytes = 4096;  // only "mimetype" is read
    ZipParts z = read_zip(file, small, [](const std::string& key) { return key == "mimetype"; });
    if (auto it = z.parts.find("mimetype"); it != z.parts.end()) {
        std::string m = kc::text::trim(it->second);
        if (m == "application/vnd.oasis.opendocument.text") return "odt";
        if (m == "application/vnd.oasis.opendocument.spreadsheet") return "ods";
    }
    for (const auto& n : z.names) {
        if (n == "word/document.xml") return "docx";
        if (n == "xl/workbook.xml") return "xlsx";
    }
    return "zip";
}

void office_pages(const std::filesystem::path& file, const std::string& format, const Limits& limits, PageSink& sink) {
    Analysis& a = sink.out().analysis;
    const bool odf = format == "odt" || format == "ods";
    ZipParts z = read_zip(file, limits, [&](const std::string& key) {
        return odf ? key == "content.xml" : is_xml_part(key) && key.rfind("customxml/", 0) != 0;
    });
    if (!z.error.empty()) {
        a.reasons.push_back(make_reason(z.too_large ? ReasonCode::TOO_LARGE : ReasonCode::UNREADABLE, z.error));
        return;
    }
    auto part = [&](const std::string& key) -> const std::string* {
        auto it = z.parts.find(key);
        return it == z.parts.end() ? nullptr : &it->second;
    };
    const std::uint64_t cap = limits.max_text_bytes;
    try {
        if (odf) {
            const std::string* content = part("content.xml");
            if (!content) {
                a.reasons.push_back(make_reason(ReasonCode::UNREADABLE, format + " without content.xml"));
                return;
            }
            OdfHandler h(cap);
            h.spreadsheet = format == "ods";
            parse(*content, h);
            add_pages(sink, std::move(h.pages));
        } else if (format == "docx") {
            std::string key = main_part(z, "word/document.xml");
            const std::string* doc = part(key);
            if (!doc) {
                a.reasons.push_back(make_reason(ReasonCode::UNREADABLE, "docx without its main part " + key));
                return;
            }
            DocxHandler h(cap);
            parse(*doc, h);
            // Headers and footers (the issuer's name, "Số: …" on later pages,
            // page footers) are parts of their own, linked from the main part.
            const std::string dir = key.substr(0, key.rfind('/') + 1);
            std::map<std::string, std::string> headers, footers;  // by part name: stable order
            for (const auto& [id, rel] : rels_of(z, dir + "_rels/" + key.substr(dir.size()) + ".rels").by_id) {
                const bool header = rel.first.size() >= 7 && rel.first.compare(rel.first.size() - 7, 7, "/header") == 0;
                const bool footer = rel.first.size() >= 7 && rel.first.compare(rel.first.size() - 7, 7, "/footer") == 0;
                if (!header && !footer) continue;
                const std::string target = resolve(dir, rel.second);
                const std::string* xml = part(target);
                if (!xml) continue;
                DocxHandler hf(cap);
                parse(*xml, hf);
                std::string text;
                for (auto& sec : hf.sections) text += sec;
                (header ? headers : footers)[target] = text;
            }
            add_pages(sink, with_headers_and_footers(std::move(h.sections), headers, footers));
        } else {  // xlsx
            std::string wb_key = main_part(z, "xl/workbook.xml");
            const std::string* wb = part(wb_key);
            if (!wb) {
                a.reasons.push_back(make_reason(ReasonCode::UNREADABLE, "xlsx without its workbook part " + wb_key));
                return;
            }
            const std::string dir = wb_key.substr(0, wb_key.rfind('/') + 1);
            const std::string file_name = wb_key.substr(dir.size());
            WorkbookHandler books;
            parse(*wb, books);
            RelsHandler rels = rels_of(z, dir + "_rels/" + file_name + ".rels");
            std::string shared_key = dir + "sharedstrings.xml";  // when the relationship is missing
            for (const auto& [id, rel] : rels.by_id)
                if (rel.first.find("sharedStrings") != std::string::npos) shared_key = resolve(dir, rel.second);
            std::vector<std::string> shared;
            if (const std::string* s = part(shared_key)) {
                SharedStringsHandler sh(cap);
                parse(*s, sh);
                shared = std::move(sh.strings);
            }
            StylesHandler styles;
            for (const auto& [id, rel] : rels.by_id)
                if (rel.first.size() >= 7 && rel.first.compare(rel.first.size() - 7, 7, "/styles") == 0)
                    if (const std::string* st = part(resolve(dir, rel.second))) parse(*st, styles);
            WorkbookPrHandler wbpr;
            parse(*wb, wbpr);
            std::vector<std::string> pages;
            for (const auto& [name, id] : books.sheets) {
                auto rel = rels.by_id.find(id);
                const std::string* sheet = rel == rels.by_id.end() ? nullptr : part(resolve(dir, rel->second.second));
                if (!sheet) {  // chart sheets and dialog sheets have no cells
                    pages.emplace_back();
                    continue;
                }
                SheetHandler sh(shared, cap, &styles.date_style, wbpr.date1904);
                parse(*sheet, sh);
                pages.push_back(sh.text());
            }
            add_pages(sink, std::move(pages));
        }
    } catch (const Poco::XML::SAXParseException& e) {
        a.reasons.push_back(make_reason(ReasonCode::UNREADABLE, format + ": malformed XML at line " +
                                                                    std::to_string(e.getLineNumber())));
    }
}

}  // namespace kc::extract::detail
