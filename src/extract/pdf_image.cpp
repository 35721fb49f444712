// extract/pdf_image.cpp — the scanned image of a PDF page, taken as it is.
//
// A scanner's PDF page is one image drawn over the whole page. Rendering it
// at 300 dpi (poppler) resamples it — a 200-dpi scan becomes 2.25× the pixels —
// and costs a quarter of the OCR time (bench/ocr_bench.sh); the tesseract CLI
// on the scanner's JPEG does not pay that. So when the page is exactly that
// (one image XObject, drawn once, axis-aligned, covering the media box, no
// visible annotation drawn over it; no
// mask, no /Decode; an 8-bit grey/RGB or 1-bit grey raster under filters qpdf
// decodes, JPEG included), the image is decoded at its own resolution and the page's
// /Rotate applied. Anything else returns false and the page is rendered.
#define POINTERHOLDER_TRANSITION 4  // qpdf 11: std::shared_ptr, no PointerHolder
#include <allheaders.h>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAnnotationObjectHelper.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <cmath>
#include <exception>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "extract/detail.h"

namespace kc::extract::detail {
namespace {

struct Matrix {
    double a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;
    // this = m × this (the PDF `cm` operator)
    void pre(const Matrix& m) {
        Matrix r;
        r.a = m.a * a + m.b * c;
        r.b = m.a * b + m.b * d;
        r.c = m.c * a + m.d * c;
        r.d = m.c * b + m.d * d;
        r.e = m.e * a + m.f * c + e;
        r.f = m.e * b + m.f * d + f;
        *this = r;
    }
};

// Follows q/Q/cm through the page's content and records every `Do`.
class Placements : public QPDFObjectHandle::ParserCallbacks {
public:
    void handleObject(QPDFObjectHandle obj) override {
        if (!obj.isOperator()) {
            m_operands.push_back(obj);
            return;
        }
        const std::string op = obj.getOperatorValue();
        if (op == "q") {
            m_stack.push_back(m_ctm);
        } else if (op == "Q") {
            if (!m_stack.empty()) m_ctm = m_stack.back(), m_stack.pop_back();
        } else if (op == "cm" && m_operands.size() == 6) {
            double v[6];
            bool ok = true;
            for (int i = 0; i < 6; ++i) ok = ok && m_operands[i].getValueAsNumber(v[i]);
            if (ok) m_ctm.pre(Matrix{v[0], v[1], v[2], v[3], v[4], v[5]});
        } else if (op == "Do") {
            ++draws;
            if (m_operands.size() == 1 && m_operands[0].isName()) name = m_operands[0].getName();
            at = m_ctm;
        } else if (op == "BI") {
            ++draws;  // an inline image: not the simple case
        }
        m_operands.clear();
    }
    void handleEOF() override {}

