// File: claims/analysis/gazetteer.h
//
// What the vocabulary files (claims/data, and a user's --lexicon) say about
// each token of a sentence, as bits the entity recogniser uses as features:
// part of a country name, a nationality word, an honorific, an office, a
// known place or organisation. Names of up to four tokens are matched as
// written and, for headlines in capitals, in Title Case.
//
// Example:
//   std::vector<std::string> words = {"Mr.", "Smith", "visited", "Ukraine"};
//   std::vector<uint32_t> bits = GazetteerBits(lexicon, words);
//   // bits[0] & kGazHonorific, bits[3] & kGazCountry

#ifndef FACTCHECK_CLAIMS_ANALYSIS_GAZETTEER_H_
#define FACTCHECK_CLAIMS_ANALYSIS_GAZETTEER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "claims/lexicon.h"

namespace factcheck {

constexpr uint32_t kGazCountry = 1;
constexpr uint32_t kGazNationality = 2;
constexpr uint32_t kGazHonorific = 4;
constexpr uint32_t kGazOffice = 8;
constexpr uint32_t kGazPlace = 16;
constexpr uint32_t kGazOrganization = 32;
constexpr uint32_t kGazPersonNoun = 64;
// The token starts a matched name.
constexpr uint32_t kGazBegin = 128;

// One bit set per word.
std::vector<uint32_t> GazetteerBits(const Lexicon& lexicon,
                                    const std::vector<absl::string_view>& words);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_ANALYSIS_GAZETTEER_H_
