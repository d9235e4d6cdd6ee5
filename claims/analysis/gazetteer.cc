#include "claims/analysis/gazetteer.h"

#include "absl/strings/str_join.h"
#include "claims/analysis/word_features.h"

namespace factcheck {
namespace {

constexpr int kMaxNameWords = 4;

// The bits of a name of several words, 0 when the vocabulary lacks it.
uint32_t NameBits(const Lexicon& lexicon, const std::string& text) {
  CountryMatch country = lexicon.FindCountry(text);
  if (country.country != nullptr) {
    return country.form == CountryForm::kAdjective ||
                   country.form == CountryForm::kDemonym
               ? kGazNationality
               : kGazCountry;
  }
  if (lexicon.FindPlace(text) != nullptr) return kGazPlace;
  if (lexicon.FindOrganization(text) != nullptr ||
      lexicon.FindOutlet(text) != nullptr) {
    return kGazOrganization;
  }
  return 0;
}

std::string TitleOf(const std::vector<absl::string_view>& words, size_t begin,
                    size_t end) {
  std::vector<std::string> lower;
  for (size_t i = begin; i < end; ++i) lower.push_back(LowerWord(words[i]));
  return absl::StrJoin(TitleCased(lower), " ");
}

}  // namespace

std::vector<uint32_t> GazetteerBits(
    const Lexicon& lexicon, const std::vector<absl::string_view>& words) {
  const size_t n = words.size();
  std::vector<uint32_t> bits(n, 0);
  for (size_t i = 0; i < n; ++i) {
    std::string lower = LowerWord(words[i]);
    if (lexicon.IsHonorific(words[i])) bits[i] |= kGazHonorific;
    if (lexicon.FindOffice(lower) != nullptr) bits[i] |= kGazOffice;
    if (lexicon.IsPersonNoun(lower)) bits[i] |= kGazPersonNoun;
  }
  const bool upper = DetectSentenceCase(words) == SentenceCase::kUpper;
  for (size_t i = 0; i < n;) {
    // Names in the vocabulary start with a capital or a digit.
    unsigned char first = words[i].empty() ? 0 : words[i][0];
    if (!(first >= 'A' && first <= 'Z') && !(first >= '0' && first <= '9') &&
        first < 0xC0) {
      ++i;
      continue;
    }
    size_t matched = 0;
    uint32_t found = 0;
    for (size_t len = std::min<size_t>(kMaxNameWords, n - i); len >= 1; --len) {
      std::string text = absl::StrJoin(words.begin() + i,
                                       words.begin() + i + len, " ");
      found = NameBits(lexicon, text);
      if (found == 0 && upper) {
        found = NameBits(lexicon, TitleOf(words, i, i + len));
      }
      if (found != 0) {
        matched = len;
        break;
      }
    }
    if (matched == 0) {
      ++i;
      continue;
    }
    bits[i] |= kGazBegin;
    for (size_t k = i; k < i + matched; ++k) bits[k] |= found;
    i += matched;
  }
  return bits;
}

void DocumentEvidence::AddSentence(
    const std::vector<absl::string_view>& words) {
  const bool normal = DetectSentenceCase(words) == SentenceCase::kNormal;
  for (size_t i = 0; i < words.size(); ++i) {
    absl::string_view w = words[i];
    if (w.empty()) continue;
    unsigned char c = w[0];
    bool lower = c >= 'a' && c <= 'z';
    bool upper = c >= 'A' && c <= 'Z';
    if (!lower && !upper) continue;
    uint32_t bit = 0;
    if (lower) bit = kDocLowercase;
    // The first word of a sentence and any word after an opening quote or
    // a colon is capitalised by position, not as a name.
    bool by_position = i == 0 || words[i - 1] == ":" || words[i - 1] == "\"" ||
                       words[i - 1] == "\xE2\x80\x9C" || words[i - 1] == "(";
    if (upper && normal && !by_position) bit = kDocCapitalized;
    if (bit != 0) bits_[LowerWord(w)] |= bit;
  }
}

uint32_t DocumentEvidence::Bits(absl::string_view word) const {
  auto it = bits_.find(LowerWord(word));
  return it == bits_.end() ? 0 : it->second;
}

std::vector<uint32_t> EvidenceBits(const Lexicon& lexicon,
                                   const std::vector<absl::string_view>& words,
                                   const DocumentEvidence* document) {
  std::vector<uint32_t> bits = GazetteerBits(lexicon, words);
  if (document != nullptr) {
    for (size_t i = 0; i < words.size(); ++i) bits[i] |= document->Bits(words[i]);
  }
  return bits;
}

}  // namespace factcheck
