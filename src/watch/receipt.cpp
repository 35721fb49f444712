#include "watch/receipt.h"

#include "core/reason.h"

namespace kc::watch {

std::string vn_minute(const std::string& t) {
    if (t.size() < 16 || t[4] != '-' || t[7] != '-' || t[10] != 'T') return t;
    return t.substr(8, 2) + "/" + t.substr(5, 2) + "/" + t.substr(0, 4) + " " + t.substr(11, 5);
}

std::string submission_lines(const Submission& s, const std::string& inbox_path, bool vietnamese) {
    const std::string when = vn_minute(s.received_at) + " (UTC+7)";
    if (vietnamese)
        return "Mã hồ sơ:            " + s.id + "\nThời điểm nhận:      " + when + "\nTên tệp:             " + s.file +
               "\nVị trí trong thư mục nộp: " + inbox_path + "\nMã SHA-256:          " + s.sha256 + "\n";
    return "Submission id:       " + s.id + "\nReceived at:         " + when + "\nFile name:           " + s.file +
           "\nPath in the inbox:   " + inbox_path + "\nSHA-256:             " + s.sha256 + "\n";
}

std::string receipt_text(const ReceiptInput& in) {
    const Submission& s = in.submission;
    const std::string unit = s.unit + (in.unit_name.empty() ? "" : " (" + in.unit_name + ")");
    const std::string report = s.id + ".report.html";
    std::string t;
    t += "BIÊN NHẬN HỒ SƠ TÀI LIỆU KIỂM CHỨNG\n";
    t += "====================================\n";
    t += "Đã nhận hồ sơ của đơn vị: " + unit + "\n";
    t += submission_lines(s, in.inbox_path, true);
    if (s.status == "duplicate") {
        t += "Kết quả: tệp này trùng hoàn toàn với hồ sơ " + in.duplicate_of +
             " đã nộp trước đó; không tính hai lần. Không cần gửi lại.\n";
    } else {
        t += "Bước tiếp theo: hồ sơ đã được kiểm tra tự động (giải nén, đọc nội dung, kiểm tra chữ ký số, "
             "phân loại theo tiêu chí). Kết quả chi tiết ở tệp " + report +
             " trong cùng thư mục này; bộ phận theo dõi Chỉ số CCHC sẽ xem xét tiếp.\n";
        if (s.status == "damaged" || s.status == "rejected")
            t += "Lưu ý: hồ sơ có lỗi (" + std::string(s.status == "damaged" ? "tệp hỏng" : "không có tài liệu hợp lệ") +
                 "), xem báo cáo để biết cách khắc phục.\n";
        if (!in.quarantine_path.empty())
            t += "Tệp bị cách ly (giữ nguyên, không xoá) tại " + in.quarantine_path +
                 ", kèm tệp ghi lý do; quản trị viên sẽ xem xét.\n";
    }
    t += "\nRECEIPT FOR EVIDENCE SUBMISSION\n";
    t += "===============================\n";
    t += "Received from unit:  " + unit + "\n";
    t += submission_lines(s, in.inbox_path, false);
    if (s.status == "duplicate") {
        t += "Result: this file is byte for byte a duplicate of " + in.duplicate_of +
             ", submitted earlier; it is not counted twice. No need to resend.\n";
    } else {
        t += "What happens next: the submission has been checked automatically (unpacked, read, digital "
             "signatures verified, documents classified by criterion). The detailed result is in " + report +
             " in this folder; the PAR-index team will review it.\n";
        if (s.status == "damaged" || s.status == "rejected")
            t += "Note: the submission has problems (" + std::string(s.status == "damaged" ? "damaged file" : "no valid document") +
                 "); the report says how to fix them.\n";
        if (!in.quarantine_path.empty())
            t += "The file is quarantined (kept, never deleted) at " + in.quarantine_path +
                 ", with a note of the reasons; an administrator will review it.\n";
    }
    return t;
}

std::string unknown_unit_note(const std::string& folder, const std::vector<std::string>& items,
                              const std::string& known_units) {
    std::string list;
    for (const auto& i : items) list += "  " + i + "\n";
    std::string shown = folder.empty() ? "(inbox/)" : "inbox/" + folder + "/";
    std::string t;
    t += "CHƯA TIẾP NHẬN — KHÔNG XÁC ĐỊNH ĐƯỢC ĐƠN VỊ\n";
    t += "Thư mục " + shown + " không phải mã của đơn vị nào trong danh mục, nên các tệp sau chưa được tiếp nhận "
         "và vẫn để nguyên tại chỗ:\n" + list;
    t += "Cách khắc phục: chuyển tệp vào thư mục inbox/<mã đơn vị>/ đúng của đơn vị mình "
         "(hoặc đổi tên thư mục cho đúng mã). Danh sách mã đơn vị:\n" + known_units;
    t += "\nNOT TAKEN — UNKNOWN UNIT\n";
    t += "The folder " + shown + " is not the code of any known unit, so these files were not taken and are "
         "left where they are:\n" + list;
    t += "How to fix: move the files into inbox/<unit-code>/ of your unit (or rename the folder to the unit "
         "code). Known unit codes:\n" + known_units;
    return t;
}

std::string status_text(const WatchStatus& s) {
    std::string t;
    t += "updated_at: " + s.updated_at + "\n";
    t += "state: " + s.state + "\n";
    t += "waiting: " + std::to_string(s.waiting) + "\n";
    t += "taken: " + std::to_string(s.taken) + "\n";
    t += "unknown_units: " + std::to_string(s.unknown_units) + "\n";
    if (!s.problem.empty()) {
        t += "problem: " + s.problem + "\n";
        if (auto code = reason_code_from_name(s.problem)) {
            Reason r = make_reason(*code);
            t += "  vi: " + r.vi + "\n  en: " + r.en + "\n";
        }
        if (!s.problem_detail.empty()) t += "  detail: " + s.problem_detail + "\n";
    }
    return t;
}

}  // namespace kc::watch
