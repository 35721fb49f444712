// watch/fault.h — fault injection for crash tests. When the environment
// variable KC_WATCH_FAULT names a point, the process ends there at once with
// _exit(86), as a power cut or kill -9 would: no destructors, no flushing.
// Points: claim.begun, claim.copy_half, claim.copied, claim.claimed,
// ingest.recorded (catalog committed, journal not yet), claim.recorded, quarantine.noted
// (a rejected drop's reasons note written, the drop not yet moved), receipt.written.
#pragma once

namespace kc::watch {
inline constexpr int k_fault_exit = 86;
void fault_point(const char* name);
}  // namespace kc::watch
