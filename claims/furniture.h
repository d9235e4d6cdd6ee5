// File: claims/furniture.h
//
// Page furniture: the parts of a scraped article that are not the article.
// They are kept out of sentences and claims but reported as skipped spans.
//
//   placeholder        a block that is only "Loading", "Advertisement", ...
//   photo credit       "Credit: AP" or "Photo: Getty Images" at a block's
//                      end, "(Jane Doe/Reuters)" and an all-caps
//                      "(JANE DOE)" after it
//   newsletter prompt  a short block inviting to sign up or subscribe
//   syndication note   "This article originally appeared in ..."
//
// Example:
//   std::vector<TextBlock> blocks = ...;  // "Loading", "He left.Credit: AP"
//   std::vector<CleanSkip> skips = RemoveFurniture(text, blocks);
//   // blocks now: "He left."; skips: the "Loading" block and "Credit: AP"

#ifndef FACTCHECK_CLAIMS_FURNITURE_H_
#define FACTCHECK_CLAIMS_FURNITURE_H_

#include <cstdint>
#include <vector>

#include "absl/strings/string_view.h"
#include "claims/markup.h"
#include "proto/document.pb.h"

namespace factcheck {

// A range of clean text kept out of sentences, and why.
struct CleanSkip {
  int64_t begin = 0;
  int64_t end = 0;
  SkipReason reason = SKIP_REASON_UNSPECIFIED;
};

// Removes furniture from `blocks` (dropping whole blocks, trimming or
// splitting others) and returns what was removed, in text order.
std::vector<CleanSkip> RemoveFurniture(absl::string_view text,
                                       std::vector<TextBlock>& blocks);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_FURNITURE_H_
