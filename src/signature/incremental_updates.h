// signature/incremental_updates.h — what the revisions after a signed revision
// change. Allowed after signing: annotations, form field values, further
// signatures and document timestamps, /DSS, metadata, /Extensions. Anything
// touching the page tree, a page dictionary (other than /Annots), page content
// streams or page resources makes the earlier signature "modified".
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kc::signature {

struct UpdateReport {
    std::vector<std::string> changes;     // every change found, e.g. "annotation added (obj 12)"
    std::vector<std::string> disallowed;  // the subset that alters what the signer saw
    bool modified() const { return !disallowed.empty(); }
};

// `bytes` is the whole file; the signed revision is bytes[0, signed_end).
UpdateReport analyse_later_updates(std::string_view bytes, std::int64_t signed_end);

}  // namespace kc::signature
