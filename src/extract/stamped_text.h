// extract/stamped_text.h — text a signing tool stamps on a page as
// annotations (the number, the date, the seal's words), merged into the page
// text. Pure functions over UTF-8 text.
//
// Contract
// - Page text (poppler) already holds what a viewer draws: annotations with
//   an appearance stream (FreeText, signature widgets), FreeText without one
//   (poppler draws a default appearance) and content appended by an
//   incremental update. Annotations whose words are only in /Contents (a
//   Stamp drawn as an image or a ring), or a form field's value without an
//   appearance, are not drawn: pdf_annotations.cpp reads them with qpdf.
// - text_shown(page, stamp): true when the stamp's words already appear in
//   the page text in the same order, each within a few words of the last
//   (so a number drawn into a "Số: …" gap counts as shown, and the same words
//   scattered over the page do not). Compared NFC, case-folded.
// - merge_stamped(page, stamps): the page text plus, on lines of their own at
//   its end, the stamps not shown yet (each once, in the order given);
//   `added` gets how many were added.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace kc::extract {

bool text_shown(std::string_view page_text, std::string_view stamp);
std::string merge_stamped(std::string page_text, const std::vector<std::string>& stamps, int& added);

}  // namespace kc::extract
