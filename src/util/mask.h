// util/mask.h — personal identifiers are masked wherever text leaves the
// catalog for a non-reviewer: citizen ID (CCCD, 12 digits), old ID (CMND, 9),
// personal tax codes (MST, 10/13). Keeps the last 3 digits: "*********890".
#pragma once
#include <string>
#include <string_view>

namespace kc {
std::string mask_identifiers(std::string_view text);
}
