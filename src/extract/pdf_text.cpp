// extract/pdf_text.cpp — PDF text per page with poppler-cpp; pages without a
// usable text layer are rendered and OCR'd.
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>
#include <allheaders.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <memory>

#include "extract/detail.h"
#include "extract/legacy_vn.h"
#include "extract/stamped_text.h"

namespace kc::extract::detail {
namespace {

// poppler reports syntax errors through one process-wide callback; its
// default prints to stderr. We only count them (messages are never logged).
struct PopplerErrors {
    int count = 0;
};

void on_poppler_error(const std::string&, void* closure) {
    if (closure) ++static_cast<PopplerErrors*>(closure)->count;
}

class ErrorCapture {
public:
    ErrorCapture() { poppler::set_debug_error_function(&on_poppler_error, &m_errors); }
    ~ErrorCapture() { poppler::set_debug_error_function(&on_poppler_error, nullptr); }  // still silent
    int count() const { return m_errors.count; }

private:
    PopplerErrors m_errors;
};

std::string utf8_of(const poppler::ustring& s) {
    poppler::byte_array b = s.to_utf8();
    std::string out(b.begin(), b.end());
    while (!out.empty() && out.back() == '\0') out.pop_back();
    return out;
}

// A password-protected PDF fails to load exactly like a broken one; the
// trailer's /Encrypt entry (near the end of the file) tells them apart.
bool looks_encrypted(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return false;
    in.seekg(0, std::ios::end);
    std::streamoff size = in.tellg();
    std::streamoff start = std::max<std::streamoff>(0, size - (1 << 20));
    in.seekg(start);
    std::string tail(static_cast<std::size_t>(size - start), '\0');
    in.read(tail.data(), static_cast<std::streamsize>(tail.size()));
    return tail.find("/Encrypt") != std::string::npos;
}

// Render the page at the configured resolution, lowered (not below 150 dpi)
// when the page would exceed the pixel limit; then OCR it.
OcrResult ocr_page(const poppler::page& page, const Options& options, std::string& skip_reason) {
    poppler::rectf box = page.page_rect(poppler::media_box);
    double w_in = std::abs(box.width()) / 72.0, h_in = std::abs(box.height()) / 72.0;
    double dpi = options.render_dpi;
    double pixels = w_in * h_in * dpi * dpi;
    if (pixels > static_cast<double>(options.max_page_pixels))
        dpi = std::floor(std::sqrt(static_cast<double>(options.max_page_pixels) / (w_in * h_in)));
    if (dpi < 150) {
        skip_reason = "page of " + std::to_string(static_cast<long>(w_in * 25.4)) + "x" +
                      std::to_string(static_cast<long>(h_in * 25.4)) + " mm is over the pixel limit for OCR";
        return {};
    }
    poppler::page_renderer renderer;
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    renderer.set_image_format(poppler::image::format_argb32);  // colour: seals and signatures are removed by colour
    poppler::image img = renderer.render_page(&page, dpi, dpi);
    if (!img.is_valid()) {
        OcrResult r;
        r.error = "page could not be rendered";
        return r;
    }
    return ocr_bgra32(reinterpret_cast<const unsigned char*>(img.const_data()), img.width(), img.height(),
                      img.bytes_per_row(), static_cast<int>(dpi), options);
}

// A scanner's page is OCR'd from its own image (pdf_image.cpp); any other
// page is rendered.
OcrResult ocr_scan(Pix* scan, int dpi, const Options& options) {
    OcrResult r = ocr_pix(scan, dpi, options);
    pixDestroy(&scan);
    r.preprocessing = "scan_image(" + std::to_string(dpi) + "dpi)" + (r.preprocessing.empty() ? "" : ",") +
                      r.preprocessing;
    return r;
}

OcrResult ocr_page_of(const std::filesystem::path& file, int number, const poppler::page& page, const Options& options,
                      std::string& skip_reason) {
    keep_freed_memory();
    Pix* scan = nullptr;
    int dpi = 0;
    if (pdf_page_scan(file, number, options.max_page_pixels, &scan, dpi)) return ocr_scan(scan, dpi, options);
    return ocr_page(page, options, skip_reason);
}

struct LayerCheck {
    std::string text;   // converted to Unicode when it was TCVN3/VNI
    std::string steps;  // "legacy:tcvn3" | "legacy:vni" | ""
    bool usable = false;
    bool garbage = false;
};

// A text layer is used when it has enough characters and is not garbage once
// a legacy encoding (TCVN3/VNI, no ToUnicode map) is converted.
LayerCheck check_layer(std::string text, const Options& options) {
    LayerCheck c;
    LegacyEncoding enc = detect_legacy(text);
    if (enc != LegacyEncoding::none) {
        text = convert_legacy(text, enc);
        c.steps = std::string("legacy:") + legacy_name(enc);
    }
    const bool enough = visible_chars(text) >= static_cast<std::size_t>(std::max(options.min_text_layer_chars, 1));
    c.garbage = visible_chars(text) > 0 && layer_is_garbage(text);
    c.usable = enough && !c.garbage;
    c.text = std::move(text);
    return c;
}

}  // namespace

OcrResult ocr_pdf_page(const std::filesystem::path& file, int number, const Options& options, std::string& skip_reason) {
    keep_freed_memory();
    Pix* scan = nullptr;
    int dpi = 0;
    if (pdf_page_scan(file, number, options.max_page_pixels, &scan, dpi)) return ocr_scan(scan, dpi, options);
    ErrorCapture errors;
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(file.string()));
    OcrResult r;
    if (!doc || doc->is_locked() || number < 1 || number > doc->pages()) {
        r.error = "page cannot be opened";
        return r;
    }
    std::unique_ptr<poppler::page> page(doc->create_page(number - 1));
    if (!page) {
        r.error = "page cannot be read";
        return r;
    }
    return ocr_page(*page, options, skip_reason);
}

