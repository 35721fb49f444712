// dossier/naming.h — file names in the dossier, safe on Windows (the officer
// uploads them from a Windows PC into the provincial scoring software). Pure.
//
//  - windows_safe(): NFC; "/" "\" ":" "|" → "-", '"' → "'", "<" ">" "?" "*"
//    and control characters dropped; whitespace runs → one space; no leading
//    space, no trailing dot or space; a reserved device name (CON, PRN, AUX,
//    NUL, COM1–COM9, LPT1–LPT9, with or without an extension, any case) gets a
//    leading "_"; at most `max_chars` code points (the extension kept); never
//    empty ("_"). Vietnamese letters are kept as they are (NFC).
//  - evidence_file_name(): "<code> - <số ký hiệu> - <trích yếu shortened>.<ext>",
//    "191/KH-UBND" → "191-KH-UBND"; the subject is cut at a word boundary so
//    that the whole name fits k_max_name_chars; a missing part is left out
//    (no number: "<code> - <trích yếu>.<ext>"; no subject: the fallback stem).
//  - unique_name(): "name (2).ext", "name (3).ext" … when `taken` has it
//    (compared case-insensitively, as Windows does).
#pragma once
#include <cstddef>
#include <set>
#include <string>
#include <string_view>

namespace kc::dossier {

// Whole-name limit: 255 UTF-16 units per name on NTFS, and the path of the
// dossier folder on the officer's PC must stay under MAX_PATH (260).
inline constexpr std::size_t k_max_name_chars = 120;
inline constexpr std::size_t k_max_subject_chars = 70;

std::string windows_safe(std::string_view name, std::size_t max_chars = k_max_name_chars);
bool is_reserved_windows_name(std::string_view name);
std::string number_symbol(std::string_view number, std::string_view symbol);  // "191", "KH-UBND" → "191/KH-UBND"
std::string shorten(std::string_view text, std::size_t max_chars);            // at a word boundary
std::string evidence_file_name(std::string_view code, std::string_view number_symbol, std::string_view subject,
                               std::string_view ext, std::string_view fallback_stem = {});
std::string unique_name(const std::string& name, std::set<std::string>& taken);

}  // namespace kc::dossier
