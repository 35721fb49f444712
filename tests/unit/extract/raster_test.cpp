// tests/unit/extract/raster_test.cpp — the 3×3 median against a plain sort of
// the nine neighbours, on seeded random images of awkward sizes.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <random>
#include <tuple>
#include <vector>

#include "extract/raster.h"

namespace kc::extract::raster {
namespace {

std::vector<std::uint8_t> reference_median(const std::vector<std::uint8_t>& img, int w, int h) {
    std::vector<std::uint8_t> out(img.size());
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            std::array<std::uint8_t, 9> v{};
            int k = 0;
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx) {
                    int yy = std::clamp(y + dy, 0, h - 1), xx = std::clamp(x + dx, 0, w - 1);
                    v[k++] = img[static_cast<std::size_t>(yy) * w + xx];
                }
            std::sort(v.begin(), v.end());
            out[static_cast<std::size_t>(y) * w + x] = v[4];
        }
    return out;
}

TEST(Raster, MedianMatchesSortingOnRandomImages) {
    std::mt19937 rng(2022);
    const std::pair<int, int> sizes[] = {{1, 1}, {1, 7}, {7, 1}, {2, 2}, {3, 5}, {17, 13}, {64, 33}, {257, 31}};
    for (auto [w, h] : sizes) {
        std::vector<std::uint8_t> img(static_cast<std::size_t>(w) * h);
        for (auto& p : img) p = static_cast<std::uint8_t>(rng() % 256);
        std::vector<std::uint8_t> got(img.size(), 0xAB);
        median3x3(img.data(), w, got.data(), w, w, h);
        EXPECT_EQ(got, reference_median(img, w, h)) << w << "x" << h;
    }
}

TEST(Raster, MedianHonoursStridesAndLeavesPaddingAlone) {
    const int w = 5, h = 4, src_stride = 8, dst_stride = 7;
    std::vector<std::uint8_t> src(src_stride * h, 0), dst(dst_stride * h, 0xEE), packed(w * h);
    std::mt19937 rng(7);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) src[y * src_stride + x] = packed[y * w + x] = static_cast<std::uint8_t>(rng() % 256);
    median3x3(src.data(), src_stride, dst.data(), dst_stride, w, h);
    auto want = reference_median(packed, w, h);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) EXPECT_EQ(dst[y * dst_stride + x], want[y * w + x]);
        for (int x = w; x < dst_stride; ++x) EXPECT_EQ(dst[y * dst_stride + x], 0xEE);
    }
}

TEST(Raster, MedianRemovesSaltAndPepperButKeepsStrokes) {
    const int w = 40, h = 20;
    std::vector<std::uint8_t> img(w * h, 255), out(w * h);
    for (int x = 5; x < 35; ++x)
        for (int y = 8; y < 11; ++y) img[y * w + x] = 0;  // a 3-px stroke
    img[2 * w + 3] = 0;                                  // pepper
    img[15 * w + 30] = 0;
    img[9 * w + 20] = 255;  // salt inside the stroke
    median3x3(img.data(), w, out.data(), w, w, h);
    EXPECT_EQ(out[2 * w + 3], 255);
    EXPECT_EQ(out[15 * w + 30], 255);
    EXPECT_EQ(out[9 * w + 20], 0);
    EXPECT_EQ(out[9 * w + 10], 0);
}

// Brute force: the window sums of every pixel, then the same decision.
std::vector<std::uint8_t> reference_sauvola(const std::vector<std::uint8_t>& img, int w, int h, int half, double k) {
    std::vector<std::uint8_t> out(img.size());
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            std::uint32_t sum = 0, sq = 0, n = 0;
            for (int yy = std::max(0, y - half); yy <= std::min(h - 1, y + half); ++yy)
                for (int xx = std::max(0, x - half); xx <= std::min(w - 1, x + half); ++xx) {
                    const std::uint32_t v = img[static_cast<std::size_t>(yy) * w + xx];
                    sum += v, sq += v * v, ++n;
                }
            out[static_cast<std::size_t>(y) * w + x] = sauvola_ink(img[static_cast<std::size_t>(y) * w + x], sum, sq, n, k);
        }
    return out;
}

TEST(Raster, SauvolaMatchesBruteForce) {
    std::mt19937 rng(30);
    const std::tuple<int, int, int> cases[] = {{1, 1, 1}, {5, 3, 1}, {3, 9, 2}, {40, 23, 4}, {67, 41, 8}, {30, 30, 25}};
    for (auto [w, h, half] : cases) {
        std::vector<std::uint8_t> img(static_cast<std::size_t>(w) * h);
        for (auto& p : img) p = static_cast<std::uint8_t>(rng() % 2 ? 200 + rng() % 56 : rng() % 120);
        std::vector<std::uint8_t> got(img.size(), 7);
        sauvola(img.data(), w, got.data(), w, w, h, half, 0.34);
        EXPECT_EQ(got, reference_sauvola(img, w, h, half, 0.34)) << w << "x" << h << " half " << half;
    }
}

TEST(Raster, SauvolaFindsFaintTextOnShadedPaper) {
    // Paper brightening from 100 (left) to 240 (right); strokes half as bright as the paper around them.
    const int w = 120, h = 30;
    std::vector<std::uint8_t> img(w * h), ink(w * h);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const int paper = 100 + 140 * x / (w - 1);
            const bool stroke = (x % 20 == 10 || x % 20 == 11) && y > 5 && y < 25;
            img[y * w + x] = static_cast<std::uint8_t>(stroke ? paper / 2 : paper);
        }
    sauvola(img.data(), w, ink.data(), w, w, h, 8, 0.34);
    for (int x : {10, 50, 110}) EXPECT_EQ(ink[15 * w + x], 1) << "stroke at x=" << x;
    for (int x : {5, 45, 100}) EXPECT_EQ(ink[15 * w + x], 0) << "paper at x=" << x;
    // one global threshold cannot do both ends: the dark paper is darker than the bright strokes
    EXPECT_LT(img[15 * w + 5], img[15 * w + 110]);
}

}  // namespace
}  // namespace kc::extract::raster
