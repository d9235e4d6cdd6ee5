// File: claims/extract/times.h
//
// The times a sentence states, read from its words and resolved against
// the text's date (the publication date, when the document has one):
//
//   "on Friday"            DATE, the last Friday on or before the date
//   "next Tuesday"         DATE, the first Tuesday after it
//   "Thursday night"       DATE, the day part kept in the span
//   "May 16, 2025"         DATE   "Aug. 24"  DATE, the year of the text
//   "in December"          MONTH, last year's when written before December
//   "in 2019", "early 2019"   YEAR (early = Jan-Apr, mid = Apr-Sep,
//                             late = Sep-Dec)
//   "since 2002", "since May"   SINCE: when a state began
//   "last week", "this month", "next year"   RELATIVE, the calendar period
//   "three years ago", "a week ago"          RELATIVE, that day
//
// Each time carries its interval (begin_date..end_date, resolved) when the
// text's date or the expression fixes it. A weekday or month that opens a
// name ("the Sunday Times") is no time, nor is "May" as a modal verb at a
// sentence start or without a preposition before it ("May I ask ..."). The
// cue words (modifiers, day parts, "since", "ago", month prepositions) come
// from the vocabulary, so a user's --lexicon changes them.
//
// News reports the past: a bare weekday or month resolves backwards from
// the text's date, unless the parse puts it in a clause about the future
// (InFutureClause: "will vote on Friday", "is scheduled to visit in May"),
// where it is the next one. ("Could come as early as Thursday" still
// resolves to the past: modals are not read as future.)
//
// Example:
//   std::vector<TimeMention> times = FindTimes(tokens, lower, lexicon, date, future);
//   times[0].time.kind() == TIME_KIND_DATE; times[0].first, times[0].last

#ifndef FACTCHECK_CLAIMS_EXTRACT_TIMES_H_
#define FACTCHECK_CLAIMS_EXTRACT_TIMES_H_

#include <optional>
#include <vector>

#include "absl/time/civil_time.h"
#include "claims/extract/parsed_sentence.h"
#include "claims/extract/sentence_words.h"
#include "claims/lexicon.h"
#include "claims/tokenizer.h"
#include "proto/claim.pb.h"

namespace factcheck {

// One time expression of a sentence.
struct TimeMention {
  int first = 0;  // first token, the cue ("since", "last") included
  int last = 0;   // last token, inclusive
  // Kind, calendar fields, modifier and interval; `text` is left to the
  // caller, who knows the sentence's text.
  TimeClaim time;
};

// The time expressions of one sentence's tokens, in order. `lower[i]` is
// Lower(tokens[i].text); `date` is the text's date, if known; `future[i]`
// says token i is in a clause about the future (empty: none is).
std::vector<TimeMention> FindTimes(const std::vector<Token>& tokens,
                                   const std::vector<LowerToken>& lower, const Lexicon& lexicon,
                                   const std::optional<absl::CivilDay>& date,
                                   const std::vector<bool>& future = {});

// Whether the parsed token `token` (a time word) belongs to a clause about
// the future: the verb it hangs on (the nearest verb above it) has a future
// auxiliary ("will", "shall": future_auxiliaries), or is the "to"
// complement of one, or of a future verb ("scheduled to", "plans to":
// future_verbs).
bool InFutureClause(const ParsedSentence& s, int token, const Lexicon& lexicon);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_EXTRACT_TIMES_H_
