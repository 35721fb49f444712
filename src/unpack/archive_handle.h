// unpack/archive_handle.h — thin RAII adapter over libarchive's read handle.
// Owns the handle, chooses the formats we accept, and names the format found.
#pragma once
#include <filesystem>
#include <memory>
#include <string>

struct archive;

namespace kc::unpack {

struct ArchiveCloser {
    void operator()(archive* a) const;
};
using ArchivePtr = std::unique_ptr<archive, ArchiveCloser>;

// Opens `file` for reading with every archive format we accept (never "raw",
// never "mtree") and every filter. allow_empty: a zero-byte file opens as an
// archive with no entries (the dropped file) instead of failing (a nested
// blob). Returns null and fills `error` when the bytes are not an archive.
ArchivePtr open_archive(const std::filesystem::path& file, bool allow_empty, std::string& error);

// True when the archive's member names show an OOXML/ODF/EPUB package
// ([Content_Types].xml, mimetype, META-INF/…): a document, not an archive.
bool looks_like_document_package(const std::filesystem::path& file);

// "zip", "7z", "rar", "tar", "tar.gz", "cpio", … — valid after the first header.
std::string format_label(archive* a);

// The last libarchive error text, shortened: it goes into reason details.
std::string error_text(archive* a);

// libarchive converts Unicode entry names (zip UTF-8 flag, 7z, rar, pax) into
// the current locale and drops them when that is "C". This switches the
// calling thread (only) to C.UTF-8 while it lives.
class Utf8LocaleScope {
public:
    Utf8LocaleScope();
    ~Utf8LocaleScope();
    Utf8LocaleScope(const Utf8LocaleScope&) = delete;
    Utf8LocaleScope& operator=(const Utf8LocaleScope&) = delete;

private:
    void* m_locale = nullptr;    // locale_t made here
    void* m_previous = nullptr;  // locale_t to restore
};

}  // namespace kc::unpack
