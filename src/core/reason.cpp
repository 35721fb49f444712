#include "core/reason.h"

#include <array>

namespace kc {
namespace {

struct Row {
    ReasonCode code;
    const char* name;
    const char* vi;
    const char* en;
    const char* hint;
    const char* hint_en;
};

// clang-format off
constexpr std::array<Row, static_cast<std::size_t>(ReasonCode::COUNT_)> k_table{{
    {ReasonCode::ARCHIVE_DAMAGED, "ARCHIVE_DAMAGED", "Tệp nén bị hỏng hoặc không đọc được", "The archive is damaged or cannot be read", "Nén lại các tệp (định dạng .zip) và gửi lại", "Zip the files again and resend"},
    {ReasonCode::UNSAFE_PATH, "UNSAFE_PATH", "Tên tệp trong tệp nén có đường dẫn không an toàn (tuyệt đối hoặc chứa \"..\")", "An entry name in the archive has an unsafe path (absolute or containing \"..\")", "Nén lại thư mục tài liệu bằng công cụ nén thông thường", "Re-create the archive with an ordinary zip tool"},
    {ReasonCode::SYMLINK_ENTRY, "SYMLINK_ENTRY", "Tệp nén chứa liên kết (symlink/hardlink), không được chấp nhận", "The archive contains a link (symlink/hardlink), which is not accepted", "Chỉ đưa tệp thật vào tệp nén", "Put only real files into the archive"},
    {ReasonCode::ENCRYPTED_ENTRY, "ENCRYPTED_ENTRY", "Tệp trong tệp nén được đặt mật khẩu", "An archive entry is password-protected", "Nén lại không đặt mật khẩu", "Zip again without a password"},
    {ReasonCode::TOO_MANY_ENTRIES, "TOO_MANY_ENTRIES", "Tệp nén có quá nhiều tệp", "The archive has too many entries", "Chia thành nhiều tệp nén nhỏ hơn", "Split it into smaller archives"},
    {ReasonCode::TOO_LARGE, "TOO_LARGE", "Tệp quá lớn so với giới hạn cho phép", "The file exceeds the size limit", "Gửi tệp nhỏ hơn hoặc chia nhỏ", "Send a smaller file or split it"},
    {ReasonCode::COMPRESSION_RATIO, "COMPRESSION_RATIO", "Tỷ lệ nén bất thường (nghi tệp nén độc hại)", "Abnormal compression ratio (suspected zip bomb)", "Liên hệ Phòng Nội vụ nếu đây là tài liệu thật", "Contact the Home Affairs office if this is a real document"},
    {ReasonCode::NESTING_TOO_DEEP, "NESTING_TOO_DEEP", "Tệp nén lồng nhau quá nhiều cấp", "Archives are nested too deeply", "Không nén tệp nén bên trong tệp nén", "Do not put archives inside archives"},
    {ReasonCode::NAME_ENCODING, "NAME_ENCODING", "Tên tệp dùng bảng mã cũ, đã được chuyển đổi", "The file name used a legacy encoding and was converted", "Dùng công cụ nén hỗ trợ Unicode (UTF-8)", "Use a zip tool that writes UTF-8 names"},
    {ReasonCode::EMPTY_SUBMISSION, "EMPTY_SUBMISSION", "Bản nộp không có tài liệu nào", "The submission holds no documents", "Kiểm tra lại tệp trước khi gửi", "Check the files before sending"},
    {ReasonCode::DUPLICATE_SUBMISSION, "DUPLICATE_SUBMISSION", "Tệp này đã được nộp trước đó (trùng nội dung), không tính lại", "This exact file was already submitted; it is not counted twice", "Không cần gửi lại; chỉ gửi tài liệu mới hoặc đã sửa", "No need to resend; send only new or corrected documents"},
    {ReasonCode::DUPLICATE, "DUPLICATE", "Tài liệu trùng với tài liệu đã nộp", "The document duplicates one already submitted", "Không cần gửi lại", "No need to resend"},
    {ReasonCode::IGNORED_SYSTEM_FILE, "IGNORED_SYSTEM_FILE", "Tệp hệ thống hoặc tệp tạm, bỏ qua", "System or temporary file, ignored", "Không cần thao tác", "Nothing to do"},
    {ReasonCode::DUPLICATE_NAME, "DUPLICATE_NAME", "Tệp nén có hai mục trùng tên (khi giải nén, tệp sau ghi đè tệp trước)", "Two entries in the archive have the same name (when extracted, the later one overwrites the earlier)", "Đổi tên một trong hai tệp rồi nén lại", "Rename one of the two files and zip again"},
    {ReasonCode::RULE_SET_FALLBACK, "RULE_SET_FALLBACK", "Không có bộ quy tắc nào theo kỳ của tài liệu hay năm nhận hồ sơ; dùng bộ quy tắc được cấu hình", "No rule set matches the period of the documents or the year of receipt; the configured rule set is used", "Kiểm tra kỳ báo cáo của tài liệu, hoặc thêm bộ quy tắc của năm đó vào rule_sets", "Check the period the documents are about, or add that year's rule set to rule_sets"},
    {ReasonCode::PARSER_CRASHED, "PARSER_CRASHED", "Tệp làm bộ phân tích gặp lỗi nghiêm trọng (tệp có thể bị hỏng)", "The file crashed the parser (it may be damaged)", "Xuất lại tệp PDF từ bản gốc và gửi lại", "Export the PDF again from the original and resend"},
    {ReasonCode::PARSER_TIMEOUT, "PARSER_TIMEOUT", "Xử lý tệp quá thời gian cho phép", "Processing the file took too long", "Gửi tệp nhỏ hơn hoặc chất lượng quét thấp hơn", "Send a smaller file or a lower-resolution scan"},
    {ReasonCode::PARSER_OUT_OF_MEMORY, "PARSER_OUT_OF_MEMORY", "Xử lý tệp vượt giới hạn bộ nhớ", "Processing the file exceeded the memory limit", "Gửi tệp nhỏ hơn", "Send a smaller file"},
    {ReasonCode::INTERNAL_ERROR, "INTERNAL_ERROR", "Lỗi nội bộ khi xử lý tệp", "Internal error while processing the file", "Báo cho quản trị hệ thống", "Tell the system administrator"},
    {ReasonCode::UNSUPPORTED_FORMAT, "UNSUPPORTED_FORMAT", "Định dạng tệp không được hỗ trợ", "Unsupported file format", "Gửi tài liệu dạng PDF (có ký số)", "Send the document as a (digitally signed) PDF"},
    {ReasonCode::UNREADABLE, "UNREADABLE", "Không đọc được tệp", "The file cannot be read", "Xuất lại tệp từ bản gốc và gửi lại", "Export the file again and resend"},
    {ReasonCode::NO_TEXT, "NO_TEXT", "Không trích xuất được nội dung văn bản", "No text could be extracted", "Gửi bản PDF có lớp văn bản hoặc bản quét rõ nét", "Send a PDF with a text layer or a clear scan"},
    {ReasonCode::UNCLASSIFIED, "UNCLASSIFIED", "Không xác định được tài liệu thuộc tiêu chí nào", "Could not tell which criterion the document is evidence for", "Đặt tài liệu trong thư mục mang mã tiêu chí (ví dụ \"TC 1.1.1\")", "Put the document in a folder named after its criterion code (e.g. \"TC 1.1.1\")"},
    {ReasonCode::NEEDS_REVIEW, "NEEDS_REVIEW", "Cần cán bộ thẩm định xem xét", "A reviewer must look at it", "Chờ Phòng Nội vụ xem xét", "Wait for the Home Affairs review"},
    {ReasonCode::NO_DOCUMENT_DATE, "NO_DOCUMENT_DATE", "Không tìm thấy ngày ban hành của văn bản", "The document's date could not be found", "Kiểm tra dòng \"…, ngày … tháng … năm …\" của văn bản", "Check the document's date line"},
    {ReasonCode::NO_PHOTO_DATE, "NO_PHOTO_DATE", "Ảnh không có ngày chụp (EXIF) nên không biết ảnh chụp khi nào", "The photo carries no EXIF date taken, so when it was taken is unknown", "Nộp tệp ảnh gốc từ máy chụp hoặc điện thoại (còn dữ liệu EXIF), hoặc cán bộ xem và quyết định", "Hand in the original photo file from the camera or phone (with its EXIF data), or have an officer review it"},
    {ReasonCode::NO_ENTERED_DATE, "NO_ENTERED_DATE", "Chưa nhập ngày đăng của đường link", "The link's posting date has not been entered", "Cán bộ nhập ngày đăng: kiemchung facts set evidence_date <mã tài liệu> YYYY-MM-DD --by <tên>", "An officer enters the posting date: kiemchung facts set evidence_date <document id> YYYY-MM-DD --by <name>"},
    {ReasonCode::UNSIGNED, "UNSIGNED", "Văn bản chưa được ký số", "The document is not digitally signed", "Ký số văn bản qua hệ thống quản lý văn bản và gửi lại bản đã ký", "Sign the document digitally and resend the signed PDF"},
    {ReasonCode::SIGNATURE_INVALID, "SIGNATURE_INVALID", "Chữ ký số không hợp lệ (nội dung không khớp chữ ký)", "The digital signature is invalid (content does not match)", "Gửi lại đúng tệp gốc đã ký, không chỉnh sửa sau khi ký", "Resend the original signed file, unchanged"},
    {ReasonCode::SIGNATURE_UNTRUSTED, "SIGNATURE_UNTRUSTED", "Chữ ký số hợp lệ nhưng chứng thư số không thuộc danh sách tin cậy", "The signature is intact but its certificate is not trusted", "Cán bộ thẩm định kiểm tra chứng thư số", "A reviewer checks the certificate"},
    {ReasonCode::SIGNATURE_INDETERMINATE, "SIGNATURE_INDETERMINATE", "Không xác định được tính hợp lệ của chữ ký số", "The signature could not be validated", "Cán bộ thẩm định kiểm tra chữ ký", "A reviewer checks the signature"},
    {ReasonCode::MODIFIED_AFTER_SIGNING, "MODIFIED_AFTER_SIGNING", "Văn bản bị sửa đổi sau khi ký số", "The document was modified after signing", "Gửi lại tệp gốc đã ký", "Resend the original signed file"},
    {ReasonCode::CERT_EXPIRED, "CERT_EXPIRED", "Chứng thư số hết hạn tại thời điểm ký", "The certificate was not valid at signing time", "Ký lại bằng chứng thư số còn hiệu lực", "Sign again with a valid certificate"},
    {ReasonCode::SIGNER_NOT_EXPECTED_ISSUER, "SIGNER_NOT_EXPECTED_ISSUER", "Đơn vị ký số không phải cơ quan ban hành theo yêu cầu của sản phẩm (cảnh báo)", "The signing unit is not an expected issuer of this product (warning)", "Kiểm tra văn bản đã được cơ quan có thẩm quyền ban hành và ký số", "Check that the competent body issued and signed the document"},
    {ReasonCode::LATE_DOCUMENT_DATE, "LATE_DOCUMENT_DATE", "Ngày ban hành văn bản sau thời hạn", "The document is dated after the deadline", "Giải trình lý do chậm với Phòng Nội vụ", "Explain the delay to the Home Affairs office"},
    {ReasonCode::SIGNED_AFTER_DEADLINE, "SIGNED_AFTER_DEADLINE", "Văn bản được ký số sau thời hạn", "The document was signed after the deadline", "Giải trình lý do chậm với Phòng Nội vụ", "Explain the delay to the Home Affairs office"},
    {ReasonCode::WRONG_DOCUMENT_KIND, "WRONG_DOCUMENT_KIND", "Loại văn bản không đúng sản phẩm yêu cầu", "The document kind is not the one the product requires", "Gửi đúng loại văn bản theo yêu cầu của tiêu chí", "Send the kind of document the criterion requires"},
    {ReasonCode::WRONG_ISSUER, "WRONG_ISSUER", "Cơ quan ban hành không đúng", "The issuing body is not the expected one", "Kiểm tra cơ quan ban hành văn bản", "Check which body must issue the document"},
    {ReasonCode::WRONG_PERIOD, "WRONG_PERIOD", "Văn bản không đúng kỳ/năm yêu cầu", "The document is about the wrong period", "Gửi văn bản của đúng kỳ/năm yêu cầu", "Send the document for the required period"},
    {ReasonCode::SUBMITTED_LATE, "SUBMITTED_LATE", "Tài liệu được nộp sau hạn nộp nội bộ", "The evidence was handed in after the internal deadline", "Nộp sớm hơn để kịp cập nhật lên phần mềm", "Hand evidence in earlier so it can be uploaded in time"},
    {ReasonCode::MISSING, "MISSING", "Chưa có tài liệu kiểm chứng", "No evidence yet", "Cơ quan chủ trì gửi tài liệu kiểm chứng", "The lead agency must send the evidence"},
    {ReasonCode::NOT_DUE, "NOT_DUE", "Chưa đến hạn", "Not due yet", "Gửi trước thời hạn", "Send it before the deadline"},
    {ReasonCode::NO_DEADLINE, "NO_DEADLINE", "Không có thời hạn cụ thể (theo yêu cầu của cơ quan cấp trên)", "No fixed deadline (set by a request of a higher body)", "Nhập thời hạn theo văn bản yêu cầu", "Enter the deadline from the request document"},
    {ReasonCode::VALUE_NEEDED, "VALUE_NEEDED", "Cần nhập số liệu để tính điểm", "A metric value must be entered to score this", "Cán bộ nhập số liệu kèm tài liệu chứng minh", "An officer enters the value with its supporting document"},
    {ReasonCode::SURVEY_CRITERION, "SURVEY_CRITERION", "Tiêu chí điều tra xã hội học, không cần tài liệu kiểm chứng", "Survey criterion: no evidence is expected", "Không cần thao tác", "Nothing to do"},
    {ReasonCode::REVIEWER_ACCEPTED, "REVIEWER_ACCEPTED", "Cán bộ thẩm định chấp nhận tài liệu", "A reviewer accepted the document", "Không cần thao tác; xem ý kiến của cán bộ thẩm định", "Nothing to do; see the reviewer's comment"},
    {ReasonCode::REVIEWER_REJECTED, "REVIEWER_REJECTED", "Cán bộ thẩm định không chấp nhận tài liệu", "A reviewer rejected the document", "Đọc ý kiến của cán bộ thẩm định và nộp lại tài liệu đúng", "Read the reviewer's comment and submit the right document"},
    {ReasonCode::WITHDRAWN, "WITHDRAWN", "Tài liệu đã được rút, không dùng làm kiểm chứng", "The document was withdrawn and is not evidence", "Nộp tài liệu thay thế nếu còn cần", "Submit a replacement if one is still needed"},
    {ReasonCode::NOT_ARISING, "NOT_ARISING", "Không phát sinh: tiêu chí không tính vào điểm tối đa", "Not arising: the criterion leaves the maximum", "Không cần thao tác; giữ văn bản chứng minh không phát sinh", "Nothing to do; keep the document showing it did not arise"},
    {ReasonCode::THRESHOLD_NOT_MET, "THRESHOLD_NOT_MET", "Số liệu chưa đạt ngưỡng của tiêu chí", "The metric value does not reach the criterion's threshold", "Kiểm tra số liệu đã nhập và tài liệu chứng minh", "Check the value entered and its supporting document"},
    {ReasonCode::DISK_FULL, "DISK_FULL", "Không đủ dung lượng đĩa, chưa tiếp nhận", "Not enough disk space; nothing was taken", "Quản trị hệ thống giải phóng dung lượng", "The administrator must free disk space"},
    {ReasonCode::SCHEMA_TOO_NEW, "SCHEMA_TOO_NEW", "Cơ sở dữ liệu được tạo bởi phiên bản kiemchung mới hơn, phiên bản này không mở được", "The catalog database was written by a newer kiemchung version; this version cannot open it", "Quản trị hệ thống cài phiên bản kiemchung mới hơn (không hạ cấp)", "The administrator installs the newer kiemchung version (do not downgrade)"},
    {ReasonCode::CATALOG_UNAVAILABLE, "CATALOG_UNAVAILABLE", "Không mở hoặc không ghi được cơ sở dữ liệu của hệ thống", "The catalog database cannot be opened or written", "Quản trị hệ thống kiểm tra tệp cơ sở dữ liệu, quyền truy cập và ổ đĩa", "The administrator checks the database file, its permissions and the disk"},
    {ReasonCode::LEASE_EXPIRED, "LEASE_EXPIRED", "Tiến trình xử lý dừng giữa chừng ở mọi lần thử; việc được tạm giữ", "The worker stopped in the middle of the job on every attempt; the job is parked", "Quản trị hệ thống xem nhật ký của worker (bộ nhớ, tệp gây lỗi) rồi đưa việc vào hàng đợi lại", "The administrator reads the worker's log (memory, the file that caused it) and enqueues the job again"},
    {ReasonCode::CATALOG_CONFLICT, "CATALOG_CONFLICT", "Cơ sở dữ liệu từ chối giao dịch vì xung đột với tiến trình khác (tuần tự hóa, khóa chết) sau nhiều lần thử lại", "The catalog database refused the transaction because of a conflict with another process (serialization, deadlock), even after retries", "Không cần thao tác: việc được đưa lại vào hàng đợi; nếu lặp lại nhiều, quản trị hệ thống giảm số worker hoặc xem nhật ký PostgreSQL", "Nothing to do: the job is queued again; if it keeps happening, the administrator runs fewer workers or reads the PostgreSQL log"},
    {ReasonCode::CATALOG_FULL, "CATALOG_FULL", "Máy chủ cơ sở dữ liệu hết dung lượng hoặc tài nguyên (đĩa, bộ nhớ, số kết nối)", "The catalog database server is out of disk space or resources (disk, memory, connections)", "Quản trị hệ thống giải phóng dung lượng đĩa của máy chủ PostgreSQL hoặc tăng giới hạn tài nguyên", "The administrator frees disk space on the PostgreSQL server or raises its resource limits"},
    {ReasonCode::CATALOG_SCHEMA_MISMATCH, "CATALOG_SCHEMA_MISMATCH", "Cấu trúc cơ sở dữ liệu không khớp với phiên bản kiemchung này (ví dụ đã được phiên bản mới hơn nâng cấp)", "The catalog database's schema does not match this kiemchung version (e.g. migrated by a newer version)", "Quản trị hệ thống cài cùng một phiên bản kiemchung trên mọi máy (không hạ cấp)", "The administrator installs the same kiemchung version on every machine (do not downgrade)"},
    {ReasonCode::BLOB_MISSING, "BLOB_MISSING", "Tệp gốc không có trong kho dùng chung mà worker này thấy", "The original file is not in the shared blob store as this worker sees it", "Kiểm tra thư mục trạng thái dùng chung (blobs/) được gắn cùng một đường dẫn trên mọi máy chạy worker, rồi đưa việc vào hàng đợi lại", "Check that the shared state directory (blobs/) is mounted at the same path on every worker machine, then enqueue the job again"},
    {ReasonCode::UNKNOWN_UNIT, "UNKNOWN_UNIT", "Đơn vị nộp không có trong danh mục đơn vị", "The submitting unit is not in the units registry", "Thêm đơn vị vào rules/units.yaml hoặc nộp lại vào thư mục của đúng đơn vị", "Add the unit to rules/units.yaml, or drop the file again into the right unit's folder"},
}};
// clang-format on

constexpr bool table_in_order() {
    for (std::size_t i = 0; i < k_table.size(); ++i)
        if (static_cast<std::size_t>(k_table[i].code) != i) return false;
    return true;
}
static_assert(table_in_order(), "reason table must list every ReasonCode in enum order");

}  // namespace

std::string_view reason_code_name(ReasonCode code) { return k_table[static_cast<std::size_t>(code)].name; }

std::optional<ReasonCode> reason_code_from_name(std::string_view name) {
    for (const auto& row : k_table)
        if (name == row.name) return row.code;
    return std::nullopt;
}

Reason make_reason(ReasonCode code, const std::string& detail) {
    const Row& r = k_table[static_cast<std::size_t>(code)];
    Reason out{r.name, r.vi, r.en, r.hint, r.hint_en, detail};
    if (!detail.empty()) {
        out.vi += " (" + detail + ")";
        out.en += " (" + detail + ")";
    }
    return out;
}

Reason make_reason(std::string_view code_name, const std::string& detail) {
    auto code = reason_code_from_name(code_name);
    if (!code) return make_reason(ReasonCode::INTERNAL_ERROR, std::string(code_name) + ": " + detail);
    return make_reason(*code, detail);
}

bool has_reason(const std::vector<Reason>& reasons, ReasonCode code) {
    for (const auto& r : reasons)
        if (r.code == reason_code_name(code)) return true;
    return false;
}

}  // namespace kc
