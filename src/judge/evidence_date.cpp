#include "judge/evidence_date.h"

#include <algorithm>
#include <regex>
#include <set>

#include "rules/evidence_dates.h"

namespace kc::judge {
namespace {

bool accepts(const rules::Product& p, const std::string& kind) {
    return std::find(p.kinds.begin(), p.kinds.end(), kind) != p.kinds.end();
}

bool is_image(const std::string& format) {
    static const std::set<std::string> k{"jpeg", "jpg", "png", "tiff", "tif", "gif", "bmp", "webp", "heic", "heif"};
    return k.count(format) > 0;
}

bool is_spreadsheet(const std::string& format) {
    static const std::set<std::string> k{"xlsx", "xls", "ods", "csv"};
    return k.count(format) > 0;
}

bool is_document_kind(const std::string& k) { return k != "photo" && k != "screenshot" && k != "table" && k != "link"; }

}  // namespace

std::optional<Date> day_vn_of(const std::string& t) {
    static const std::regex re(
        R"(^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:[.,][0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?$)");
    std::smatch m;
    if (!std::regex_match(t, m, re)) return std::nullopt;
    auto day = date::make(std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3]));
    if (!day || !m[4].matched) return day;
    const int hh = std::stoi(m[4]), mm = std::stoi(m[5]);
    if (hh > 23 || mm > 59) return std::nullopt;
    int offset_min = 7 * 60;  // no offset: local time in Việt Nam
    if (m[7].matched) {
        const std::string z = m[7];
        if (z == "Z") {
            offset_min = 0;
        } else {
            const std::string digits = z.substr(1);
            const int oh = std::stoi(digits.substr(0, 2));
            const int om = std::stoi(digits.substr(digits.size() - 2));
            offset_min = (z[0] == '-' ? -1 : 1) * (oh * 60 + om);
        }
    }
    // Minutes since the local midnight, moved to UTC+7.
    const int minutes = hh * 60 + mm - offset_min + 7 * 60;
    const int shift = minutes >= 0 ? minutes / (24 * 60) : -((-minutes + 24 * 60 - 1) / (24 * 60));
    return date::add_days(*day, shift);
}

std::string evidence_kind_of(const Document& d, const rules::Product& p) {
    if (is_image(d.format)) {
        // Cameras and phones write JPEG/HEIC (with EXIF); screen captures are PNG and the like.
        const bool camera_format = d.format == "jpeg" || d.format == "jpg" || d.format == "heic" ||
                                   d.format == "heif" || d.format == "tiff" || d.format == "tif";
        if (accepts(p, "photo") && (camera_format || !accepts(p, "screenshot"))) return "photo";
        if (accepts(p, "screenshot")) return "screenshot";
        return "photo";
    }
    if (is_spreadsheet(d.format) && accepts(p, "table")) return "table";
    bool takes_documents = false;
    for (const auto& k : p.kinds) takes_documents = takes_documents || (is_document_kind(k) && k != "table");
    if (!takes_documents && accepts(p, "link")) return "link";
    if (!d.header.type.empty() && accepts(p, d.header.type)) return d.header.type;
    for (const auto& k : p.kinds)
        if (is_document_kind(k)) return k;
    if (accepts(p, "table")) return "table";
    if (accepts(p, "link")) return "link";
    // Not an image, yet the product takes only photos or screenshots (a PDF of
    // pictures): no EXIF to read; it stands as a document, judged on its date.
    return d.header.type.empty() ? std::string("document") : d.header.type;
}

EvidenceDate evidence_date(const Document& d, const rules::Product& p, const std::map<std::string, Date>& entered) {
    EvidenceDate e;
    e.kind = evidence_kind_of(d, p);
    auto it = p.evidence_dates.find(e.kind);
    e.source = it != p.evidence_dates.end() ? it->second : "document_date";
    if (e.source == "exif_date") {
        e.day = day_vn_of(d.exif_date);
    } else if (e.source == "signing_time") {
        for (const auto& s : d.signature.signers) {
            if (s.time_source != "timestamp" && s.time_source != "signing_time") continue;
            auto day = day_vn_of(s.signed_at);
            if (day && (!e.day || *day < *e.day)) e.day = day;
        }
    } else if (e.source == "entered_date") {
        if (auto f = entered.find(d.id); f != entered.end()) e.day = f->second;
    } else {
        e.day = date::parse_iso(d.header.date);
    }
    return e;
}

}  // namespace kc::judge
