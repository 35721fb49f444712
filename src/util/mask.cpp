#include "util/mask.h"

#include <cctype>

namespace kc {

std::string mask_identifiers(std::string_view text) {
    std::string out(text);
    std::size_t i = 0;
    while (i < out.size()) {
        if (!std::isdigit(static_cast<unsigned char>(out[i]))) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < out.size() && (std::isdigit(static_cast<unsigned char>(out[j])) || out[j] == '-')) ++j;
        std::size_t digits = 0;
        for (std::size_t k = i; k < j; ++k) digits += std::isdigit(static_cast<unsigned char>(out[k])) ? 1 : 0;
        // A run of 9+ digits glued together is an identifier, not a date or a document number.
        bool glued = out.substr(i, j - i).find('-') == std::string::npos;
        if (digits >= 9 && glued)
            for (std::size_t k = i; k + 3 < j; ++k) out[k] = '*';
        i = j;
    }
    return out;
}

}  // namespace kc
