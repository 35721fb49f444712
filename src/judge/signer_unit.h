// judge/signer_unit.h — which registry unit a signing certificate names (pure).
// Only the CN, O and OU values of the subject are read, in that order (L= is a
// place, not a unit; O is usually the governing body): a value names a unit
// when its folded text contains the unit's folded name, or equals one of its
// aliases; the first field naming a unit decides, the longest name within it. A heuristic: a certificate proves who signed, the
// registry says which unit that is.
#pragma once
#include <string>

#include "core/model.h"
#include "rules/ruleset.h"

namespace kc::judge {
std::string signer_unit(const SignerInfo& signer, const rules::RuleSet& rules);
}
