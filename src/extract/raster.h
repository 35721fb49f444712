// extract/raster.h — small pure raster kernels used by OCR preprocessing,
// where Leptonica's general routines are needlessly slow for our one case.
//
// Contract
// - Input and output are 8-bit grey rows in natural byte order (x = 0 first),
//   `width` bytes used per row, `stride` bytes between rows; src and dst must
//   not overlap. No allocation beyond `width`-sized scratch rows.
// - median3x3: the exact median of each pixel's 3×3 neighbourhood, edges
//   replicated (a pixel outside the image takes the value of the nearest
//   edge pixel). Same result as a sort of the nine values, ~10× faster than
//   Leptonica's rank filter (pixMedianFilter) because it uses the classic
//   column-sort network (Paeth / Smith) that the compiler vectorises.
// - sauvola: Sauvola's local threshold (the binarisation of Leptonica's
//   pixSauvolaBinarize): a pixel is ink (dst 1, else 0) when
//     v < m · (1 − k · (1 − s / 128))
//   with m and s the mean and standard deviation of the (2·half+1)² window
//   around it, clipped at the image edges (the window holds only pixels of
//   the image). Column sums slide down the rows and a running sum along each
//   row, in 32-bit integers (exact: a 255² · (2·half+1)² sum fits while
//   half ≤ 127), so the cost is a few operations per pixel whatever the
//   window — ~4× faster than Leptonica's tiled version, whose 64-bit
//   accumulator images also page-fault. half is clamped to 1…127.
#pragma once
#include <cmath>
#include <cstddef>
#include <cstdint>

namespace kc::extract::raster {

void median3x3(const std::uint8_t* src, std::size_t src_stride, std::uint8_t* dst, std::size_t dst_stride, int width,
               int height);

// The decision for one pixel from the exact window sums (also what a
// reference implementation must compute, in this order, to agree bit for bit).
inline bool sauvola_ink(std::uint8_t v, std::uint32_t sum, std::uint32_t sum_sq, std::uint32_t n, double k) {
    const double mean = static_cast<double>(sum) / n;
    const double var = static_cast<double>(sum_sq) / n - mean * mean;
    const double sd = var > 0 ? std::sqrt(var) : 0.0;
    return v < mean * (1.0 - k * (1.0 - sd / 128.0));
}

void sauvola(const std::uint8_t* src, std::size_t src_stride, std::uint8_t* dst, std::size_t dst_stride, int width,
             int height, int half, double k);

}  // namespace kc::extract::raster
