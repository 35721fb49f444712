// extract/detail.h — internal interfaces between the extract stage's files.
// Not for other folders: include extract/extract.h instead.
#pragma once
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "core/limits.h"
#include "core/model.h"
#include "extract/extract.h"

struct Pix;  // Leptonica image; its header stays in the .cpp files

namespace kc::extract::detail {

// Collects pages for one file and enforces the page and text-size limits.
class PageSink {
public:
    PageSink(Extraction& out, const Limits& limits) : m_out(out), m_limits(limits) {}
    // False once max_pages pages were added (the caller stops and calls skipped()).
    bool room() const;
    // Cleans (NFC, line ends, blank runs) and adds; cuts text over max_text_bytes.
    void add(int number, std::string text, const std::string& source, double confidence,
             PageDiagnostics diag = {});
    void skipped(int total_pages);  // records that pages after max_pages were not read
    Extraction& out() { return m_out; }

private:
    Extraction& m_out;
    const Limits& m_limits;
    std::uint64_t m_text_bytes = 0;
    bool m_cut = false;
};

// NFC, '\n' line ends, no NUL/form feed, no trailing blanks, at most one empty line in a row.
std::string clean_text(std::string_view raw);
// Non-blank code points, to judge whether a text layer is real.
std::size_t visible_chars(std::string_view utf8);
bool read_file(const std::filesystem::path& file, std::uint64_t max_bytes, std::string& bytes);

void pdf_pages(const std::filesystem::path& file, const Limits& limits, const Options& options, PageSink& sink);
// format: docx | xlsx | odt | ods
void office_pages(const std::filesystem::path& file, const std::string& format, const Limits& limits,
                  PageSink& sink);
// format: jpeg | png | tiff | webp | bmp
void image_pages(const std::filesystem::path& file, const std::string& format, const Limits& limits,
                 const Options& options, PageSink& sink);
// Which OOXML/ODF document a zip holds: docx | xlsx | odt | ods, or zip.
std::string sniff_zip(const std::filesystem::path& file);

struct OcrResult {
    bool ok = false;
    std::string text;
    double confidence = 0;      // 0..1
    std::string preprocessing;  // steps applied
    std::string error;          // when !ok: technical detail
    double seconds = 0;
};
// OCR one 8-bit grey raster (row stride in bytes) at the given resolution.
OcrResult ocr_gray8(const unsigned char* data, int width, int height, int stride, int dpi, const Options& options);
// OCR one 32-bit raster in poppler's ARGB32 layout (B,G,R,A bytes in memory):
// red seals and blue signatures are removed by colour before grey conversion.
OcrResult ocr_bgra32(const unsigned char* data, int width, int height, int stride, int dpi, const Options& options);
// Opens the PDF, renders page `number` (1-based) and OCRs it; skip_reason is
// set when the page is over the pixel limit.
OcrResult ocr_pdf_page(const std::filesystem::path& file, int number, const Options& options, std::string& skip_reason);
// OCR one Leptonica image of any depth (not taken over); dpi 0 = unknown.
OcrResult ocr_pix(Pix* pix, int dpi, const Options& options);

}  // namespace kc::extract::detail
