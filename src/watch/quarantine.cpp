#include "watch/quarantine.h"

#include <algorithm>

#include "watch/receipt.h"

namespace kc::watch {
namespace {

bool is_one_of(const std::string& code, std::initializer_list<ReasonCode> codes) {
    return std::any_of(codes.begin(), codes.end(), [&](ReasonCode c) { return code == reason_code_name(c); });
}

bool stops_the_drop(const std::string& code) {
    return is_one_of(code, {ReasonCode::COMPRESSION_RATIO, ReasonCode::TOO_LARGE, ReasonCode::TOO_MANY_ENTRIES,
                            ReasonCode::NESTING_TOO_DEEP, ReasonCode::ENCRYPTED_ENTRY, ReasonCode::UNSAFE_PATH,
                            ReasonCode::SYMLINK_ENTRY, ReasonCode::ARCHIVE_DAMAGED, ReasonCode::EMPTY_SUBMISSION,
                            ReasonCode::PARSER_CRASHED, ReasonCode::PARSER_TIMEOUT,
                            ReasonCode::PARSER_OUT_OF_MEMORY, ReasonCode::INTERNAL_ERROR});
}

bool hostile_entry(const std::string& code) {
    return is_one_of(code, {ReasonCode::UNSAFE_PATH, ReasonCode::SYMLINK_ENTRY, ReasonCode::COMPRESSION_RATIO,
                            ReasonCode::NESTING_TOO_DEEP});
}

std::string listed(const std::vector<Finding>& findings, bool vietnamese) {
    std::string t;
    std::size_t n = 0;
    for (const auto& f : findings) {
        if (++n > k_max_listed) break;
        const Reason& r = f.reason;
        t += " - [" + r.code + "] " + (vietnamese ? r.vi : r.en);
        if (!f.where.empty()) t += (vietnamese ? " — tại: " : " — at: ") + f.where;
        t += "\n   " + std::string(vietnamese ? "Cách khắc phục: " + r.hint : "How to fix: " + r.hint_en) + "\n";
    }
    if (findings.size() > k_max_listed) {
        const std::string more = std::to_string(findings.size() - k_max_listed);
        t += vietnamese ? " … và " + more + " lý do khác (xem báo cáo)\n" : " … and " + more + " more (see the report)\n";
    }
    return t;
}

}  // namespace

std::vector<Finding> quarantine_findings(const Submission& s, const std::vector<Document>& documents) {
    std::vector<Finding> out;
    if (s.status == "duplicate") return out;
    bool rejected = s.status == "rejected" || s.status == "damaged";
    for (const auto& r : s.reasons) rejected |= stops_the_drop(r.code);
    std::vector<Finding> entries;
    for (const auto& d : documents)
        for (const auto& r : d.reasons)
            if (hostile_entry(r.code)) entries.push_back({d.path_in_archive, r});
    if (!rejected && entries.empty()) return out;
    for (const auto& r : s.reasons) out.push_back({"", r});
    if (out.empty() && rejected) out.push_back({"", make_reason(ReasonCode::ARCHIVE_DAMAGED, "status " + s.status)});
    out.insert(out.end(), entries.begin(), entries.end());
    return out;
}

std::string quarantine_note(const QuarantineNoteInput& in) {
    const Submission& s = in.submission;
    const std::string unit = s.unit + (in.unit_name.empty() ? "" : " (" + in.unit_name + ")");
    std::string t;
    t += "TỆP BỊ CÁCH LY — KHÔNG ĐƯỢC TIẾP NHẬN ĐẦY ĐỦ\n";
    t += "=============================================\n";
    t += "Đơn vị:              " + unit + "\n";
    t += submission_lines(s, in.inbox_path, true);
    t += "Trạng thái:          " + s.status + "\n";
    t += "Lý do:\n" + listed(in.findings, true);
    t += "Tệp được giữ nguyên như khi nhận, ngay bên cạnh tệp ghi chú này, và không bao giờ bị xoá tự động. "
         "Quản trị viên xem xét; đơn vị khắc phục theo hướng dẫn rồi nộp lại.\n";
    t += "\nQUARANTINED DROP — NOT FULLY ACCEPTED\n";
    t += "=====================================\n";
    t += "Unit:                " + unit + "\n";
    t += submission_lines(s, in.inbox_path, false);
    t += "Status:              " + s.status + "\n";
    t += "Reasons:\n" + listed(in.findings, false);
    t += "The file is kept exactly as received, next to this note, and is never deleted automatically. "
         "An administrator reviews it; the unit fixes what is listed and submits again.\n";
    return t;
}

}  // namespace kc::watch
