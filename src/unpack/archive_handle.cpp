#include "unpack/archive_handle.h"

#include <archive.h>
#include <archive_entry.h>
#include <locale.h>

namespace kc::unpack {

void ArchiveCloser::operator()(archive* a) const {
    if (a) archive_read_free(a);
}

namespace {

constexpr std::size_t k_block_size = 64 * 1024;
constexpr std::size_t k_max_error_chars = 200;

void enable_formats(archive* a, bool allow_empty) {
    // Listed one by one instead of archive_read_support_format_all(): that
    // would add "raw" (every file opens), "mtree" (reads local files named
    // inside the archive) and readers no office sends (iso9660, cpio, cab,
    // lha, xar, warc …) whose bugs we would inherit: libarchive 3.6.2 aborts
    // the process on the rock-ridge CE loop ISO of its own test suite.
    archive_read_support_format_zip(a);
    archive_read_support_format_7zip(a);
    archive_read_support_format_rar(a);
    archive_read_support_format_rar5(a);
    archive_read_support_format_tar(a);
    archive_read_support_format_gnutar(a);
    if (allow_empty) archive_read_support_format_empty(a);
    archive_read_support_filter_all(a);
}

}  // namespace

ArchivePtr open_archive(const std::filesystem::path& file, bool allow_empty, std::string& error) {
    ArchivePtr a(archive_read_new());
    if (!a) {
        error = "out of memory";
        return nullptr;
    }
    enable_formats(a.get(), allow_empty);
    if (archive_read_open_filename(a.get(), file.c_str(), k_block_size) != ARCHIVE_OK) {
        error = error_text(a.get());
        return nullptr;
    }
    return a;
}

bool looks_like_document_package(const std::filesystem::path& file) {
    constexpr int k_max_headers_scanned = 64;
    std::string error;
    ArchivePtr a = open_archive(file, false, error);
    if (!a) return false;
    archive_entry* ae = nullptr;
    for (int i = 0; i < k_max_headers_scanned; ++i) {
        int r = archive_read_next_header(a.get(), &ae);
        if (r != ARCHIVE_OK && r != ARCHIVE_WARN) return false;
        const char* name = archive_entry_pathname(ae);
        if (!name) continue;
        std::string_view n(name);
        if (n == "[Content_Types].xml" || n == "mimetype" || n == "META-INF/container.xml" ||
            n == "META-INF/manifest.xml" || n == "AndroidManifest.xml")
            return true;
    }
    return false;
}

std::string format_label(archive* a) {
    std::string base;
    switch (archive_format(a) & ARCHIVE_FORMAT_BASE_MASK) {
        case ARCHIVE_FORMAT_ZIP: base = "zip"; break;
        case ARCHIVE_FORMAT_7ZIP: base = "7z"; break;
        case ARCHIVE_FORMAT_RAR:
        case ARCHIVE_FORMAT_RAR_V5: base = "rar"; break;
        case ARCHIVE_FORMAT_TAR: base = "tar"; break;
        case ARCHIVE_FORMAT_CPIO: base = "cpio"; break;
        case ARCHIVE_FORMAT_ISO9660: base = "iso"; break;
        case ARCHIVE_FORMAT_CAB: base = "cab"; break;
        case ARCHIVE_FORMAT_LHA: base = "lha"; break;
        case ARCHIVE_FORMAT_XAR: base = "xar"; break;
        case ARCHIVE_FORMAT_EMPTY: base = "empty"; break;
        default: {
            const char* name = archive_format_name(a);
            base = name ? name : "unknown";
        }
    }
    for (int i = 0; i < archive_filter_count(a); ++i) {
        switch (archive_filter_code(a, i)) {
            case ARCHIVE_FILTER_GZIP: return base + ".gz";
            case ARCHIVE_FILTER_BZIP2: return base + ".bz2";
            case ARCHIVE_FILTER_XZ: return base + ".xz";
            case ARCHIVE_FILTER_LZMA: return base + ".lzma";
            case ARCHIVE_FILTER_ZSTD: return base + ".zst";
            case ARCHIVE_FILTER_COMPRESS: return base + ".Z";
            case ARCHIVE_FILTER_LZ4: return base + ".lz4";
            default: break;
        }
    }
    return base;
}

std::string error_text(archive* a) {
    const char* e = archive_error_string(a);
    std::string s = e ? e : "unknown libarchive error";
    if (s.size() > k_max_error_chars) s.resize(k_max_error_chars);
    return s;
}

Utf8LocaleScope::Utf8LocaleScope() {
    locale_t l = newlocale(LC_CTYPE_MASK, "C.UTF-8", static_cast<locale_t>(0));
    if (!l) l = newlocale(LC_CTYPE_MASK, "en_US.UTF-8", static_cast<locale_t>(0));
    if (!l) return;  // names that need conversion will come out empty; recorded as such
    m_locale = l;
    m_previous = uselocale(l);
}

Utf8LocaleScope::~Utf8LocaleScope() {
    if (!m_locale) return;
    uselocale(static_cast<locale_t>(m_previous));
    freelocale(static_cast<locale_t>(m_locale));
}

}  // namespace kc::unpack
