#include "rules/evidence_dates.h"

namespace kc::rules {

const std::set<std::string>& evidence_kinds() {
    static const std::set<std::string> k{"KH", "QĐ", "BC", "TB", "BB", "CV", "PA", "QC", "NQ", "GCN", "KL",
                                         "ĐA", "TTr", "photo", "screenshot", "table", "link"};
    return k;
}

const std::set<std::string>& date_sources() {
    static const std::set<std::string> k{"document_date", "signing_time", "exif_date", "entered_date"};
    return k;
}

std::map<std::string, std::string> builtin_evidence_dates() {
    return {{"default", "document_date"}, {"photo", "exif_date"}, {"link", "entered_date"}};
}

namespace {

std::string join(const std::set<std::string>& values) {
    std::string s;
    for (const auto& v : values) s += (s.empty() ? "" : ", ") + v;
    return s;
}

}  // namespace

std::map<std::string, std::string> read_evidence_dates(const YAML::Node& node, const std::string& file,
                                                       const std::string& owner, Diagnostics& diag,
                                                       bool allow_default) {
    std::map<std::string, std::string> out;
    if (!node || node.IsNull()) return out;
    if (!node.IsMap()) {
        diag.error(file, node.Mark(), owner + ": " + vi_en("'evidence_dates' phải ghi dạng {loại: nguồn ngày}",
                                                           "'evidence_dates' must map a kind to a date source"));
        return out;
    }
    for (auto it = node.begin(); it != node.end(); ++it) {
        const std::string kind = it->first.Scalar();
        const YAML::Mark at = it->first.Mark();
        if (!(allow_default && kind == "default") && !evidence_kinds().count(kind)) {
            diag.error(file, at, owner + ": " + vi_en("evidence_dates: loại '" + kind + "' không thuộc " + join(evidence_kinds()),
                                                      "evidence_dates: kind '" + kind + "' is not one of " + join(evidence_kinds())));
            continue;
        }
        if (!it->second.IsScalar()) {
            diag.error(file, it->second.Mark(), owner + ": " + vi_en("evidence_dates: '" + kind + "' cần một giá trị đơn",
                                                                     "evidence_dates: '" + kind + "' must be a single value"));
            continue;
        }
        const std::string source = it->second.Scalar();
        const YAML::Mark vat = it->second.Mark();
        if (!date_sources().count(source)) {
            diag.error(file, vat, owner + ": " + vi_en("evidence_dates: nguồn ngày '" + source + "' không thuộc " + join(date_sources()),
                                                       "evidence_dates: date source '" + source + "' is not one of " + join(date_sources())));
            continue;
        }
        if (source == "exif_date" && kind != "photo") {
            diag.error(file, vat, owner + ": " + vi_en("evidence_dates: chỉ ảnh chụp (photo) mới có ngày chụp EXIF, không dùng cho '" + kind + "'",
                                                       "evidence_dates: only a photo has an EXIF date, not '" + kind + "'"));
            continue;
        }
        if (source == "signing_time" && (kind == "photo" || kind == "screenshot" || kind == "link")) {
            diag.error(file, vat, owner + ": " + vi_en("evidence_dates: '" + kind + "' không mang chữ ký số nên không có thời điểm ký",
                                                       "evidence_dates: a " + kind + " carries no digital signature, so no signing time"));
            continue;
        }
        if (!out.emplace(kind, source).second)
            diag.error(file, at, owner + ": " + vi_en("evidence_dates: '" + kind + "' ghi hai lần", "evidence_dates: '" + kind + "' given twice"));
    }
    return out;
}

std::string date_source_for(const std::map<std::string, std::string>& defaults, const std::string& kind) {
    if (auto it = defaults.find(kind); it != defaults.end()) return it->second;
    // A rule-set-wide default of exif_date / signing_time applies only where it can.
    if (auto it = defaults.find("default"); it != defaults.end()) {
        if (it->second == "exif_date" && kind != "photo") return "document_date";
        if (it->second == "signing_time" && (kind == "photo" || kind == "screenshot" || kind == "link"))
            return "document_date";
        return it->second;
    }
    return "document_date";
}

std::string date_source_vi(const std::string& s) {
    if (s == "signing_time") return "thời điểm ký số";
    if (s == "exif_date") return "ngày chụp (EXIF)";
    if (s == "entered_date") return "ngày cán bộ nhập kèm (ngày đăng của đường link)";
    return "ngày văn bản";
}

std::string date_source_en(const std::string& s) {
    if (s == "signing_time") return "signing time";
    if (s == "exif_date") return "date taken (EXIF)";
    if (s == "entered_date") return "date entered with it (the link's posting date)";
    return "document date";
}

}  // namespace kc::rules
