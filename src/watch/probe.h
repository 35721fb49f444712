// watch/probe.h — is a settled file also complete? Format probes over the
// file's bytes (pure: bytes come through a read_at callback), plus probe_file
// which reads the file.
//
//  zip (by magic "PK" or a zip-family extension: zip, docx, xlsx, pptx, odt …):
//      the end-of-central-directory record is found in the last 64 KiB + 22
//      bytes and is consistent: its comment ends at the end of the file, the
//      central directory lies inside the file before it and starts with a
//      central-directory header (zip64 locators are followed). A truncated or
//      still-growing zip fails.
//  pdf (by magic "%PDF" or extension .pdf): "%%EOF" within the last KiB.
//  other files: settled is enough — except that a file whose first and last
//      KiB are all zero bytes is taken as pre-sized by Windows over SMB and
//      not yet written.
// Reasons are short English texts for the log (never file contents).
#pragma once
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

namespace kc::watch {

struct ProbeResult {
    bool complete = false;
    std::string why;  // when not complete
};

enum class ProbeKind { zip, pdf, other };

// Reads up to n bytes at offset (fewer at the end of the file).
using ReadAt = std::function<std::string(std::uint64_t offset, std::size_t n)>;

ProbeKind probe_kind(const std::string& file_name, std::string_view head);
ProbeResult probe_zip(std::uint64_t file_size, const ReadAt& read_at);
ProbeResult probe_pdf(std::uint64_t file_size, const ReadAt& read_at);
ProbeResult probe_other(std::uint64_t file_size, const ReadAt& read_at);
ProbeResult probe_bytes(const std::string& file_name, std::uint64_t file_size, const ReadAt& read_at);
ProbeResult probe_file(const std::filesystem::path& file);  // unreadable → not complete

}  // namespace kc::watch
