// watch/inbox.h — what in the inbox is a drop, and whose. Pure over a listing
// (list_inbox does the I/O). Layout: inbox/<unit-folder>/… where the unit is
// the FIRST path component, however deep the clerk nested folders below it.
//
// Rules, applied below each unit folder:
//  - a name that is_ignored_name (any component: *.part, *.tmp, ~$*, .~lock*,
//    Thumbs.db, desktop.ini, dot files) and symlinks are never looked at;
//  - a file directly in the unit folder is a drop (zip, or a single document);
//  - a sub-folder that directly holds a document (a non-archive file) is a
//    folder dropped as a whole: ONE drop, the whole sub-tree (the topmost such
//    folder wins);
//  - any other sub-folder only organises (2022/quy1/): each archive in it is
//    its own drop and its sub-folders are looked at by the same rules.
//  - a file directly in inbox/ has no unit: a drop with an empty unit folder
//    (the caller treats it as an unknown unit).
#pragma once
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "watch/settle.h"

namespace kc::watch {

struct ListedItem {
    std::string rel;  // inbox-relative, '/'-separated
    bool dir = false;
    bool symlink = false;
    std::uint64_t size = 0;
    std::int64_t mtime = 0;
    std::int64_t ctime_ns = 0;  // status change time, ns: set by the server when the bytes land or are renamed into place
};

struct Candidate {
    std::string unit_folder;  // first path component ("" for a file directly in inbox/)
    std::string rel;          // the drop's inbox-relative path
    bool folder = false;
    Signature signature;
    std::vector<std::string> files;  // folder drops: inbox-relative files inside (for probes)
    // Order of arrival: the ctime (ns) of the file, the newest ctime inside a
    // folder drop. Not the mtime: copies over SMB (Explorer, robocopy) and
    // `cp -p` carry the source's mtime, while ctime is the moment the complete
    // bytes landed here (last write, or the rename into place) and no client can set it.
    std::int64_t arrival_ns = 0;
};

std::string unit_folder_of(const std::string& rel);  // "phong-noi-vu/2022/x.zip" → "phong-noi-vu"
bool is_archive_name(const std::string& file_name);  // by extension: zip 7z rar tar tgz gz bz2 xz zst …
bool has_ignored_component(const std::string& rel);
// Listing in any order → drops in rel order.
std::vector<Candidate> plan_drops(const std::vector<ListedItem>& listing);
// Walks the inbox (no symlink following). Missing inbox → empty.
std::vector<ListedItem> list_inbox(const std::filesystem::path& inbox);

}  // namespace kc::watch
