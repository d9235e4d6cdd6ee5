#include "claims/extract/quantities.h"

#include <algorithm>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "claims/word_forms.h"

namespace factcheck {
namespace {

// The sentence as the surface rules read it.
struct Words {
  const std::vector<Token>& tokens;
  const std::vector<LowerToken>& lower;
  const Lexicon& lexicon;
  int size() const { return static_cast<int>(tokens.size()); }
};

// The value of a number at token `i` in *value: digits, a cardinal number
// word, or "a"/"an" before a multiplier or a duration unit. False for
// none, and for years, dates and clock times.
bool ReadNumber(const Words& s, int i, bool currency_dollar, double* value) {
  const int n = s.size();
  const Token& t = s.tokens[i];
  if (t.kind == TokenKind::kNumber) {
    if (!ParseDigits(t.text, value)) return false;
    // Years and dates are times, not quantities.
    bool year_like = t.text.size() == 4 && t.text.find(',') == absl::string_view::npos &&
                     *value >= 1800 && *value <= 2100;
    bool after_month = i > 0 && s.lexicon.MonthNumber(s.tokens[i - 1].text) > 0;
    if ((year_like && !currency_dollar) || after_month) return false;
    if (i + 1 < n && s.lexicon.IsClockMark(s.lower[i + 1])) return false;
    return true;
  }
  if (t.kind != TokenKind::kWord) return false;
  const NumberWord* word = s.lexicon.FindNumberWord(s.lower[i]);
  // "one" and "half" count only before a unit ("one hour"), not in
  // "one of the leaders".
  bool before_unit = i + 1 < n && s.lexicon.FindUnit(s.lower[i + 1]) != nullptr;
  if (word != nullptr && word->kind() == NUMBER_WORD_KIND_CARDINAL &&
      (!s.lexicon.IsUnitOnlyNumber(s.lower[i]) || before_unit)) {
    *value = word->value();
    return true;
  }
  if (s.lexicon.IsIndefiniteArticle(s.lower[i]) && i + 1 < n) {
    // "a thousand prisoners", "an hour".
    const NumberWord* multiplier = s.lexicon.FindNumberWord(s.lower[i + 1]);
    const Unit* unit = s.lexicon.FindUnit(s.lower[i + 1]);
    if ((multiplier != nullptr && multiplier->kind() == NUMBER_WORD_KIND_MULTIPLIER) ||
        (unit != nullptr && unit->dimension() == "duration")) {
      *value = 1;
      return true;
    }
  }
  return false;
}

// Applies the multiplier words after the number ending at `last` ("three
// million", "forty two"); returns the new last token.
int ApplyMultipliers(const Words& s, int last, bool number_words, double* value) {
  const int n = s.size();
  while (last + 1 < n) {
    const NumberWord* m = s.lexicon.FindNumberWord(s.lower[last + 1]);
    if (m != nullptr && m->kind() == NUMBER_WORD_KIND_MULTIPLIER) {
      *value *= m->value();
      ++last;
    } else if (m != nullptr && m->kind() == NUMBER_WORD_KIND_CARDINAL && number_words &&
               m->value() < 10 && *value >= 20 && *value < 100) {
      *value += m->value();  // "forty two"
      ++last;
    } else {
      break;
    }
  }
  return last;
}

// The unit after a number ending at `last` ("hours", "percent", "%",
// "-day", "per cent"), its last token in *unit_token; nullptr for none.
const Unit* UnitAfter(const Words& s, int last, int* unit_token) {
  const int n = s.size();
  int k = last + 1;
  bool hyphen = k < n && s.tokens[k].text == "-";
  if (hyphen) ++k;
  const Unit* unit = k < n ? s.lexicon.FindUnit(s.lower[k]) : nullptr;
  if (unit == nullptr && k < n && s.tokens[k].text == "%") unit = s.lexicon.FindUnit("%");
  if (unit == nullptr && k + 1 < n && s.lower[k] == "per" && s.lower[k + 1] == "cent") {
    unit = s.lexicon.FindUnit("percent");
    ++k;
  }
  if (unit == nullptr && hyphen) k = last + 1;
  *unit_token = k;
  return unit;
}

// The minutes of "and 40 minutes" after a duration unit at `k`, moving
// *unit_end to their unit; false when none follow.
bool MoreDuration(const Words& s, int k, double* minutes, int* unit_end) {
  const int n = s.size();
  if (!(k + 2 < n && s.lower[k + 1] == "and")) return false;
  double more = 0;
  int m_last = k + 2;
  bool ok = false;
  if (s.tokens[k + 2].kind == TokenKind::kNumber) {
    ok = ParseDigits(s.tokens[k + 2].text, &more);
  } else if (const NumberWord* w = s.lexicon.FindNumberWord(s.lower[k + 2])) {
    more = w->value();
    ok = w->kind() == NUMBER_WORD_KIND_CARDINAL;
  }
  const Unit* u2 = ok && m_last + 1 < n ? s.lexicon.FindUnit(s.lower[m_last + 1]) : nullptr;
  if (u2 == nullptr || u2->dimension() != "duration") return false;
  *minutes = more * u2->factor();
  *unit_end = m_last + 1;
  return true;
}

// A quantity's bounds as its qualifier gives them.
struct QuantityBounds {
  std::string qualifier;  // "more than", "at least", "about", ... or empty
  double low = 0;
  double high = 0;
  bool has_low = true;
  bool has_high = true;
};

// The qualifier before token `*first` ("more than", "less than", "under",
// "at least", "about") and the bounds it gives `total`; moves *first to
// the qualifier's first word.
QuantityBounds ReadQualifier(const Words& s, double total, int* first) {
  const Lexicon& lexicon = s.lexicon;
  const int n = s.size();
  QuantityBounds b;
  int q = *first - 1;
  b.low = total;
  b.high = total;
  auto word_at = [&](int idx) -> std::string {
    return idx >= 0 && idx < n ? std::string(s.lower[idx]) : std::string();
  };
  const std::string w1 = word_at(q), w2 = word_at(q - 1);
  // A two-word phrase ("more than", "at least") before one word ("over").
  const std::string two = q >= 1 ? absl::StrCat(w2, " ", w1) : std::string();
  const bool two_lower = !two.empty() && lexicon.IsLowerBoundQualifier(two);
  const bool two_upper = !two_lower && !two.empty() && lexicon.IsUpperBoundQualifier(two);
  if (two_lower || two_upper) {
    b.qualifier = two;
    *first = q - 1;
  } else if (q >= 0 && (lexicon.IsLowerBoundQualifier(w1) || lexicon.IsUpperBoundQualifier(w1))) {
    b.qualifier = w1;
    *first = q;
  }
  if (!b.qualifier.empty()) {
    if (two_lower || (!two_upper && lexicon.IsLowerBoundQualifier(w1))) {
      b.has_high = false;  // "more than", "at least"
    } else {
      b.has_low = false;  // "less than", "up to"
      b.low = 0;
    }
  } else if (q >= 0 && (lexicon.IsApproximateQualifier(w1) || lexicon.IsShortOfQualifier(w1))) {
    b.qualifier = w1;
    b.low = total * 0.85;
    b.high = total * 1.15;
    if (lexicon.IsShortOfQualifier(w1)) b.high = total;  // "nearly"
    *first = q;
  }
  return b;
}

// The thing counted: the lemma of the next lowercase noun within three
// tokens after `unit_end`, its token in *token; empty and -1 for none.
std::string CountedAfter(const Words& s, int unit_end, int* token) {
  const int n = s.size();
  std::string counted;
  *token = -1;
  for (int c = unit_end + 1; c < n && c <= unit_end + 3; ++c) {
    if (s.tokens[c].kind != TokenKind::kWord) break;
    const LowerToken& w = s.lower[c];
    if (s.lexicon.IsCountedNounStop(w)) break;
    if (s.tokens[c].capitalized) continue;  // "1,000 Ukrainian families"
    if (s.lexicon.IsDistributiveWord(w)) continue;
    counted = NounLemma(w);
    *token = c;
    // Adjective-noun: "1,000 prisoners" vs "two regional capitals".
    if (c + 1 < n && s.tokens[c + 1].kind == TokenKind::kWord && !s.tokens[c + 1].capitalized &&
        absl::EndsWith(w, "al")) {
      continue;
    }
    break;
  }
  return counted;
}

// The verb before a quantity that starts at `first` and the event noun
// before that verb.
void SetAnchor(const Words& s, int first, QuantityClaim* quantity) {
  int v = first - 1;
  while (v >= 0 && s.tokens[v].kind == TokenKind::kWord &&
         s.lexicon.IsAnchorSkipWord(s.lower[v])) {
    --v;
  }
  bool verb_like = v >= 0 && s.tokens[v].kind == TokenKind::kWord && !s.tokens[v].capitalized &&
                   !s.lexicon.IsNonAnchorWord(s.lower[v]);
  if (!verb_like) return;
  quantity->set_anchor(PredicateStem(s.tokens[v].text));
  for (int e = v - 1; e >= 0 && e >= v - 6; --e) {
    if (s.lexicon.IsEventNoun(s.lower[e])) {
      quantity->set_event(s.lower[e]);
      break;
    }
  }
}

// A number's value and unit: the value with its multipliers, the unit
// (durations in minutes) and the last token of the unit.
struct Measure {
  double total = 0;
  std::string unit_key, dimension;
  int unit_end = 0;
  bool dollar_sign = false;  // the unit is the "$" before the number
};

Measure ReadMeasure(const Words& s, int last, double value, bool currency_dollar) {
  Measure m;
  m.total = value;
  m.unit_end = last;
  int k = 0;
  const Unit* unit = UnitAfter(s, last, &k);
  if (unit != nullptr) {
    m.unit_key = unit->key();
    m.dimension = unit->dimension();
    m.unit_end = k;
    if (m.dimension == "duration") {
      m.total = value * unit->factor();
      m.unit_key = "minute";
      // "an hour and 40 minutes".
      double more = 0;
      if (MoreDuration(s, k, &more, &m.unit_end)) m.total += more;
    }
  } else if (currency_dollar) {
    m.unit_key = "usd";
    m.dimension = "usd";
    m.dollar_sign = true;
  }
  return m;
}

void FillQuantity(const Measure& m, const QuantityBounds& bounds, const std::string& counted,
                  bool each, QuantityClaim* quantity) {
  const std::string& qualifier = bounds.qualifier;
  quantity->set_value(m.total);
  quantity->set_has_low(bounds.has_low || !qualifier.empty());
  quantity->set_has_high(bounds.has_high);
  quantity->set_low(bounds.low);
  quantity->set_high(bounds.has_high ? bounds.high : 0);
  quantity->set_unit(m.unit_key);
  quantity->set_counted(counted);
  quantity->set_qualifier(each ? (qualifier.empty() ? "each" : qualifier + ", each") : qualifier);
  quantity->set_is_duration(m.dimension == "duration");
}

}  // namespace

std::vector<QuantityMention> FindQuantities(const std::vector<Token>& tokens,
                                            const std::vector<LowerToken>& lower,
                                            const Lexicon& lexicon) {
  const Words s{tokens, lower, lexicon};
  const int n = s.size();
  std::vector<QuantityMention> out;
  std::vector<bool> used(n, false);
  for (int i = 0; i < n; ++i) {
    if (used[i]) continue;
    double value = 0;
    const bool currency_dollar = i > 0 && tokens[i - 1].text == "$";
    if (!ReadNumber(s, i, currency_dollar, &value)) continue;
    const int last = ApplyMultipliers(s, i, tokens[i].kind == TokenKind::kWord, &value);
    const Measure m = ReadMeasure(s, last, value, currency_dollar);
    int first = m.dollar_sign ? i - 1 : i;
    const QuantityBounds bounds = ReadQualifier(s, m.total, &first);
    int counted_token = -1;
    const std::string counted = CountedAfter(s, m.unit_end, &counted_token);
    int end_token = std::max(m.unit_end, counted_token);
    const bool each = end_token + 1 < n && lexicon.IsDistributiveWord(lower[end_token + 1]);
    if (each) ++end_token;
    if (counted.empty() && m.unit_key.empty()) continue;
    first = std::max(first, 0);
    for (int u = first; u <= end_token; ++u) used[u] = true;
    QuantityMention& q = out.emplace_back();
    q.first = first;
    q.last = end_token;
    FillQuantity(m, bounds, counted, each, &q.quantity);
    SetAnchor(s, first, &q.quantity);
  }
  return out;
}

int CountedNounToken(const ParsedSentence& s, int64_t begin, int64_t end) {
  for (int i = 0; i < s.size(); ++i) {
    if (s.begin(i) < begin || s.end(i) > end) continue;
    if (s.upos(i) != "NUM") continue;
    // The first number of the phrase decides ("two or three days").
    const int h = s.head(i);
    if (s.deprel(i) != "nummod" || h <= i || h - i > kMaxCountedGap + 1) return -1;
    return s.upos(h) == "NOUN" ? h : -1;
  }
  return -1;
}

}  // namespace factcheck
