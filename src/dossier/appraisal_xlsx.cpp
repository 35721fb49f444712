// The first worksheet of an XLSX file as a Table (dossier/appraisal.h).
// libarchive reads the zip from memory; Poco::XML parses the parts.
#include <archive.h>
#include <archive_entry.h>

#include <Poco/AutoPtr.h>
#include <Poco/DOM/DOMParser.h>
#include <Poco/DOM/Document.h>
#include <Poco/DOM/Element.h>
#include <Poco/DOM/NodeList.h>
#include <Poco/Exception.h>
#include <Poco/SAX/InputSource.h>

#include <map>
#include <memory>
#include <sstream>

#include "dossier/appraisal.h"
#include "util/text.h"

namespace kc::dossier {
namespace {

using Poco::AutoPtr;
using Poco::XML::Element;
using Poco::XML::Node;
using Poco::XML::NodeList;

struct ReadFree {
    void operator()(archive* a) const { archive_read_free(a); }
};

Result<std::map<std::string, std::string>> xml_parts(std::string_view bytes) {
    std::unique_ptr<archive, ReadFree> a(archive_read_new());
    archive_read_support_format_zip(a.get());
    if (archive_read_open_memory(a.get(), bytes.data(), bytes.size()) != ARCHIVE_OK)
        return Error{"APPRAISAL_UNREADABLE", "not a readable XLSX (zip) file"};
    std::map<std::string, std::string> parts;
    archive_entry* e = nullptr;
    int rc;
    while ((rc = archive_read_next_header(a.get(), &e)) == ARCHIVE_OK) {
        const char* name = archive_entry_pathname(e);
        std::string n = name ? name : "";
        if (n != "xl/sharedStrings.xml" && n.rfind("xl/worksheets/sheet", 0) != 0) continue;
        std::string data;
        char buf[65536];
        la_ssize_t got;
        while ((got = archive_read_data(a.get(), buf, sizeof buf)) > 0) {
            data.append(buf, static_cast<std::size_t>(got));
            if (data.size() > k_max_xlsx_part_bytes) return Error{"APPRAISAL_UNREADABLE", n + ": part too large"};
        }
        if (got < 0) return Error{"APPRAISAL_UNREADABLE", n + ": damaged"};
        parts[n] = std::move(data);
    }
    if (rc != ARCHIVE_EOF) return Error{"APPRAISAL_UNREADABLE", "damaged XLSX (zip) file"};
    return parts;
}

AutoPtr<Poco::XML::Document> parse(const std::string& xml) {
    Poco::XML::DOMParser parser;
    parser.setFeature(Poco::XML::XMLReader::FEATURE_NAMESPACES, false);
    std::istringstream in(xml);
    Poco::XML::InputSource src(in);
    return parser.parse(&src);
}

// Concatenated text of every <t> below n (rich text runs included).
std::string text_of(Node* n) {
    std::string out;
    AutoPtr<NodeList> ts = static_cast<Element*>(n)->getElementsByTagName("t");
    for (unsigned long i = 0; i < ts->length(); ++i) out += ts->item(i)->innerText();
    return out;
}

int column_index(const std::string& ref) {
    int n = 0;
    for (char c : ref) {
        if (c < 'A' || c > 'Z') break;
        n = n * 26 + (c - 'A' + 1);
    }
    return n - 1;
}

Element* child(Element* e, const char* name) { return e->getChildElement(name); }

}  // namespace

Result<Table> read_xlsx(std::string_view bytes) {
    auto parts = xml_parts(bytes);
    if (!parts) return parts.error();
    std::string sheet_name = "xl/worksheets/sheet1.xml";
    if (!parts->count(sheet_name)) {
        for (const auto& [n, x] : *parts)
            if (n.rfind("xl/worksheets/sheet", 0) == 0) {
                sheet_name = n;
                break;
            }
    }
    if (!parts->count(sheet_name)) return Error{"APPRAISAL_UNREADABLE", "the workbook has no worksheet"};
    try {
        std::vector<std::string> shared;
        if (auto it = parts->find("xl/sharedStrings.xml"); it != parts->end()) {
            auto doc = parse(it->second);
            AutoPtr<NodeList> sis = doc->getElementsByTagName("si");
            for (unsigned long i = 0; i < sis->length(); ++i) shared.push_back(text::nfc(text_of(sis->item(i))));
        }
        auto doc = parse(parts->at(sheet_name));
        Table t;
        AutoPtr<NodeList> rows = doc->getElementsByTagName("row");
        if (rows->length() > k_max_table_rows) return Error{"APPRAISAL_UNREADABLE", "too many rows"};
        for (unsigned long i = 0; i < rows->length(); ++i) {
            auto* row = static_cast<Element*>(rows->item(i));
            TableRow tr;
            tr.line = row->hasAttribute("r") ? std::stoi(row->getAttribute("r")) : static_cast<int>(i + 1);
            AutoPtr<NodeList> cells = row->getElementsByTagName("c");
            for (unsigned long k = 0; k < cells->length(); ++k) {
                auto* c = static_cast<Element*>(cells->item(k));
                int col = c->hasAttribute("r") ? column_index(c->getAttribute("r")) : static_cast<int>(tr.cells.size());
                if (col < 0 || col > 1000) continue;
                const std::string type = c->getAttribute("t");
                std::string value;
                if (type == "inlineStr") {
                    if (auto* is = child(c, "is")) value = text_of(is);
                } else if (auto* v = child(c, "v")) {
                    value = v->innerText();
                    if (type == "s") {
                        auto idx = static_cast<std::size_t>(std::stoul(value));
                        value = idx < shared.size() ? shared[idx] : "";
                    }
                }
                if (static_cast<int>(tr.cells.size()) <= col) tr.cells.resize(static_cast<std::size_t>(col) + 1);
                tr.cells[static_cast<std::size_t>(col)] = text::nfc(value);
            }
            if (!tr.cells.empty()) t.push_back(std::move(tr));
        }
        return t;
    } catch (const Poco::Exception& e) {
        return Error{"APPRAISAL_UNREADABLE", "XLSX XML: " + e.displayText()};
    } catch (const std::exception& e) {
        return Error{"APPRAISAL_UNREADABLE", std::string("XLSX: ") + e.what()};
    }
}

}  // namespace kc::dossier
