#include "compare/claim_values.h"

#include <cmath>
#include <cstdint>
#include <limits>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/strip.h"

namespace factcheck {

std::string TitleCase(absl::string_view text) {
  std::string out(text);
  bool start = true;
  for (size_t i = 0; i < out.size(); ++i) {
    if (start && absl::ascii_isalpha(static_cast<unsigned char>(out[i]))) {
      // Keep "of", "the", "and" lowercase inside titles.
      absl::string_view rest = absl::string_view(out).substr(i);
      bool small = absl::StartsWith(rest, "of ") || absl::StartsWith(rest, "the ") ||
                   absl::StartsWith(rest, "and ") || absl::StartsWith(rest, "for ");
      if (!small || i == 0) out[i] = absl::ascii_toupper(static_cast<unsigned char>(out[i]));
    }
    start = out[i] == ' ';
  }
  return out;
}

// Numbers as people write them: 1000 -> "1,000", 1.5 -> "1.5".
std::string FormatNumber(double value) {
  if (std::fabs(value - std::round(value)) < 1e-9 && std::fabs(value) < 1e15) {
    std::string digits = absl::StrCat(static_cast<int64_t>(std::round(value)));
    std::string out;
    int count = 0;
    for (int i = static_cast<int>(digits.size()) - 1; i >= 0; --i) {
      out.insert(out.begin(), digits[i]);
      if (++count % 3 == 0 && i > 0 && digits[i - 1] != '-') out.insert(out.begin(), ',');
    }
    return out;
  }
  return absl::StrFormat("%.2f", value);
}


// "less than", "under", "fewer than", "below": the bound itself is excluded.
bool ExcludesUpperBound(const QuantityClaim& q) {
  return absl::StrContains(q.qualifier(), "less") || absl::StrContains(q.qualifier(), "under") ||
         absl::StrContains(q.qualifier(), "fewer") || absl::StrContains(q.qualifier(), "below");
}

bool Overlaps(const QuantityClaim& a, const QuantityClaim& b) {
  double a_low = a.has_low() ? a.low() : -INFINITY;
  double a_high = a.has_high() ? a.high() : INFINITY;
  double b_low = b.has_low() ? b.low() : -INFINITY;
  double b_high = b.has_high() ? b.high() : INFINITY;
  bool a_open_high = ExcludesUpperBound(a);
  bool b_open_high = ExcludesUpperBound(b);
  const double epsilon = 1e-9;
  if (a_open_high ? a_high <= b_low + epsilon : a_high < b_low - epsilon) return false;
  if (b_open_high ? b_high <= a_low + epsilon : b_high < a_low - epsilon) return false;
  return true;
}

std::string QuantityText(const QuantityClaim& q) {
  std::string value = q.is_duration()
                          ? (std::fmod(q.value(), 60.0) == 0 && q.value() >= 60
                                 ? absl::StrCat(FormatNumber(q.value() / 60), " hours")
                                 : absl::StrCat(FormatNumber(q.value()), " minutes"))
                          : FormatNumber(q.value());
  if (q.unit() == "usd") value = absl::StrCat("$", value);
  if (q.unit() == "percent") value += "%";
  std::string qualifier(absl::StripSuffix(absl::StripSuffix(q.qualifier(), ", each"), "each"));
  if (!qualifier.empty()) value = absl::StrCat(qualifier, " ", value);
  if (!q.counted().empty() && !q.is_duration()) value = absl::StrCat(value, " ", q.counted());
  return value;
}

// Two bounds on the same side ("less than one hour", "less than two
// hours") are compatible but neither confirms the other.
bool OnlySameSidedBounds(const QuantityClaim& a, const QuantityClaim& b) {
  auto upper_only = [](const QuantityClaim& q) {
    return ExcludesUpperBound(q) || absl::StrContains(q.qualifier(), "up to") ||
           absl::StrContains(q.qualifier(), "at most");
  };
  return (upper_only(a) && upper_only(b)) || (!a.has_high() && !b.has_high());
}

bool SameQuantityKind(const QuantityClaim& a, const QuantityClaim& b) {
  if (a.is_duration() != b.is_duration()) return false;
  if (a.unit() != b.unit()) return false;
  return a.counted() == b.counted();
}

std::string TimeText(const TimeClaim& t) {
  if (t.weekday() > 0 && t.day() == 0) {
    static const char* kDays[] = {"", "Monday", "Tuesday", "Wednesday", "Thursday",
                                  "Friday", "Saturday", "Sunday"};
    return kDays[t.weekday()];
  }
  return t.text();
}

// True when the time's own words give a year ("May 29, 1943").
bool WritesYear(const TimeClaim& t) {
  int digits = 0;
  for (char c : t.text()) {
    digits = absl::ascii_isdigit(static_cast<unsigned char>(c)) ? digits + 1 : 0;
    if (digits == 4) return true;
  }
  return false;
}

TimeVerdict CompareTimes(const TimeClaim& a, const TimeClaim& b) {
  if (a.kind() == TIME_KIND_RELATIVE || b.kind() == TIME_KIND_RELATIVE) {
    return TimeVerdict::kIncomparable;
  }
  if ((a.kind() == TIME_KIND_SINCE) != (b.kind() == TIME_KIND_SINCE)) {
    return TimeVerdict::kIncomparable;
  }
  bool a_day = a.weekday() > 0 || a.day() > 0;
  bool b_day = b.weekday() > 0 || b.day() > 0;
  if (a_day && b_day) {
    // "January 7" and "January 7, 2012": a year only one of them writes
    // was guessed from the publication date; compare month and day.
    if (a.day() > 0 && b.day() > 0 && a.month() > 0 && b.month() > 0 &&
        WritesYear(a) != WritesYear(b)) {
      return a.month() == b.month() && a.day() == b.day() ? TimeVerdict::kAgree
                                                          : TimeVerdict::kDisagree;
    }
    if (a.resolved() && b.resolved() && a.kind() == TIME_KIND_DATE && b.kind() == TIME_KIND_DATE &&
        !a.begin_date().empty() && !b.begin_date().empty()) {
      return a.begin_date() == b.begin_date() ? TimeVerdict::kAgree : TimeVerdict::kDisagree;
    }
    if (a.weekday() > 0 && b.weekday() > 0) {
      return a.weekday() == b.weekday() ? TimeVerdict::kAgree : TimeVerdict::kDisagree;
    }
    return TimeVerdict::kIncomparable;
  }
  bool a_year = a.kind() == TIME_KIND_YEAR || a.kind() == TIME_KIND_MONTH ||
                (a.kind() == TIME_KIND_SINCE && a.year() > 0);
  bool b_year = b.kind() == TIME_KIND_YEAR || b.kind() == TIME_KIND_MONTH ||
                (b.kind() == TIME_KIND_SINCE && b.year() > 0);
  if (a_year && b_year && a.year() > 0 && b.year() > 0) {
    if (a.year() != b.year()) return TimeVerdict::kDisagree;
    if (a.month() > 0 && b.month() > 0 && a.month() != b.month()) return TimeVerdict::kDisagree;
    return TimeVerdict::kAgree;
  }
  return TimeVerdict::kIncomparable;
}

bool Contains(const PlaceClaim& outer, const PlaceClaim& inner) {
  for (const std::string& w : inner.within()) {
    if (w == outer.place()) return true;
  }
  return false;
}

// Lowercase words of a quote, punctuation dropped.
std::vector<std::string> QuoteWords(const std::string& text) {
  std::vector<std::string> words;
  std::string current;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (absl::ascii_isalnum(c) || c >= 0x80) {
      // Curly apostrophe inside a word: keep words whole ("don’t").
      if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
          (static_cast<unsigned char>(text[i + 2]) == 0x99)) {
        current.push_back('\'');
        i += 2;
        continue;
      }
      if (c >= 0x80 && c == 0xE2) {  // other punctuation (dashes, ellipses, quotes)
        if (!current.empty()) words.push_back(current);
        current.clear();
        i += 2;
        continue;
      }
      current.push_back(absl::ascii_tolower(c));
    } else if (c == '\'' && !current.empty()) {
      current.push_back('\'');
    } else {
      if (!current.empty()) words.push_back(current);
      current.clear();
    }
  }
  if (!current.empty()) words.push_back(current);
  return words;
}

// Whether `small` occurs as a contiguous run inside `big`.
bool ContainsRun(const std::vector<std::string>& big, const std::vector<std::string>& small) {
  if (small.empty() || small.size() > big.size()) return false;
  return std::search(big.begin(), big.end(), small.begin(), small.end()) != big.end();
}

}  // namespace factcheck
