#include "watch/inbox.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <sys/stat.h>

#include "pipeline/drops.h"
#include "util/hash.h"
#include "util/text.h"

namespace kc::watch {
namespace fs = std::filesystem;
namespace {

std::string parent_of(const std::string& rel) {
    auto slash = rel.rfind('/');
    return slash == std::string::npos ? "" : rel.substr(0, slash);
}

std::string name_of(const std::string& rel) {
    auto slash = rel.rfind('/');
    return slash == std::string::npos ? rel : rel.substr(slash + 1);
}

bool inside(const std::string& rel, const std::string& dir) {
    return rel.size() > dir.size() && rel.compare(0, dir.size(), dir) == 0 && rel[dir.size()] == '/';
}

}  // namespace

std::string unit_folder_of(const std::string& rel) {
    auto slash = rel.find('/');
    return slash == std::string::npos ? "" : rel.substr(0, slash);
}

bool is_archive_name(const std::string& file_name) {
    auto dot = file_name.rfind('.');
    if (dot == std::string::npos) return false;
    static const std::set<std::string> exts = {"zip", "7z", "rar", "tar", "tgz", "tbz", "tbz2", "txz",
                                               "tzst", "gz", "bz2", "xz", "zst"};
    return exts.count(text::lower(file_name.substr(dot + 1))) > 0;
}

bool has_ignored_component(const std::string& rel) {
    for (const auto& part : text::split(rel, '/'))
        if (is_ignored_name(part)) return true;
    return false;
}

std::vector<Candidate> plan_drops(const std::vector<ListedItem>& listing) {
    std::vector<ListedItem> items;
    for (const auto& i : listing)
        if (!i.symlink && !has_ignored_component(i.rel)) items.push_back(i);
    std::sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.rel < b.rel; });

    // Folders below a unit folder that directly hold a document.
    std::set<std::string> holds_document;
    for (const auto& i : items)
        if (!i.dir && !is_archive_name(name_of(i.rel))) {
            std::string parent = parent_of(i.rel);
            if (parent.find('/') != std::string::npos) holds_document.insert(parent);
        }
    std::vector<std::string> tops;  // the topmost of them: each is dropped as a whole
    for (const auto& d : holds_document)
        if (std::none_of(holds_document.begin(), holds_document.end(), [&](const auto& o) { return inside(d, o); }))
            tops.push_back(d);

    std::map<std::string, Candidate> folder_drops;
    for (const auto& t : tops) {
        Candidate c;
        c.unit_folder = unit_folder_of(t);
        c.rel = t;
        c.folder = true;
        folder_drops.emplace(t, c);
    }
    std::vector<Candidate> out;
    std::map<std::string, std::string> listing_lines;  // folder → listing text for the fingerprint
    for (const auto& i : items) {
        std::string owner;
        for (const auto& t : tops)
            if (inside(i.rel, t) || i.rel == t) owner = t;
        if (!owner.empty()) {
            auto& c = folder_drops[owner];
            c.signature.mtime = std::max(c.signature.mtime, i.mtime);
            c.arrival_ns = std::max(c.arrival_ns, i.ctime_ns);
            if (i.rel == owner) continue;
            if (!i.dir) {
                c.signature.size += i.size;
                c.files.push_back(i.rel);
            }
            listing_lines[owner] += i.rel + (i.dir ? "/" : "") + "\t" + std::to_string(i.size) + "\t" +
                                    std::to_string(i.mtime) + "\n";
            continue;
        }
        if (i.dir) continue;
        std::string parent = parent_of(i.rel);
        bool direct_in_unit = parent.find('/') == std::string::npos;  // inbox/<unit>/x or inbox/x
        if (!direct_in_unit && !is_archive_name(name_of(i.rel))) continue;
        Candidate c;
        c.unit_folder = unit_folder_of(i.rel);
        c.rel = i.rel;
        c.signature = {i.size, i.mtime, ""};
        c.arrival_ns = i.ctime_ns;
        out.push_back(c);
    }
    for (auto& [rel, c] : folder_drops) {
        c.signature.fingerprint = hash::sha256_hex(listing_lines[rel]);
        out.push_back(c);
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.rel < b.rel; });
    return out;
}

std::vector<ListedItem> list_inbox(const fs::path& inbox) {
    std::vector<ListedItem> out;
    std::error_code ec;
    fs::recursive_directory_iterator it(inbox, fs::directory_options::skip_permission_denied, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
        const auto& e = *it;
        ListedItem i;
        i.rel = fs::relative(e.path(), inbox, ec).generic_string();
        struct stat st {};
        if (::lstat(e.path().c_str(), &st) != 0) continue;
        i.symlink = S_ISLNK(st.st_mode);
        i.dir = S_ISDIR(st.st_mode);
        if (!i.dir && !i.symlink && !S_ISREG(st.st_mode)) continue;  // fifos, sockets, devices
        i.size = static_cast<std::uint64_t>(st.st_size);
        i.mtime = st.st_mtim.tv_sec;
        i.ctime_ns = static_cast<std::int64_t>(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec;
        if (i.dir && (i.symlink || has_ignored_component(i.rel))) it.disable_recursion_pending();
        out.push_back(i);
    }
    return out;
}

}  // namespace kc::watch
