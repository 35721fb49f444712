// extract/raster.cpp — see raster.h.
#include "extract/raster.h"

#include <algorithm>
#include <vector>

namespace kc::extract::raster {
namespace {

using u8 = std::uint8_t;

// Sorts each column of three rows: lo ≤ mid ≤ hi, element by element.
void sort_columns(const u8* a, const u8* b, const u8* c, u8* lo, u8* mid, u8* hi, int n) {
    for (int x = 0; x < n; ++x) {
        const u8 mn_ab = std::min(a[x], b[x]), mx_ab = std::max(a[x], b[x]);
        lo[x] = std::min(mn_ab, c[x]);
        hi[x] = std::max(mx_ab, c[x]);
        mid[x] = std::max(mn_ab, std::min(mx_ab, c[x]));
    }
}

inline u8 med3(u8 a, u8 b, u8 c) { return std::max(std::min(a, b), std::min(std::max(a, b), c)); }

}  // namespace

void median3x3(const u8* src, std::size_t src_stride, u8* dst, std::size_t dst_stride, int width, int height) {
    if (width <= 0 || height <= 0) return;
    // Columns padded by one replicated pixel at each end.
    const int n = width + 2;
    std::vector<u8> rows(3 * static_cast<std::size_t>(n)), lo(n), mid(n), hi(n);
    auto padded = [&](int y, u8* out) {
        y = std::clamp(y, 0, height - 1);
        const u8* s = src + static_cast<std::size_t>(y) * src_stride;
        std::copy(s, s + width, out + 1);
        out[0] = s[0];
        out[width + 1] = s[width - 1];
    };
    u8* r0 = rows.data();
    u8* r1 = r0 + n;
    u8* r2 = r1 + n;
    padded(-1, r0);
    padded(0, r1);
    for (int y = 0; y < height; ++y) {
        padded(y + 1, r2);
        sort_columns(r0, r1, r2, lo.data(), mid.data(), hi.data(), n);
        // The median of nine = med3(max of the column minima, med3 of the
        // column medians, min of the column maxima).
        u8* d = dst + static_cast<std::size_t>(y) * dst_stride;
        for (int x = 0; x < width; ++x) {
            const u8 max_lo = std::max(std::max(lo[x], lo[x + 1]), lo[x + 2]);
            const u8 min_hi = std::min(std::min(hi[x], hi[x + 1]), hi[x + 2]);
            const u8 med_mid = med3(mid[x], mid[x + 1], mid[x + 2]);
            d[x] = med3(max_lo, med_mid, min_hi);
        }
        std::swap(r0, r1);  // rotate the three row buffers
        std::swap(r1, r2);
    }
}

void sauvola(const u8* src, std::size_t src_stride, u8* dst, std::size_t dst_stride, int width, int height, int half,
             double k) {
    if (width <= 0 || height <= 0) return;
    half = std::clamp(half, 1, 127);
    std::vector<std::uint32_t> col_sum(width, 0), col_sq(width, 0);
    auto add_row = [&](int y, bool add) {
        const u8* s = src + static_cast<std::size_t>(y) * src_stride;
        for (int x = 0; x < width; ++x) {
            const std::uint32_t v = s[x];
            if (add) col_sum[x] += v, col_sq[x] += v * v;
            else col_sum[x] -= v, col_sq[x] -= v * v;
        }
    };
    for (int y = 0; y <= std::min(half, height - 1); ++y) add_row(y, true);
    for (int y = 0; y < height; ++y) {
        if (y > 0) {
            if (y + half < height) add_row(y + half, true);
            if (y - half - 1 >= 0) add_row(y - half - 1, false);
        }
        const std::uint32_t rows = static_cast<std::uint32_t>(std::min(height - 1, y + half) - std::max(0, y - half) + 1);
        std::uint32_t win_sum = 0, win_sq = 0;
        for (int x = 0; x <= std::min(half, width - 1); ++x) win_sum += col_sum[x], win_sq += col_sq[x];
        const u8* s = src + static_cast<std::size_t>(y) * src_stride;
        u8* d = dst + static_cast<std::size_t>(y) * dst_stride;
        for (int x = 0; x < width; ++x) {
            if (x > 0) {
                if (x + half < width) win_sum += col_sum[x + half], win_sq += col_sq[x + half];
                if (x - half - 1 >= 0) win_sum -= col_sum[x - half - 1], win_sq -= col_sq[x - half - 1];
            }
            const std::uint32_t cols = static_cast<std::uint32_t>(std::min(width - 1, x + half) - std::max(0, x - half) + 1);
            d[x] = sauvola_ink(s[x], win_sum, win_sq, rows * cols, k) ? 1 : 0;
        }
    }
}

}  // namespace kc::extract::raster
