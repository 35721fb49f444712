// extract/detail.h — internal interfaces between the extract stage's files.
// Not for other folders: include extract/extract.h instead.
#pragma once
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

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
// Pages of an image file (TIFF directories; 1 for other formats; 0 when the
// header cannot be read).
int image_page_count(const std::string& bytes, const std::string& format);
// Decodes page `index` (0-based) of an image file, turns a JPEG upright from
// its EXIF orientation, OCRs it. skip_reason is set (nothing decoded) when
// the page is over Options::max_page_pixels.
OcrResult ocr_image_page(const std::string& bytes, const std::string& format, int index, const Options& options,
                         std::string& skip_reason);
// Makes freed page rasters stay in this process's heap (glibc); call before
// the first big raster of an OCR process.
void keep_freed_memory();
// When page `number` (1-based) of the PDF is one scanned image over the whole
// page (pdf_image.cpp), *out gets it decoded at its own resolution (caller
// owns it; /Rotate applied) and dpi its resolution; false: render the page.
bool pdf_page_scan(const std::filesystem::path& file, int number, std::uint64_t max_pixels, Pix** out, int& dpi);

// For pages first … first+count−1 (1-based; index 0 = page `first`), the
// words of annotations that rendering may not draw: /Contents of visible
// FreeText and Stamp annotations, values of text and choice fields
// (pdf_annotations.cpp). Shorter or empty when the file has fewer pages, no
// annotations, or qpdf cannot read it. Merge with merge_stamped().
std::vector<std::vector<std::string>> pdf_stamped_texts(const std::filesystem::path& file, int first, int count,
                                                        std::uint64_t max_bytes);

}  // namespace kc::extract::detail
