// watch/receipt.h — the texts the watcher leaves in the outbox, pure:
//  - the receipt of a claimed drop (outbox/<unit>/<submission-id>.receipt.txt),
//    Vietnamese first then English: received, when (dd/mm/yyyy HH:MM, UTC+7),
//    file name and inbox path, SHA-256, and what happens next — or, for a
//    duplicate, which submission it repeats and that it is not counted twice;
//  - the note for an inbox folder that names no known unit
//    (outbox/_unknown/<folder>.txt): files left in place, how to fix;
//  - the watcher's status file (<state>/watch-status.txt).
#pragma once
#include <string>
#include <vector>

#include "core/model.h"

namespace kc::watch {

struct ReceiptInput {
    Submission submission;
    std::string unit_name;     // "Phòng Nội vụ"
    std::string inbox_path;    // inbox-relative path as dropped
    std::string duplicate_of;  // submission id when status == duplicate
    std::string quarantine_path;  // set when the drop was quarantined (watch/quarantine.h): where it is kept
};

// "2022-11-20T15:30:12+07:00" → "20/11/2022 15:30"; other input is returned as is.
std::string vn_minute(const std::string& iso_timestamp);
std::string receipt_text(const ReceiptInput& in);
// The lines that identify a received drop (id, time, file, inbox path, SHA-256), in one
// language; shared by the receipt and the quarantine note.
std::string submission_lines(const Submission& s, const std::string& inbox_path, bool vietnamese);
std::string unknown_unit_note(const std::string& folder, const std::vector<std::string>& items,
                              const std::string& known_units);

struct WatchStatus {
    std::string updated_at;        // ISO +07:00
    std::string state = "ok";      // ok | disk_full | error
    std::string problem;           // reason code, e.g. DISK_FULL
    std::string problem_detail;    // English technical detail
    std::size_t waiting = 0;       // seen, not yet complete
    std::size_t taken = 0;         // claimed since the watcher started
    std::size_t unknown_units = 0; // inbox folders naming no unit
};
std::string status_text(const WatchStatus& s);

}  // namespace kc::watch
