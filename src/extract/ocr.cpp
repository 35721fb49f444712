// extract/ocr.cpp — Leptonica preprocessing + Tesseract OCR of one raster.
// Plain Tesseract fails on ordinary scans (pitfall 2: CER 7.5% average, 27.6%
// worst; a 3×3 median + deskew took one page from 9.5% to 0.05%), so every
// page goes through: red/blue ink removal → grey → (upscale if low-res) → median 3×3 → background
// normalisation → deskew → Sauvola binarisation (raster::sauvola) → orientation (Leptonica's
// ascender/descender statistics on the binary page: cheap, so a page on its
// side is turned before it is recognised, once) → Tesseract LSTM (→ when the
// orientation was undecided and the confidence is low, rotations 90/180/270
// tried on a band of the page).
//
// Speed (bench/ocr_bench.sh): the kernels that cost most on a 300-dpi A4 page
// were Leptonica's general rank filter for the 3×3 median and its tiled
// Sauvola (replaced by raster::median3x3 and raster::sauvola) and page faults from allocating and freeing ~35 MB
// rasters at every step (glibc returns big blocks to the kernel at once;
// the OCR process keeps them instead, see keep_freed_memory()).
#include <allheaders.h>
#include <tesseract/baseapi.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <vector>

#include "extract/detail.h"
#include "extract/raster.h"

