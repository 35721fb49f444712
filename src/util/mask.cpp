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
        // Within a run like "0123456789-001" (a branch tax code) each part of
        // 9+ digits is an identifier; dates and document numbers are shorter.
        std::size_t part = i;
        while (part < j) {
            std::size_t end = part;
            while (end < j && out[end] != '-') ++end;
            if (end - part >= 9)
                for (std::size_t k = part; k + 3 < end; ++k) out[k] = '*';
            part = end + 1;
        }
        i = j;
    }
    return out;
}

}  // namespace kc
