// File: compare/claim_values.h
//
// The values of claim records as the comparators read and print them:
// quantities as intervals, times with their precision, places with their
// containment, quotes as words. Pure functions of the records.
//
// Example:
//   // "an hour and 40 minutes" [100, 100] and "less than two hours" [.., 120)
//   Overlaps(a.quantity(), b.quantity()) == true;
//   QuantityText(b.quantity()) == "less than 2 hours";

#ifndef FACTCHECK_COMPARE_CLAIM_VALUES_H_
#define FACTCHECK_COMPARE_CLAIM_VALUES_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "proto/claim.pb.h"

namespace factcheck {

// "minister of foreign affairs" -> "Minister of Foreign Affairs".
std::string TitleCase(absl::string_view text);

// Numbers as people write them: 1000 -> "1,000", 1.5 -> "1.50".
std::string FormatNumber(double value);

// "less than", "under", "fewer than", "below": the bound itself is excluded.
bool ExcludesUpperBound(const QuantityClaim& q);

// True when the two intervals share a value.
bool Overlaps(const QuantityClaim& a, const QuantityClaim& b);

// The quantity for a message: "less than 2 hours", "1,000 prisoners".
std::string QuantityText(const QuantityClaim& q);

// Two bounds on the same side ("less than one hour", "less than two
// hours") are compatible but neither confirms the other.
bool OnlySameSidedBounds(const QuantityClaim& a, const QuantityClaim& b);

// Same unit, duration or not, and counted noun.
bool SameQuantityKind(const QuantityClaim& a, const QuantityClaim& b);

// The time for a message: a weekday's name, else the time as written.
std::string TimeText(const TimeClaim& t);

// True when the time's own words give a year ("May 29, 1943").
bool WritesYear(const TimeClaim& t);

// Whether two times can be compared, and whether they agree.
enum class TimeVerdict { kIncomparable, kAgree, kDisagree };

// Days against days (dates, or weekdays), years and months against years
// and months; a year only one of two dates writes is not compared.
TimeVerdict CompareTimes(const TimeClaim& a, const TimeClaim& b);

// True when the gazetteer puts `inner` inside `outer`.
bool Contains(const PlaceClaim& outer, const PlaceClaim& inner);

// Lowercase words of a quote, punctuation dropped, apostrophes kept.
std::vector<std::string> QuoteWords(const std::string& text);

// Whether `small` occurs as a contiguous run inside `big`.
bool ContainsRun(const std::vector<std::string>& big, const std::vector<std::string>& small);

}  // namespace factcheck

#endif  // FACTCHECK_COMPARE_CLAIM_VALUES_H_
