// extract/image_text.cpp — photos and scans (JPEG, PNG, TIFF incl. multi-page,
// BMP, WebP): decode with Leptonica, one page per image / TIFF directory,
// turn phone photos upright from their EXIF orientation, OCR.
//
// Limits per page, each a reason naming the page while the other pages go
// on: pages after Limits::max_pages (TOO_LARGE, with the real page count,
// found by walking the TIFF directory chain without decoding); a page over
// Options::max_page_pixels by its header (TOO_LARGE, never decoded); a page
// that cannot be decoded (UNREADABLE). With Options::defer_ocr the pages are
// returned "pending_ocr" and OCR'd one child per page by the supervisor
// (ocr_pdf_page), so extract.seconds_per_page holds for images too.
#include <allheaders.h>

#include <memory>

#include "extract/detail.h"

namespace kc::extract::detail {
namespace {

struct PixDeleter {
    void operator()(Pix* p) const { pixDestroy(&p); }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

// More directories than this in one TIFF are not even counted.
constexpr int k_max_tiff_directories = 100000;

struct Header {
    bool ok = false;
    int width = 0, height = 0;
};

// Dimensions from the header only: a 20000×20000 PNG is 400 MB decoded, so
// the pixel limit is checked before anything is decompressed.
Header header_of(const std::string& bytes, bool tiff, int n) {
    Header h;
    l_int32 w = 0, ht = 0, bps = 0, spp = 0, res = 0, cmap = 0, fmt = 0;
    const auto* data = reinterpret_cast<const l_uint8*>(bytes.data());
    if (tiff) h.ok = readHeaderMemTiff(data, bytes.size(), n, &w, &ht, &bps, &spp, &res, &cmap, &fmt) == 0;
    else h.ok = pixReadHeaderMem(data, bytes.size(), &fmt, &w, &ht, &bps, &spp, &cmap) == 0;
    h.width = w;
    h.height = ht;
    return h;
}

// The camera stores the sensor's rows; EXIF says how to turn them for
// viewing. 6: 90° clockwise, 8: 270°, 3: 180°; 2/4/5/7 add a mirror.
Pix* upright(Pix* pix, int orientation) {
    switch (orientation) {
        case 2: return pixFlipLR(nullptr, pix);
        case 3: return pixRotateOrth(pix, 2);
        case 4: return pixFlipTB(nullptr, pix);
        case 5: {  // transpose
            PixPtr r(pixRotateOrth(pix, 1));
            return r ? pixFlipLR(nullptr, r.get()) : nullptr;
        }
        case 6: return pixRotateOrth(pix, 1);
        case 7: {  // transverse
            PixPtr r(pixRotateOrth(pix, 1));
            return r ? pixFlipTB(nullptr, r.get()) : nullptr;
        }
        case 8: return pixRotateOrth(pix, 3);
        default: return nullptr;
    }
}

std::string page_label(int index) { return "page " + std::to_string(index + 1) + ": "; }

}  // namespace

int image_page_count(const std::string& bytes, const std::string& format) {
    if (format == "tiff") return tiff_page_count(bytes, k_max_tiff_directories);
    return header_of(bytes, false, 0).ok ? 1 : 0;
}

OcrResult ocr_image_page(const std::string& bytes, const std::string& format, int index, const Options& options,
                         std::string& skip_reason) {
    setMsgSeverity(L_SEVERITY_NONE);  // Leptonica reports decode errors on stderr
    OcrResult r;
    const bool tiff = format == "tiff";
    Header h = header_of(bytes, tiff, index);
    if (!h.ok) {
        r.error = format + " image header cannot be read";
        return r;
    }
    const double pixels = static_cast<double>(h.width) * h.height;
    if (pixels > static_cast<double>(options.max_page_pixels)) {
        skip_reason = std::to_string(h.width) + "x" + std::to_string(h.height) + " px is over the limit of " +
                      std::to_string(options.max_page_pixels) + " px; not read";
        return r;
    }
    keep_freed_memory();
    const auto* data = reinterpret_cast<const l_uint8*>(bytes.data());
    PixPtr pix(tiff ? pixReadMemTiff(data, bytes.size(), index) : pixReadMem(data, bytes.size()));
    if (!pix) {
        r.error = format + " image cannot be decoded";
        return r;
    }
    std::string turned;
    if (format == "jpeg") {
        const int orientation = exif_orientation(bytes);
        if (orientation != 1) {
            if (PixPtr u{upright(pix.get(), orientation)}) {
                pixCopyResolution(u.get(), pix.get());
                pix = std::move(u);
                turned = "exif_orientation(" + std::to_string(orientation) + ")";
            }
        }
    }
    r = ocr_pix(pix.get(), pixGetXRes(pix.get()), options);
    if (!turned.empty()) r.preprocessing = turned + (r.preprocessing.empty() ? "" : ",") + r.preprocessing;
    return r;
}

void image_pages(const std::filesystem::path& file, const std::string& format, const Limits& limits,
                 const Options& options, PageSink& sink) {
    setMsgSeverity(L_SEVERITY_NONE);
    Analysis& a = sink.out().analysis;
    std::string bytes;
    if (!read_file(file, limits.max_entry_bytes, bytes)) {
        a.reasons.push_back(make_reason(ReasonCode::UNREADABLE, "cannot read image file"));
        return;
    }
    const int total = image_page_count(bytes, format);
    if (total == 0) {
        a.reasons.push_back(make_reason(ReasonCode::UNREADABLE, "damaged " + format + " image: header cannot be read"));
        return;
    }
    for (int n = 0; n < total; ++n) {
        if (!sink.room()) {
            sink.skipped(total);
            break;
        }
        if (!options.ocr) {
            sink.add(n + 1, {}, "none", 0);
            continue;
        }
        Header h = header_of(bytes, format == "tiff", n);
        if (!h.ok) {
            a.reasons.push_back(make_reason(ReasonCode::UNREADABLE, page_label(n) + format + " directory cannot be read"));
            sink.add(n + 1, {}, "none", 0);
            continue;
        }
        if (static_cast<double>(h.width) * h.height > static_cast<double>(options.max_page_pixels)) {
            a.reasons.push_back(make_reason(ReasonCode::TOO_LARGE, page_label(n) + std::to_string(h.width) + "x" +
                                                                       std::to_string(h.height) +
                                                                       " px is over the limit of " +
                                                                       std::to_string(options.max_page_pixels) +
                                                                       " px; not read"));
            sink.add(n + 1, {}, "none", 0);
            continue;
        }
        if (options.defer_ocr) {  // the supervisor OCRs it in its own child (`ocr_page`)
            sink.add(n + 1, {}, "pending_ocr", 0);
            sink.out().analysis.pages.back().source = "pending_ocr";
            continue;
        }
        std::string skip;
        OcrResult r = ocr_image_page(bytes, format, n, options, skip);
        PageDiagnostics diag{n + 1, r.preprocessing, r.seconds};
        if (!skip.empty()) {
            a.reasons.push_back(make_reason(ReasonCode::TOO_LARGE, page_label(n) + skip));
            sink.add(n + 1, {}, "none", 0);
        } else if (!r.ok) {
            const bool undecodable = r.error.find("cannot be decoded") != std::string::npos;
            a.reasons.push_back(make_reason(undecodable ? ReasonCode::UNREADABLE : ReasonCode::NO_TEXT,
                                            page_label(n) + r.error));
            sink.add(n + 1, {}, "none", 0, diag);
        } else {
            sink.add(n + 1, std::move(r.text), "ocr", r.confidence, diag);
        }
    }
}

}  // namespace kc::extract::detail
