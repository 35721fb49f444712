// extract/extract.cpp — the stage entry point: detect the format, dispatch to
// the reader for it, and sum the pages up (text_source, NO_TEXT).
#include <algorithm>
#include <exception>
#include <fstream>
#include <set>

#include "extract/detail.h"
#include "extract/extract.h"
#include "extract/stamped_text.h"
#include "util/text.h"

namespace kc::extract {
namespace detail {

std::string clean_text(std::string_view raw) {
    std::string norm = kc::text::nfc(raw);
    std::string out;
    out.reserve(norm.size());
    std::string line;
    int blank_run = 0;
    auto flush = [&](bool last) {
        auto end = line.find_last_not_of(" \t");
        line.erase(end == std::string::npos ? 0 : end + 1);
        if (line.empty()) {
            ++blank_run;
        } else {
            blank_run = 0;
        }
        if (blank_run <= 1) {
            out += line;
            if (!last) out += '\n';
        }
        line.clear();
    };
    for (std::size_t i = 0; i < norm.size(); ++i) {
        char c = norm[i];
        if (c == '\r') {
            if (i + 1 < norm.size() && norm[i + 1] == '\n') continue;
            c = '\n';
        }
        if (c == '\n' || c == '\f' || c == '\v') {
            flush(false);
        } else if (c != '\0') {
            line += c;
        }
    }
    flush(true);
    // no leading/trailing blank lines
    auto first = out.find_first_not_of('\n');
    if (first == std::string::npos) return {};
    auto last = out.find_last_not_of('\n');
    return out.substr(first, last - first + 1);
}

std::size_t visible_chars(std::string_view utf8) {
    std::size_t n = 0;
    for (unsigned char c : utf8)
        if ((c & 0xC0) != 0x80 && c > ' ') ++n;  // count lead bytes of non-blank code points
    return n;
}

bool read_file(const std::filesystem::path& file, std::uint64_t max_bytes, std::string& bytes) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return false;
    std::error_code ec;
    auto size = std::filesystem::file_size(file, ec);
    if (ec || size > max_bytes) return false;
    bytes.resize(size);
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    return static_cast<std::uint64_t>(in.gcount()) == size;
}

bool PageSink::room() const {
    return m_out.analysis.pages.size() < static_cast<std::size_t>(std::max(m_limits.max_pages, 0));
}

void PageSink::add(int number, std::string text, const std::string& source, double confidence,
                   PageDiagnostics diag) {
    text = clean_text(text);
    std::string src = source;
    if (m_text_bytes + text.size() > m_limits.max_text_bytes) {
        std::size_t keep = m_text_bytes >= m_limits.max_text_bytes ? 0 : m_limits.max_text_bytes - m_text_bytes;
        while (keep > 0 && (static_cast<unsigned char>(text[keep]) & 0xC0) == 0x80) --keep;  // whole code points
        text.resize(keep);
        if (!m_cut) {
            m_out.analysis.reasons.push_back(make_reason(
                ReasonCode::TOO_LARGE, "text cut at extract.max_text_bytes=" + std::to_string(m_limits.max_text_bytes) +
                                           " bytes, from page " + std::to_string(number)));
            m_cut = true;
        }
    }
    if (visible_chars(text) == 0) {
        text.clear();
        src = "none";
        confidence = 0;
    }
    m_text_bytes += text.size();
    std::vector<std::string> steps;
    if (src != "none")
        for (const auto& step : kc::text::split(diag.preprocessing, ','))
            if (!step.empty()) steps.push_back(step);
    m_out.analysis.pages.push_back(PageText{number, std::move(text), src, confidence, std::move(steps)});
    diag.number = number;
    m_out.pages.push_back(std::move(diag));
}

void PageSink::skipped(int total_pages) {
    m_out.analysis.reasons.push_back(make_reason(
        ReasonCode::TOO_LARGE, std::to_string(total_pages) + " pages; only the first " +
                                   std::to_string(m_limits.max_pages) + " read (extract.max_pages)"));
}

namespace {

void text_pages(const std::filesystem::path& file, const Limits& limits, PageSink& sink) {
    std::string bytes;
    if (!read_file(file, limits.max_entry_bytes, bytes)) {
        sink.out().analysis.reasons.push_back(make_reason(ReasonCode::UNREADABLE, "cannot read text file"));
        return;
    }
    // Plain text from Vietnamese Windows machines is often Windows-1258.
    std::string utf8 = kc::text::is_valid_utf8(bytes) ? bytes : kc::text::decode(bytes, "windows-1258");
    if (utf8.rfind("\xEF\xBB\xBF", 0) == 0) utf8.erase(0, 3);  // BOM
    sink.add(1, std::move(utf8), "text_layer", 1.0);
}

}  // namespace
}  // namespace detail

