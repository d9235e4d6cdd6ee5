// File: claims/analysis/ud_tokenizer.h
//
// Splits one sentence into tokens the way Universal Dependencies English
// (EWT, GUM) does, so that the tagger and parser of the linguistic layer see
// the words they were trained on. Clitics come off their host ("don't" ->
// do | n't, "cannot" -> can | not, "Ukraine's" -> Ukraine | 's, "gonna" ->
// gon | na), most hyphens are tokens of their own ("long-term" -> long | - |
// term, but "e-mail", "non-profit", "713-853-3989" stay whole), abbreviations
// keep their dot ("Mr.", "U.S."), and numbers, times, URLs, e-mail
// addresses, @handles and #hashtags are one token each. Offsets are bytes
// into the text given, so tokens map back to the original file.
//
// Example:
//   std::string s = "Mr. Smith doesn\u2019t like long-term deals.";
//   std::vector<UdToken> t = TokenizeUd(s, 0, s.size());
//   // Mr. | Smith | does | n\u2019t | like | long | - | term | deals | .
//   // t[2].space_after == false (n\u2019t follows at once).

#ifndef FACTCHECK_CLAIMS_ANALYSIS_UD_TOKENIZER_H_
#define FACTCHECK_CLAIMS_ANALYSIS_UD_TOKENIZER_H_

#include <cstdint>
#include <vector>

#include "absl/strings/string_view.h"

namespace factcheck {

struct UdToken {
  // Byte offsets into the text given to TokenizeUd, half-open.
  int64_t begin = 0;
  int64_t end = 0;
  // False when the next token starts at `end`.
  bool space_after = true;
};

// Splits text[begin, end) of one sentence into tokens following UD English
// (EWT/GUM) conventions. Every token is a non-empty substring of the text
// (the form is text.substr(t.begin, t.end - t.begin)); whitespace is never
// part of a token; tokens are in order and do not overlap.
std::vector<UdToken> TokenizeUd(absl::string_view text, int64_t begin,
                                int64_t end);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_ANALYSIS_UD_TOKENIZER_H_
