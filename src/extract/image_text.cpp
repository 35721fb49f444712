// extract/image_text.cpp — photos and scans (JPEG, PNG, TIFF incl. multi-page,
// BMP, WebP): decode with Leptonica, one page per image / TIFF directory, OCR.
#include <allheaders.h>

#include <memory>

#include "extract/detail.h"

namespace kc::extract::detail {
namespace {

struct PixDeleter {
    void operator()(Pix* p) const { pixDestroy(&p); }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

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

}  // namespace

void image_pages(const std::filesystem::path& file, const std::string& format, const Limits& limits,
                 const Options& options, PageSink& sink) {
    setMsgSeverity(L_SEVERITY_NONE);  // Leptonica reports decode errors on stderr
    Analysis& a = sink.out().analysis;
    std::string bytes;
    if (!read_file(file, limits.max_entry_bytes, bytes)) {
        a.reasons.push_back(make_reason(ReasonCode::UNREADABLE, "cannot read image file"));
        return;
    }
    const bool tiff = format == "tiff";
    int total = 0;
    if (tiff) {
        // One page per TIFF directory; counting headers decodes no pixels.
        while (total <= limits.max_pages && header_of(bytes, true, total).ok) ++total;
    } else {
        total = header_of(bytes, false, 0).ok ? 1 : 0;
    }
    if (total == 0) {
        a.reasons.push_back(make_reason(ReasonCode::UNREADABLE, "damaged " + format + " image: header cannot be read"));
        return;
    }
    if (!options.ocr) {
        for (int n = 0; n < total && sink.room(); ++n) sink.add(n + 1, {}, "none", 0);
        return;
    }
    for (int n = 0; n < total; ++n) {
        if (!sink.room()) {
            sink.skipped(total);
            break;
        }
        Header h = header_of(bytes, tiff, n);
        const double pixels = static_cast<double>(h.width) * h.height;
        if (pixels > static_cast<double>(options.max_page_pixels)) {
            a.reasons.push_back(make_reason(
                ReasonCode::TOO_LARGE, "page " + std::to_string(n + 1) + ": " + std::to_string(h.width) + "x" +
                                           std::to_string(h.height) + " px is over the limit of " +
                                           std::to_string(options.max_page_pixels) + " px; not read"));
            sink.add(n + 1, {}, "none", 0);
            continue;
        }
        const auto* data = reinterpret_cast<const l_uint8*>(bytes.data());
        PixPtr pix(tiff ? pixReadMemTiff(data, bytes.size(), n) : pixReadMem(data, bytes.size()));
        if (!pix) {
            a.reasons.push_back(make_reason(ReasonCode::UNREADABLE,
                                            "page " + std::to_string(n + 1) + ": " + format + " image cannot be decoded"));
            sink.add(n + 1, {}, "none", 0);
            continue;
        }
        OcrResult r = ocr_pix(pix.get(), pixGetXRes(pix.get()), options);
        PageDiagnostics diag{n + 1, r.preprocessing, r.seconds};
        if (!r.ok) {
            a.reasons.push_back(make_reason(ReasonCode::NO_TEXT, "page " + std::to_string(n + 1) + ": " + r.error));
            sink.add(n + 1, {}, "none", 0, diag);
            continue;
        }
        sink.add(n + 1, std::move(r.text), "ocr", r.confidence, diag);
    }
}

}  // namespace kc::extract::detail