    int draws = 0;
    std::string name;
    Matrix at;

private:
    Matrix m_ctm;
    std::vector<Matrix> m_stack;
    std::vector<QPDFObjectHandle> m_operands;
};

struct PixDeleter {
    void operator()(Pix* p) const { pixDestroy(&p); }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

bool near(double x, double y, double tolerance) { return std::abs(x - y) <= tolerance; }

// Colour components of the image's colour space: 1 (grey), 3 (RGB), 0 (other).
int components(QPDFObjectHandle cs) {
    if (cs.isName()) {
        if (cs.getName() == "/DeviceGray" || cs.getName() == "/CalGray") return 1;
        if (cs.getName() == "/DeviceRGB" || cs.getName() == "/CalRGB") return 3;
        return 0;
    }
    if (cs.isArray() && cs.getArrayNItems() == 2 && cs.getArrayItem(0).isNameAndEquals("/ICCBased")) {
        QPDFObjectHandle profile = cs.getArrayItem(1);
        if (!profile.isStream()) return 0;
        QPDFObjectHandle n = profile.getDict().getKey("/N");
        if (n.isInteger() && (n.getIntValue() == 1 || n.getIntValue() == 3)) return static_cast<int>(n.getIntValue());
    }
    if (cs.isArray() && cs.getArrayNItems() >= 1) {
        QPDFObjectHandle kind = cs.getArrayItem(0);
        if (kind.isNameAndEquals("/CalGray")) return 1;
        if (kind.isNameAndEquals("/CalRGB")) return 3;
    }
    return 0;
}

// Samples (rows padded to whole bytes) → a Leptonica image.
Pix* pix_from_samples(const unsigned char* data, std::size_t size, int w, int h, int ncomp, int bpc) {
    const std::size_t row = (static_cast<std::size_t>(w) * ncomp * bpc + 7) / 8;
    if (size < row * static_cast<std::size_t>(h)) return nullptr;
    const int depth = bpc == 1 ? 1 : ncomp == 1 ? 8 : 32;
    PixPtr pix(pixCreateNoInit(w, h, depth));
    if (!pix) return nullptr;
    l_uint32* lines = pixGetData(pix.get());
    const int wpl = pixGetWpl(pix.get());
    for (int y = 0; y < h; ++y) {
        const unsigned char* s = data + row * y;
        l_uint32* dst = lines + static_cast<std::size_t>(y) * wpl;
        if (depth == 1) {
            for (int i = 0; i < wpl; ++i) dst[i] = 0;
            for (int x = 0; x < w; ++x)  // PDF grey 1-bit: 0 is black; Leptonica 1 is black
                if (!((s[x >> 3] >> (7 - (x & 7))) & 1)) SET_DATA_BIT(dst, x);
        } else if (depth == 8) {
            for (int x = 0; x < w; ++x) SET_DATA_BYTE(dst, x, s[x]);
        } else {
            for (int x = 0; x < w; ++x) composeRGBPixel(s[3 * x], s[3 * x + 1], s[3 * x + 2], dst + x);
        }
    }
    return pix.release();
}

// A visible annotation with an appearance stream (a signature widget with its
// "signed by" text, a stamp) is drawn over the scan: only a rendering has it.
bool draws_annotations(QPDFPageObjectHelper& page) {
    constexpr int k_hidden = 1 << 1, k_no_view = 1 << 5;
    for (QPDFAnnotationObjectHelper& annot : page.getAnnotations()) {
        if (annot.getFlags() & (k_hidden | k_no_view)) continue;
        QPDFObjectHandle::Rectangle r = annot.getRect();
        if (std::abs(r.urx - r.llx) < 1 || std::abs(r.ury - r.lly) < 1) continue;  // invisible signature field
        if (annot.getAppearanceDictionary().isDictionary()) return true;
    }
    return false;
}

}  // namespace

bool pdf_page_scan(const std::filesystem::path& file, int number, std::uint64_t max_pixels, Pix** out, int& dpi) {
    *out = nullptr;
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processFile(file.c_str());
        if (pdf.isEncrypted()) return false;  // poppler handles what can be opened
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
        if (number < 1 || static_cast<std::size_t>(number) > pages.size()) return false;
        QPDFPageObjectHelper page = pages[static_cast<std::size_t>(number) - 1];

        if (draws_annotations(page)) return false;  // rendering shows them to OCR (a visible signature, a stamp)
        std::map<std::string, QPDFObjectHandle> images = page.getImages();
        if (images.size() != 1) return false;
        Placements placed;
        page.parseContents(&placed);
        if (placed.draws != 1 || images.count(placed.name) == 0) return false;

        QPDFObjectHandle::Rectangle box = page.getMediaBox().getArrayAsRectangle();
        const double pw = box.urx - box.llx, ph = box.ury - box.lly;
        const Matrix& m = placed.at;
        if (pw <= 0 || ph <= 0 || !near(m.b, 0, 0.01) || !near(m.c, 0, 0.01) || m.a <= 0 || m.d <= 0) return false;
        if (!near(m.e, box.llx, pw * 0.02) || !near(m.f, box.lly, ph * 0.02) || !near(m.a, pw, pw * 0.02) ||
            !near(m.d, ph, ph * 0.02))
            return false;

        QPDFObjectHandle image = images[placed.name];
        QPDFObjectHandle dict = image.getDict();
        if (dict.getKey("/ImageMask").isBool() && dict.getKey("/ImageMask").getBoolValue()) return false;
        if (dict.hasKey("/SMask") || dict.hasKey("/Mask") || dict.hasKey("/Decode")) return false;
        QPDFObjectHandle wo = dict.getKey("/Width"), ho = dict.getKey("/Height"), bo = dict.getKey("/BitsPerComponent");
        if (!wo.isInteger() || !ho.isInteger() || !bo.isInteger()) return false;
        const long long w = wo.getIntValue(), h = ho.getIntValue(), bpc = bo.getIntValue();
        if (w <= 0 || h <= 0 || w > 65535 || h > 65535) return false;
        if (static_cast<double>(w) * static_cast<double>(h) > static_cast<double>(max_pixels)) return false;
        const int ncomp = components(dict.getKey("/ColorSpace"));
        if (ncomp == 0) return false;
        const double resolution = static_cast<double>(w) * 72.0 / pw;
        if (resolution < 100 || resolution > 1200) return false;  // tiny or odd: rendering is the safer way

        if (!(bpc == 8 || (bpc == 1 && ncomp == 1))) return false;
        // Every filter decoded, JPEG included (qpdf_dl_all): throws on CCITT, JBIG2, JPX → rendered.
        std::shared_ptr<Buffer> data = image.getStreamData(qpdf_dl_all);
        const std::size_t expected = (static_cast<std::size_t>(w) * ncomp * bpc + 7) / 8 * static_cast<std::size_t>(h);
        if (data->getSize() != expected) return false;  // e.g. a CMYK JPEG under a DeviceRGB label
        PixPtr pix(pix_from_samples(data->getBuffer(), data->getSize(), static_cast<int>(w), static_cast<int>(h), ncomp,
                                    static_cast<int>(bpc)));
        if (!pix) return false;
        long long rotate = 0;
        QPDFObjectHandle r = page.getAttribute("/Rotate", false);
        if (r.isInteger()) rotate = ((r.getIntValue() % 360) + 360) % 360;
        if (rotate % 90 != 0) return false;
        if (rotate != 0) {  // /Rotate turns the page clockwise for display; so does pixRotateOrth
            PixPtr turned(pixRotateOrth(pix.get(), static_cast<int>(rotate / 90)));
            if (!turned) return false;
            pix = std::move(turned);
        }
        dpi = static_cast<int>(std::lround(resolution));
        pixSetResolution(pix.get(), dpi, dpi);
        *out = pix.release();
        return true;
    } catch (const std::exception&) {
        return false;  // damaged or unusual: poppler renders it (or says why not)
    }
}

}  // namespace kc::extract::detail
