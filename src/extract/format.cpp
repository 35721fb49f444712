// extract/format.cpp — format detection by content (libmagic), never by name.
#include <magic.h>

#include <memory>
#include <mutex>
#include <string_view>

#include "extract/detail.h"
#include "extract/extract.h"

namespace kc::extract {
namespace {

struct MagicCloser {
    void operator()(magic_set* m) const { magic_close(m); }
};

// One libmagic handle per process: loading the database costs ~10 ms and a
// handle is not thread-safe, hence the mutex.
std::mutex g_magic_mutex;

magic_set* magic_handle() {
    static std::unique_ptr<magic_set, MagicCloser> handle = [] {
        std::unique_ptr<magic_set, MagicCloser> m(magic_open(MAGIC_MIME_TYPE));
        if (m && magic_load(m.get(), nullptr) != 0) m.reset();
        return m;
    }();
    return handle.get();
}

struct MimeFormat {
    std::string_view mime;
    std::string_view format;
};

constexpr MimeFormat k_formats[] = {
    {"application/pdf", "pdf"},
    {"application/x-pdf", "pdf"},
    {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"},
    {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"},
    {"application/vnd.oasis.opendocument.text", "odt"},
    {"application/vnd.oasis.opendocument.spreadsheet", "ods"},
    {"application/msword", "doc"},
    {"application/vnd.ms-excel", "xls"},
    {"image/jpeg", "jpeg"},
    {"image/png", "png"},
    {"image/tiff", "tiff"},
    {"image/webp", "webp"},
    {"image/bmp", "bmp"},
    {"image/x-ms-bmp", "bmp"},
    {"application/zip", "zip"},
};

}  // namespace

std::string detect_format(const std::filesystem::path& file, std::string* mime) {
    std::string type;
    {
        std::lock_guard lock(g_magic_mutex);
        magic_set* m = magic_handle();
        const char* t = m ? magic_file(m, file.c_str()) : nullptr;
        if (t) type = t;
    }
    if (mime) *mime = type;
    std::string format = "unknown";
    for (const auto& f : k_formats)
        if (type == f.mime) format = f.format;
    if (format == "unknown" && type.rfind("text/", 0) == 0) format = "text";
    // libmagic only recognises OOXML when [Content_Types].xml comes first in
    // the zip; other writers put it anywhere, so look inside.
    if (format == "zip") {
        format = detail::sniff_zip(file);
        if (mime && format != "zip") {
            for (const auto& f : k_formats)
                if (f.format == format) *mime = f.mime;
        }
    }
    return format;
}

}  // namespace kc::extract