void pdf_pages(const std::filesystem::path& file, const Limits& limits, const Options& options, PageSink& sink) {
    Analysis& a = sink.out().analysis;
    ErrorCapture errors;
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(file.string()));
    if (!doc) {
        a.reasons.push_back(make_reason(ReasonCode::UNREADABLE, looks_encrypted(file)
                                                                    ? "encrypted PDF: a password is required to open it"
                                                                    : "damaged PDF: it cannot be parsed"));
        return;
    }
    if (doc->is_locked()) {
        a.reasons.push_back(make_reason(ReasonCode::UNREADABLE, "encrypted PDF: a password is required to open it"));
        return;
    }
    const int total = doc->pages();
    if (total <= 0) {
        a.reasons.push_back(make_reason(ReasonCode::UNREADABLE, "damaged PDF: no pages"));
        return;
    }
    int unreadable_pages = 0;
    std::vector<std::string> ocr_problems;
    // Number, date and seal words a signing tool stamped as annotations that
    // poppler's page text does not hold (stamped_text.h).
    const std::vector<std::vector<std::string>> stamps =
        pdf_stamped_texts(file, 1, std::min(total, std::max(limits.max_pages, 0)), limits.max_entry_bytes);
    auto with_stamps = [&](int index, std::string text, std::string& steps) {
        if (static_cast<std::size_t>(index) >= stamps.size() || stamps[index].empty()) return text;
        int added = 0;
        text = merge_stamped(std::move(text), stamps[index], added);
        if (added > 0) steps += std::string(steps.empty() ? "" : ",") + "stamped(" + std::to_string(added) + ")";
        return text;
    };
    for (int i = 0; i < total; ++i) {
        if (!sink.room()) {
            sink.skipped(total);
            break;
        }
        std::unique_ptr<poppler::page> page(doc->create_page(i));
        if (!page) {
            ++unreadable_pages;
            sink.add(i + 1, {}, "none", 0);
            continue;
        }
        // Reading order (pdftotext's default): the two header columns of a
        // Nghị định 30 document come out as separate blocks (issuer, "Số: …"
        // then motto, "<place>, ngày …"), each line whole, whatever order the
        // producer wrote them in. Physical layout glues both columns into one
        // line; raw order follows the content stream.
        std::string text = utf8_of(page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout));
        LayerCheck layer = check_layer(text, options);
        if (layer.usable || !options.ocr) {
            std::string steps = layer.steps;
            std::string merged = with_stamps(i, std::move(layer.text), steps);
            sink.add(i + 1, std::move(merged), "text_layer", 1.0, PageDiagnostics{i + 1, steps, 0});
            continue;
        }
        text = layer.garbage ? std::string() : std::move(layer.text);  // mojibake is worse than nothing
        if (options.defer_ocr) {  // the supervisor OCRs it in its own child (`ocr_page`)
            sink.add(i + 1, {}, "pending_ocr", 0);
            sink.out().analysis.pages.back().source = "pending_ocr";
            continue;
        }
        std::string skip;
        OcrResult ocr = ocr_page_of(file, i + 1, *page, options, skip);
        PageDiagnostics diag{i + 1, ocr.preprocessing, ocr.seconds};
        if (!skip.empty()) {
            a.reasons.push_back(make_reason(ReasonCode::TOO_LARGE, "page " + std::to_string(i + 1) + ": " + skip));
        } else if (!ocr.ok) {
            ocr_problems.push_back("page " + std::to_string(i + 1) + ": " + ocr.error);
        }
        // Keep whichever has more: a scan may carry a stray footer in its text layer.
        if (ocr.ok && visible_chars(ocr.text) > visible_chars(text)) {
            std::string merged = with_stamps(i, std::move(ocr.text), diag.preprocessing);
            sink.add(i + 1, std::move(merged), "ocr", ocr.confidence, diag);
        } else {
            std::string steps = layer.steps;
            std::string merged = with_stamps(i, std::move(text), steps);
            sink.add(i + 1, std::move(merged), "text_layer", 1.0, PageDiagnostics{i + 1, steps, ocr.seconds});
        }
    }
    if (unreadable_pages > 0)
        a.reasons.push_back(make_reason(ReasonCode::UNREADABLE,
                                        std::to_string(unreadable_pages) + " of " + std::to_string(total) +
                                            " pages cannot be read"));
    if (!ocr_problems.empty()) {
        std::string detail = "OCR failed on " + std::to_string(ocr_problems.size()) + " pages: " + ocr_problems.front();
        a.reasons.push_back(make_reason(ReasonCode::NO_TEXT, detail));
    }
}

}  // namespace kc::extract::detail
