// unpack/entry_name.h — pure functions over the name of one archive entry:
// decoding raw name bytes, judging whether the name is safe, spotting system
// and temporary files. No I/O and no libarchive, so each rule is testable alone.
#pragma once
#include <string>
#include <string_view>

namespace kc::unpack {

struct DecodedName {
    std::string utf8;      // NFC, '\' turned into '/', still unchecked
    std::string encoding;  // "utf8-flag" | "utf8" | <legacy charset name>
    bool legacy = false;   // a legacy code page was used (worth a NAME_ENCODING note)
};

// utf8_flag: the archive said the name is UTF-8 (zip bit 11; 7z/rar names are
// always Unicode). Otherwise valid UTF-8 is taken as UTF-8 (macOS, 7-Zip) and
// anything else as `legacy_charset` (Windows' built-in zipper on a Vietnamese
// system). Always NFC afterwards: Windows-1258 yields decomposed tone marks.
DecodedName decode_entry_name(std::string_view raw, bool utf8_flag, const std::string& legacy_charset);

// Why a decoded name must not be used, or empty when it is safe. Catches
// absolute paths, drive letters, UNC prefixes, ".." (also behind '\' or
// full-width look-alikes that Windows best-fit mapping turns into '/' and '.'),
// control characters and absurd lengths.
std::string unsafe_reason(std::string_view utf8_name);

// The name as recorded: '/'-separated, no "." or empty components, no leading
// "./" or trailing '/'. Call only on a name unsafe_reason() accepted.
std::string clean_path(std::string_view utf8_name);

// Thumbs.db, desktop.ini, .DS_Store, anything under __MACOSX/, Office lock
// files (~$*), *.tmp, *.part and dot files/folders: recorded but not documents.
bool is_ignored_name(std::string_view clean_name);

// docx, xlsx, pptx, odt, ods, epub, xps … are zip files but documents: they
// must reach extraction whole, not be unpacked as nested archives.
bool has_document_package_extension(std::string_view clean_name);

std::string to_hex(std::string_view bytes);
std::string from_hex(std::string_view hex);  // "" on malformed input

}  // namespace kc::unpack