namespace kc::extract::detail {
namespace {

struct PixDeleter {
    void operator()(Pix* p) const { pixDestroy(&p); }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

constexpr const char* k_debian_tessdata = "/usr/share/tesseract-ocr/5/tessdata";

void quiet_leptonica() {
    static const bool done = (setMsgSeverity(L_SEVERITY_NONE), true);
    (void)done;
}

}  // namespace

// A page raster is 9–35 MB and each preprocessing step makes a new one; by
// default glibc serves such blocks with mmap and unmaps them on free, so
// every step page-faults its memory in again (a fifth of the time of an OCR
// child). The OCR process is short-lived and bounded by RLIMIT_AS: keep freed
// blocks in the heap for the next step instead.
void keep_freed_memory() {
#ifdef __GLIBC__
    static const bool done = [] {
        mallopt(M_MMAP_THRESHOLD, 256 << 20);
        mallopt(M_TRIM_THRESHOLD, 512 << 20);
        return true;
    }();
    (void)done;
#endif
}

namespace {

constexpr int k_min_dpi_as_is = 180;  // below: upscaled towards 300 dpi
constexpr double k_sauvola_k = 0.34;

// Sauvola binarisation of an 8-bit image (raster::sauvola) into a 1-bit one.
Pix* sauvola(Pix* grey, int half, double k) {
    const int w = pixGetWidth(grey), h = pixGetHeight(grey);
    PixPtr natural(pixEndianByteSwapNew(grey));
    PixPtr out(pixCreate(w, h, 1));
    if (!natural || !out) return nullptr;
    std::vector<std::uint8_t> ink(static_cast<std::size_t>(w) * h);
    raster::sauvola(reinterpret_cast<const std::uint8_t*>(pixGetData(natural.get())), 4u * pixGetWpl(natural.get()),
                    ink.data(), static_cast<std::size_t>(w), w, h, half, k);
    natural.reset();
    l_uint32* lines = pixGetData(out.get());
    const int wpl = pixGetWpl(out.get());
    for (int y = 0; y < h; ++y) {
        const std::uint8_t* row = ink.data() + static_cast<std::size_t>(y) * w;
        l_uint32* line = lines + static_cast<std::size_t>(y) * wpl;
        for (int x = 0; x < w; ++x)
            if (row[x]) line[x >> 5] |= 0x80000000u >> (x & 31);
    }
    pixCopyResolution(out.get(), grey);
    return out.release();
}

// 3×3 median of an 8-bit image (raster::median3x3 on natural byte order;
// Leptonica keeps 8-bit pixels in 32-bit words, swapped on little-endian).
Pix* median3(Pix* pix) {
    PixPtr natural(pixEndianByteSwapNew(pix));
    PixPtr out(pixCreateNoInit(pixGetWidth(pix), pixGetHeight(pix), 8));
    if (!natural || !out) return nullptr;
    const std::size_t src_stride = 4u * pixGetWpl(natural.get()), dst_stride = 4u * pixGetWpl(out.get());
    raster::median3x3(reinterpret_cast<const std::uint8_t*>(pixGetData(natural.get())), src_stride,
                      reinterpret_cast<std::uint8_t*>(pixGetData(out.get())), dst_stride, pixGetWidth(pix),
                      pixGetHeight(pix));
    pixEndianByteSwap(out.get());
    pixCopyResolution(out.get(), pix);
    return out.release();
}

// One TessBaseAPI per process, made on first use: loading the model costs
// ~0.3 s and ~100 MB, and most files never need OCR. The child process is
// single-threaded (OMP_THREAD_LIMIT=1 set by the supervisor, pitfall 1).
class Engine {
public:
    static Engine& instance() {
        static Engine engine;
        return engine;
    }
    ~Engine() {
        if (m_api) m_api->End();
    }
    tesseract::TessBaseAPI* get(const Options& options, std::string& error) {
        std::string dir = options.tessdata_dir;
        if (dir.empty()) {
            const char* env = std::getenv("TESSDATA_PREFIX");
            dir = env && *env ? env : k_debian_tessdata;
        }
        if (m_api && m_language == options.ocr_language && m_dir == dir) return m_api.get();
        if (!m_api) m_api = std::make_unique<tesseract::TessBaseAPI>();
        else m_api->End();
        // Tesseract's own messages go to stderr by default; keep the child quiet.
        m_api->SetVariable("debug_file", "/dev/null");
        if (m_api->Init(dir.c_str(), options.ocr_language.c_str(), tesseract::OEM_LSTM_ONLY) != 0) {
            m_api.reset();
            error = "OCR unavailable: cannot load language '" + options.ocr_language + "' from " + dir;
            return nullptr;
        }
        m_api->SetVariable("debug_file", "/dev/null");
        m_api->SetPageSegMode(tesseract::PSM_AUTO);  // administrative pages have two-column headers
        // When layout analysis keeps both header columns on one line, the wide
        // gap survives as a run of spaces, so the columns can still be told apart.
        m_api->SetVariable("preserve_interword_spaces", "1");
        m_language = options.ocr_language;
        m_dir = dir;
        return m_api.get();
    }

private:
    Engine() = default;
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    std::string m_language, m_dir;
};

}  // namespace

bool warm_up_engine(const Options& options) {
    std::string error;
    return Engine::instance().get(options, error) != nullptr;
}

namespace {

std::string fixed(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

// Red seals and blue signatures are stamped over the signer's name and the
// date; on a grey image they become dark blobs over the letters. Pixels where
// red or blue clearly dominates become white; black text (r≈g≈b) and the
// dark pixels where ink overlaps the stamp are kept. Returns what was removed.
std::string remove_colour_ink(Pix* pix) {
    const int w = pixGetWidth(pix), h = pixGetHeight(pix), wpl = pixGetWpl(pix);
    l_uint32* data = pixGetData(pix);
    std::uint64_t red = 0, blue = 0;
    l_uint32 white = 0;
    composeRGBPixel(255, 255, 255, &white);
    for (int y = 0; y < h; ++y) {
        l_uint32* line = data + static_cast<std::size_t>(y) * wpl;
        for (int x = 0; x < w; ++x) {
            l_int32 r = 0, g = 0, b = 0;
            extractRGBValues(line[x], &r, &g, &b);
            if (r > 110 && r - std::max(g, b) > 50) {
                line[x] = white;
                ++red;
            } else if (b > 90 && b - std::max(r, g) > 40) {
                line[x] = white;
                ++blue;
            }
        }
    }
    const std::uint64_t least = static_cast<std::uint64_t>(w) * h / 2000 + 1;  // 0.05 %: not stray colour noise
    std::string steps;
    if (red >= least) steps = "red_removed";
    if (blue >= least) steps += std::string(steps.empty() ? "" : ",") + "blue_removed";
    return steps;
}

struct Recognised {
    std::string text;
    double confidence = 0;
    bool ok = false;
};

Recognised recognise(tesseract::TessBaseAPI* api, Pix* pix, int dpi, const l_int32* box = nullptr) {
    api->SetImage(pix);
    if (dpi > 0) api->SetSourceResolution(dpi);
    if (box) api->SetRectangle(box[0], box[1], box[2], box[3]);
    Recognised r;
    std::unique_ptr<char[]> text(api->GetUTF8Text());
    r.ok = text != nullptr;
    if (text) r.text = text.get();
    r.confidence = r.ok ? std::clamp(api->MeanTextConf(), 0, 100) / 100.0 : 0.0;
    api->Clear();
    return r;
}

// Below this mean confidence the page may be upside down or on its side:
// 90/180/270 are tried on a band of the page and the best kept.
constexpr double k_orientation_retry_confidence = 0.70;
constexpr double k_orientation_margin = 0.10;
// makeOrientDecision's thresholds (Leptonica's defaults: 8.0 and 2.5).
constexpr float k_orientation_min_up_confidence = 8.0f;
constexpr float k_orientation_min_ratio = 2.5f;

// Confidence of a band across the middle of the page (a third of its height).
double band_confidence(tesseract::TessBaseAPI* api, Pix* pix, int dpi) {
    const int w = pixGetWidth(pix), h = pixGetHeight(pix);
    const l_int32 box[4] = {w / 10, h / 3, w * 8 / 10, h / 3};
    Recognised r = recognise(api, pix, dpi, box);
    return r.ok && visible_chars(r.text) >= 10 ? r.confidence : 0.0;
}

// Which way the text of a binary page stands, from Leptonica's counts of
// ascenders and descenders (pixOrientDetect), measured at ~150 dpi where it
// is both reliable and cheap. Returns L_TEXT_ORIENT_*; `quarter` gets the
// clockwise quarter turns that make the text upright (0 when unknown).
int text_orientation(Pix* binary, int dpi, int& quarter) {
    quarter = 0;
    PixPtr reduced;
    Pix* probe = binary;
    if (dpi >= 250 || (dpi == 0 && std::max(pixGetWidth(binary), pixGetHeight(binary)) > 2000)) {
        reduced.reset(pixReduceRankBinaryCascade(binary, 1, 0, 0, 0));
        if (reduced) probe = reduced.get();
    }
    l_float32 upconf = 0, leftconf = 0;
    if (pixOrientDetect(probe, &upconf, &leftconf, 0, 0) != 0) return L_TEXT_ORIENT_UNKNOWN;
    l_int32 orient = L_TEXT_ORIENT_UNKNOWN;
    if (makeOrientDecision(upconf, leftconf, k_orientation_min_up_confidence, k_orientation_min_ratio, &orient, 0) != 0)
        return L_TEXT_ORIENT_UNKNOWN;
    switch (orient) {
        case L_TEXT_ORIENT_LEFT: quarter = 1; break;
        case L_TEXT_ORIENT_DOWN: quarter = 2; break;
        case L_TEXT_ORIENT_RIGHT: quarter = 3; break;
        default: break;
    }
    return orient;
}

}  // namespace

OcrResult ocr_bgra32(const unsigned char* data, int width, int height, int stride, int dpi, const Options& options) {
    quiet_leptonica();
    PixPtr pix(pixCreate(width, height, 32));
    if (!pix) {
        OcrResult r;
        r.error = "out of memory for the page raster";
        return r;
    }
    l_uint32* lines = pixGetData(pix.get());
    const int wpl = pixGetWpl(pix.get());
    for (int y = 0; y < height; ++y) {
        const unsigned char* src = data + static_cast<std::size_t>(y) * stride;
        l_uint32* dst = lines + static_cast<std::size_t>(y) * wpl;
        for (int x = 0; x < width; ++x) composeRGBPixel(src[4 * x + 2], src[4 * x + 1], src[4 * x], dst + x);
    }
    pixSetResolution(pix.get(), dpi, dpi);
    return ocr_pix(pix.get(), dpi, options);
}

OcrResult ocr_pix(Pix* source, int dpi, const Options& options) {
    quiet_leptonica();
    keep_freed_memory();
    OcrResult r;
    auto t0 = std::chrono::steady_clock::now();
    std::vector<std::string> steps;
    const int source_depth = pixGetDepth(source);

    PixPtr colour;
    if (options.preprocess && (source_depth == 32 || pixGetColormap(source))) {
        colour.reset(pixConvertTo32(source));
        if (colour) {
            std::string removed = remove_colour_ink(colour.get());
            if (!removed.empty()) steps.push_back(removed);
            source = colour.get();
        }
    }
    PixPtr pix(pixConvertTo8(source, 0));  // colour → luminance, colormap → grey
    colour.reset();
    if (!pix) {
        r.error = "image cannot be converted to grey";
        return r;
    }
    steps.push_back("grey");
    if (dpi < 70) dpi = 0;  // 0/1/72 are "unknown" in practice (JFIF aspect-only densities)

    // Tesseract wants glyphs ≥ 20 px: scans under 180 dpi and small photos
    // are brought up to ~300 dpi (or doubled when the resolution is unknown).
    // 200-dpi scans are not: on bench/ocr_bench.sh's pages upscaling them
    // cost 2.25× the pixels in every later step and did not lower the CER
    // (0.34 % worst with, 0.11 % without).
    const int w = pixGetWidth(pix.get()), h = pixGetHeight(pix.get());
    double scale = 1.0;
    if (dpi > 0 && dpi < k_min_dpi_as_is) scale = std::min(2.0, 300.0 / dpi);
    else if (dpi == 0 && std::max(w, h) < 1800) scale = 2.0;
    if (!options.preprocess) scale = 1.0;
    if (scale > 1.0 && static_cast<double>(w) * h * scale * scale <= static_cast<double>(options.max_page_pixels)) {
        if (PixPtr up{pixScaleGrayLI(pix.get(), static_cast<float>(scale), static_cast<float>(scale))}) {
            pix = std::move(up);
            if (dpi > 0) dpi = static_cast<int>(std::lround(dpi * scale));
            steps.push_back("upscale(" + fixed(scale) + ")");
        }
    }
    if (source_depth > 1 && options.preprocess) {  // bilevel scans have no grey noise or shading to remove
        if (PixPtr m{median3(pix.get())}) {
            pix = std::move(m);
            steps.push_back("median3");
        }
        if (PixPtr n{pixBackgroundNormSimple(pix.get(), nullptr, nullptr)}) {
            pix = std::move(n);
            steps.push_back("bgnorm");
        }
    }
    float angle = 0, conf = 0;
    if (!options.preprocess) {
        // only the grey conversion: Tesseract binarises (Otsu) by itself
    } else if (PixPtr d{pixFindSkewAndDeskew(pix.get(), 0, &angle, &conf)}) {
        pix = std::move(d);
        steps.push_back("deskew(" + fixed(angle) + ")");
    }
    if (options.preprocess) {
        const int half = std::max(8, (dpi > 0 ? dpi : 300) / 12);  // window ~2 text lines high
        if (PixPtr bin{sauvola(pix.get(), half, k_sauvola_k)}) {
            pix = std::move(bin);
            steps.push_back("sauvola");
        }
    }

    // One engine per process: callers on several threads take turns (the
    // supervised child has one thread; parallelism is across processes).
    static std::mutex engine_mutex;
    std::lock_guard lock(engine_mutex);
    std::string error;
    tesseract::TessBaseAPI* api = Engine::instance().get(options, error);
    if (!api) {
        r.error = error;
        return r;
    }
    if (dpi > 0) pixSetResolution(pix.get(), dpi, dpi);
    int orientation = L_TEXT_ORIENT_UNKNOWN;
    if (options.preprocess && pixGetDepth(pix.get()) == 1) {
        int quarter = 0;
        orientation = text_orientation(pix.get(), dpi, quarter);
        if (quarter != 0) {
            if (PixPtr turned{pixRotateOrth(pix.get(), quarter)}) {
                pix = std::move(turned);
                steps.push_back("rotate(" + std::to_string(90 * quarter) + ")");
            }
        }
    }
    Recognised best = recognise(api, pix.get(), dpi);
    if (options.preprocess && best.ok && best.confidence < k_orientation_retry_confidence &&
        orientation == L_TEXT_ORIENT_UNKNOWN) {
        // Upside down or on its side after all? Compare a band of each rotation.
        double upright = band_confidence(api, pix.get(), dpi), best_band = upright;
        int best_quarter = 0;
        PixPtr best_pix;
        for (int quarter : {2, 1, 3}) {
            PixPtr rotated(pixRotateOrth(pix.get(), quarter));
            if (!rotated) continue;
            double c = band_confidence(api, rotated.get(), dpi);
            if (c > best_band) {
                best_band = c;
                best_quarter = quarter;
                best_pix = std::move(rotated);
            }
        }
        if (best_quarter != 0 && best_band >= upright + k_orientation_margin) {
            Recognised turned = recognise(api, best_pix.get(), dpi);
            if (turned.ok && turned.confidence > best.confidence) {
                best = std::move(turned);
                steps.push_back("rotate(" + std::to_string(90 * best_quarter) + ")");
            }
        }
    }
    r.ok = best.ok;
    r.text = std::move(best.text);
    r.confidence = best.confidence;
    if (!r.ok) r.error = "recognition failed";

    for (std::size_t i = 0; i < steps.size(); ++i) r.preprocessing += (i ? "," : "") + steps[i];
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return r;
}

OcrResult ocr_gray8(const unsigned char* data, int width, int height, int stride, int dpi, const Options& options) {
    quiet_leptonica();
    PixPtr pix(pixCreate(width, height, 8));
    if (!pix) {
        OcrResult r;
        r.error = "out of memory for the page raster";
        return r;
    }
    l_uint32* lines = pixGetData(pix.get());
    const int wpl = pixGetWpl(pix.get());
    for (int y = 0; y < height; ++y) {
        const unsigned char* src = data + static_cast<std::size_t>(y) * stride;
        l_uint32* dst = lines + static_cast<std::size_t>(y) * wpl;
        for (int x = 0; x < width; ++x) SET_DATA_BYTE(dst, x, src[x]);
    }
    pixSetResolution(pix.get(), dpi, dpi);
    return ocr_pix(pix.get(), dpi, options);
}

}  // namespace kc::extract::detail

namespace kc::extract {
bool warm_up_ocr(const Options& options) { return detail::warm_up_engine(options); }
}  // namespace kc::extract
