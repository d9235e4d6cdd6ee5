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
//
//   DocumentEvidence doc;
//   doc.AddSentence({"Police", "Say", "Smith", "Fled"});
//   doc.AddSentence({"The", "police", "said", "Smith", "fled", "."});
//   doc.Bits("Police");  // kDocLowercase
//   doc.Bits("Smith");   // kDocCapitalized

#ifndef FACTCHECK_CLAIMS_ANALYSIS_GAZETTEER_H_
#define FACTCHECK_CLAIMS_ANALYSIS_GAZETTEER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
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

// How a document writes its words, the evidence a reader uses to tell a
// name from a capitalised common word: a word the document also writes in
// lowercase ("Police Say" in a headline, "police" in the body) is rarely a
// name; one it capitalises inside running sentences usually is.
constexpr uint32_t kDocLowercase = 256;
constexpr uint32_t kDocCapitalized = 512;

class DocumentEvidence {
 public:
  // Call for every sentence of the document before asking Bits().
  void AddSentence(const std::vector<absl::string_view>& words);
  // kDocLowercase and kDocCapitalized bits for a word, by its lowercase form.
  uint32_t Bits(absl::string_view word) const;

 private:
  absl::flat_hash_map<std::string, uint32_t> bits_;
};

// GazetteerBits with the document's evidence added (`document` may be null).
std::vector<uint32_t> EvidenceBits(const Lexicon& lexicon,
                                   const std::vector<absl::string_view>& words,
                                   const DocumentEvidence* document);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_ANALYSIS_GAZETTEER_H_