Extraction extract_file_detailed(const std::filesystem::path& file, const Limits& limits, const Options& options) {
    Extraction ex;
    Analysis& a = ex.analysis;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec)) {
        a.format = "unknown";
        a.text_source = "none";
        a.reasons.push_back(make_reason(ReasonCode::UNREADABLE, "not a regular file"));
        return ex;
    }
    a.format = detect_format(file, &a.mime);
    detail::PageSink sink(ex, limits);
    const std::string& f = a.format;
    try {
        if (f == "pdf") {
            detail::pdf_pages(file, limits, options, sink);
        } else if (f == "docx" || f == "xlsx" || f == "odt" || f == "ods") {
            detail::office_pages(file, f, limits, sink);
        } else if (f == "jpeg" || f == "png" || f == "tiff" || f == "webp" || f == "bmp") {
            detail::image_pages(file, f, limits, options, sink);
            if (f == "jpeg" || f == "tiff") {
                std::string head;  // EXIF sits in the first 64 KB of a JPEG; TIFF IFDs anywhere
                if (detail::read_file(file, limits.max_entry_bytes, head)) a.exif_date = exif_date(head);
            }
        } else if (f == "text") {
            detail::text_pages(file, limits, sink);
        } else if (f == "doc" || f == "xls") {
            Reason r = make_reason(ReasonCode::UNSUPPORTED_FORMAT, f + " (" + a.mime + ")");
            r.hint = "Tệp Word/Excel định dạng cũ (.doc/.xls): lưu thành PDF (có ký số) và gửi lại";
            r.hint_en = "Legacy Word/Excel file (.doc/.xls): save it as a (digitally signed) PDF and resend";
            a.reasons.push_back(r);
        } else if (f == "zip") {
            a.reasons.push_back(make_reason(ReasonCode::UNSUPPORTED_FORMAT,
                                            "zip archive inside a document slot (" + a.mime + ")"));
        } else {
            a.reasons.push_back(make_reason(ReasonCode::UNSUPPORTED_FORMAT, a.mime.empty() ? "unknown" : a.mime));
        }
    } catch (const std::exception& e) {
        // Library exceptions carry positions and codes, not document text.
        a.reasons.push_back(make_reason(ReasonCode::UNREADABLE, std::string("reader failed: ") + e.what()));
    }

    bool pending = false;
    for (const auto& p : a.pages) pending |= p.source == "pending_ocr";
    if (!pending) summarise(a);  // else the supervisor does, once the pages are OCR'd
    return ex;
}

void summarise(Analysis& a) {
    std::set<std::string> sources;
    for (const auto& p : a.pages) sources.insert(p.source);
    bool layer = sources.count("text_layer") > 0, ocr = sources.count("ocr") > 0;
    a.text_source = layer && ocr ? "mixed" : layer ? "text_layer" : ocr ? "ocr" : "none";
    if (a.text_source == "none" && !has_reason(a.reasons, ReasonCode::UNSUPPORTED_FORMAT) &&
        !has_reason(a.reasons, ReasonCode::NO_TEXT) && !has_reason(a.reasons, ReasonCode::TOO_LARGE) &&
        !has_reason(a.reasons, ReasonCode::UNREADABLE) && !has_reason(a.reasons, ReasonCode::PARSER_TIMEOUT))
        a.reasons.push_back(make_reason(ReasonCode::NO_TEXT, std::to_string(a.pages.size()) + " pages"));
}

PageOcr ocr_pdf_page(const std::filesystem::path& file, int number, const Options& options) {
    PageOcr out;
    std::string skip;
    const std::string format = detect_format(file);
    const bool image = format == "jpeg" || format == "png" || format == "tiff" || format == "webp" || format == "bmp";
    detail::OcrResult r;
    if (image) {
        Limits defaults;
        std::string bytes;
        if (!detail::read_file(file, defaults.max_entry_bytes, bytes)) r.error = "cannot read image file";
        else r = detail::ocr_image_page(bytes, format, number - 1, options, skip);
    } else {
        r = detail::ocr_pdf_page(file, number, options, skip);
    }
    const std::string where = "page " + std::to_string(number) + ": ";
    if (!skip.empty()) out.reasons.push_back(make_reason(ReasonCode::TOO_LARGE, where + skip));
    else if (!r.ok)
        out.reasons.push_back(make_reason(
            r.error.find("cannot be decoded") != std::string::npos ? ReasonCode::UNREADABLE : ReasonCode::NO_TEXT,
            where + r.error));
    if (r.ok && !image) {
        Limits defaults;
        auto stamps = detail::pdf_stamped_texts(file, number, 1, defaults.max_entry_bytes);
        int added = 0;
        if (!stamps.empty()) r.text = merge_stamped(std::move(r.text), stamps.front(), added);
        if (added > 0) r.preprocessing += (r.preprocessing.empty() ? "" : ",") + ("stamped(" + std::to_string(added) + ")");
    }
    Extraction one;
    Limits limits;
    limits.max_pages = 1;
    detail::PageSink sink(one, limits);
    sink.add(number, r.ok ? std::move(r.text) : std::string(), r.ok ? "ocr" : "none", r.confidence,
             PageDiagnostics{number, r.preprocessing, r.seconds});
    out.page = std::move(one.analysis.pages.front());
    return out;
}

Analysis extract_file(const std::filesystem::path& file, const Limits& limits, const Options& options) {
    return extract_file_detailed(file, limits, options).analysis;
}

}  // namespace kc::extract
