// extract/pdf_annotations.cpp — the words of annotations that rendering does
// not draw (stamped_text.h says which), read with qpdf.
#define POINTERHOLDER_TRANSITION 4  // qpdf 11: std::shared_ptr, no PointerHolder
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAnnotationObjectHelper.hh>
#include <qpdf/QPDFFormFieldObjectHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <algorithm>
#include <exception>
#include <string>
#include <vector>

#include "extract/detail.h"

namespace kc::extract::detail {
namespace {

constexpr int k_flag_hidden = 1 << 1;   // PDF 32000 12.5.3: not shown, not printed
constexpr int k_flag_no_view = 1 << 5;  // printed only
constexpr std::size_t k_max_annotations_per_page = 500;
constexpr std::size_t k_max_stamp_bytes = 4096;  // one stamp's words; more is not a stamp

// Annotations live in page dictionaries, which are either visible in the
// bytes or compressed in object streams: without either, there is nothing to
// read and qpdf need not open the file.
bool may_have_annotations(const std::filesystem::path& file, std::uint64_t max_bytes) {
    std::string bytes;
    if (!read_file(file, max_bytes, bytes)) return true;  // let qpdf decide
    return bytes.find("/Annots") != std::string::npos || bytes.find("/ObjStm") != std::string::npos;
}

std::string stamp_text(QPDFAnnotationObjectHelper& annot) {
    if (annot.getFlags() & (k_flag_hidden | k_flag_no_view)) return {};
    const std::string subtype = annot.getSubtype();
    std::string text;
    if (subtype == "/FreeText" || subtype == "/Stamp") {
        QPDFObjectHandle contents = annot.getObjectHandle().getKey("/Contents");
        if (contents.isString()) text = contents.getUTF8Value();
    } else if (subtype == "/Widget") {
        QPDFFormFieldObjectHelper field(annot.getObjectHandle());
        const std::string type = field.getFieldType();
        if (type == "/Tx" || type == "/Ch") text = field.getValueAsString();
    }
    if (text.size() > k_max_stamp_bytes) text.resize(k_max_stamp_bytes);  // clean_text repairs a cut sequence
    return text;
}

}  // namespace

std::vector<std::vector<std::string>> pdf_stamped_texts(const std::filesystem::path& file, int first, int count,
                                                        std::uint64_t max_bytes) {
    std::vector<std::vector<std::string>> out;
    if (!may_have_annotations(file, max_bytes)) return out;
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processFile(file.c_str());
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
        if (first < 1 || count < 1 || static_cast<std::size_t>(first) > pages.size()) return out;
        const std::size_t begin = static_cast<std::size_t>(first) - 1;
        const std::size_t n = std::min(pages.size() - begin, static_cast<std::size_t>(count));
        out.resize(n);
        for (std::size_t i = 0; i < n; ++i) {
            std::vector<QPDFAnnotationObjectHelper> annots = pages[begin + i].getAnnotations();
            for (std::size_t k = 0; k < annots.size() && k < k_max_annotations_per_page; ++k) {
                std::string t = stamp_text(annots[k]);
                if (!t.empty()) out[i].push_back(std::move(t));
            }
        }
    } catch (const std::exception&) {
        // damaged beyond qpdf's repair: the page text poppler found stands alone
    }
    return out;
}

}  // namespace kc::extract::detail
