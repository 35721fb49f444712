// extract/extract.h — the extract stage: one file in, its text per page out.
//
// Contract
// - Runs inside a supervised child process (rlimits, wall-clock kill and
//   OMP_THREAD_LIMIT=1 are the supervisor's job). These functions only do the
//   work and return values: expected failures become reasons, never exceptions
//   or exit codes; nothing here writes document text to logs or stderr
//   (poppler, Leptonica and Tesseract diagnostics are silenced).
// - The format is detected from the content with libmagic, never from the
//   file name. Supported: pdf, docx, xlsx, odt, ods, jpeg, png, tiff, webp,
//   bmp, text. Legacy doc/xls, zip and unknown formats → UNSUPPORTED_FORMAT.
// - Every page's text is UTF-8, NFC, with '\n' line ends. A page is a PDF or
//   TIFF page, an image, a DOCX section, an ODT body, or one XLSX/ODS sheet.
//   PageText::source is text_layer, ocr or none (pending_ocr only with
//   Options::defer_ocr, until the supervisor has OCR'd the page); Analysis::text_source is
//   text_layer, ocr, mixed or none (none also adds NO_TEXT). Per page,
//   PageText::preprocessing lists what was done (OCR steps, "legacy:tcvn3").
// - Text layers in legacy Vietnamese encodings (TCVN3, VNI: a font without a
//   ToUnicode map) are detected and converted (extract/legacy_vn.h); a layer
//   that is empty or garbage after that is OCR'd, page by page (mixed).
// - PDF pages without a usable text layer and images are OCR'd with
//   Tesseract ("vie") after Leptonica preprocessing (red seal / blue signature
//   removal by colour, grey, median, background normalisation, deskew, Sauvola
//   binarisation; orientation 0/90/180/270 from the binary page before
//   recognition, with 90/180/270 tried on a band when that is undecided and
//   the confidence low). A scanned PDF page that is one full-page image is
//   OCR'd from that image at its own resolution ("scan_image(300dpi)"), any
//   other page rendered at Options::render_dpi; JPEG photos are turned
//   upright from their EXIF orientation first ("exif_orientation(6)").
//   OCR'd numbers, symbols and dates are not trustworthy: callers must
//   validate them against a grammar.
// - Words a signing tool stamped as annotations that rendering does not draw
//   (a Stamp's /Contents, a form field's value) are added at the end of their
//   page ("stamped(N)"; extract/stamped_text.h).
// - Limits: Limits::max_pages (excess pages skipped, TOO_LARGE naming the
//   real page count; a TIFF's directories are counted without decoding),
//   Limits::max_text_bytes (text cut, TOO_LARGE), Options::max_page_pixels
//   (page not decoded/OCR'd, TOO_LARGE); unreadable, damaged or encrypted
//   files → UNREADABLE with a technical detail.
// - The signature field is left default (the signature stage fills it).
// - Output is deterministic for given bytes + k_version + installed models;
//   results are cached by sha256 + k_version, so bump k_version on any change
//   to the output.
#pragma once
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/limits.h"
#include "core/model.h"

namespace kc::extract {

inline constexpr const char* k_version = "extract-3";  // bump when output changes (results are cached by sha256+version)

struct Options {
    bool ocr = true;                       // OCR images and PDF pages without a text layer
    std::string ocr_language = "vie";      // Tesseract language(s), e.g. "vie" or "vie+eng"
    std::string tessdata_dir;              // empty: $TESSDATA_PREFIX, else the Debian default
    int render_dpi = 300;                  // PDF pages rendered for OCR
    std::uint64_t max_page_pixels = 50'000'000;  // larger pages are not decoded (memory guard)
    int min_text_layer_chars = 16;         // fewer non-blank characters: the page is treated as a scan
    bool preprocess = true;                // Leptonica cleanup before OCR (off only to measure its effect)
    // PDF pages that need OCR are not OCR'd here but returned with source
    // "pending_ocr" (so are image and TIFF pages): the supervisor OCRs them in
    // its own children (ocr_pdf_page),
    // with a time limit per page, then calls merge_page / summarise.
    bool defer_ocr = false;
};

// What was done to one page, for diagnostics and tuning; not part of Analysis
// (so not cached/serialised), and never contains document text.
struct PageDiagnostics {
    int number = 0;
    std::string preprocessing;  // e.g. "grey,median3,bgnorm,deskew(-1.20),sauvola"; empty if not OCR'd
    double ocr_seconds = 0;
};

struct Extraction {
    kc::Analysis analysis;
    std::vector<PageDiagnostics> pages;
};

kc::Analysis extract_file(const std::filesystem::path& file, const kc::Limits& limits, const Options& options = {});
Extraction extract_file_detailed(const std::filesystem::path& file, const kc::Limits& limits,
                                 const Options& options = {});

// One page OCR'd on its own (the `ocr_page` child task): page `number`
// (1-based) of a PDF — its scanned image taken as it is when the page is one
// full-page image, else rendered at Options::render_dpi — or of an image file
// (TIFF directory; EXIF orientation applied), colour-cleaned, oriented,
// preprocessed, OCR'd; for a PDF, annotation words not drawn on the page are
// added (stamped_text.h). source "ocr" (text NFC, confidence, preprocessing)
// or "none" with a reason (TOO_LARGE over the pixel limit, UNREADABLE when the
// image cannot be decoded, NO_TEXT on other failure).
struct PageOcr {
    kc::PageText page;
    std::vector<kc::Reason> reasons;
};
PageOcr ocr_pdf_page(const std::filesystem::path& file, int number, const Options& options = {});

// Loads the OCR engine (Tesseract model for Options::ocr_language) now
// rather than on the first page, so that a batch child's first page is not
// charged the load time (~0.3 s of CPU) against its per-page limit. False
// when the model cannot be loaded (the pages then say why).
bool warm_up_ocr(const Options& options = {});

// Recomputes Analysis::text_source from the pages (text_layer | ocr | mixed |
// none) and adds NO_TEXT when no page has text and no other reason says why.
void summarise(kc::Analysis& analysis);

// libmagic by content, not extension. Returns one of: pdf docx xlsx odt ods doc
// xls jpeg png tiff webp bmp zip text unknown; *mime gets the MIME type.
std::string detect_format(const std::filesystem::path& file, std::string* mime = nullptr);

// EXIF date of a JPEG (APP1 DateTimeOriginal, else DateTimeDigitized, else
// DateTime) or of a TIFF, as "YYYY-MM-DDTHH:MM:SS" plus "+07:00" when
// OffsetTimeOriginal is present; empty when absent or malformed. Pure.
std::string exif_date(std::string_view file_bytes);

// EXIF orientation (tag 0x0112 of IFD0) of a JPEG or TIFF: 1–8 as the camera
// wrote it (6: turn 90° clockwise to view, 8: 90° counter-clockwise, 3: 180°,
// 2/4/5/7 mirrored); 1 when absent or malformed. Pure.
int exif_orientation(std::string_view file_bytes);

// Pages (image file directories) of a TIFF, by following the IFD chain
// without decoding anything; a chain that loops is cut; at most `cap`. 0 when
// the bytes are not a TIFF. Pure.
int tiff_page_count(std::string_view file_bytes, int cap);

}  // namespace kc::extract
