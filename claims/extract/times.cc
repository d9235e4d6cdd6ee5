#include "claims/extract/times.h"

#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"

namespace factcheck {
namespace {

// The words before a time expression at token `i`: "since", "early",
// "last", ...
struct TimeCue {
  bool since = false;
  std::string modifier;
  int first = 0;  // the expression's first token, cue included
};

void SetDateRange(TimeClaim* time, absl::CivilDay from, absl::CivilDay to) {
  time->set_begin_date(absl::FormatCivilTime(from));
  time->set_end_date(absl::FormatCivilTime(to));
  time->set_resolved(true);
}

// One sentence's scan: the rules for each kind of expression.
class TimeScan {
 public:
  TimeScan(const std::vector<Token>& tokens, const std::vector<LowerToken>& lower,
           const Lexicon& lexicon, const std::optional<absl::CivilDay>& date,
           const std::vector<bool>& future)
      : tokens_(tokens), lower_(lower), lexicon_(lexicon), date_(date), future_(future),
        n_(static_cast<int>(tokens.size())) {}

  std::vector<TimeMention> Run();

 private:
  TimeCue CueAt(int i) const;
  TimeClaim* Add(int first, int last, TimeKind kind);
  int Weekday(int i, int weekday, const TimeCue& cue);
  int Month(int i, int month, TimeCue cue);
  void Year(int i, const TimeCue& cue);
  void Relative(int i, const std::string& modifier);
  void Ago(int i);

  const std::vector<Token>& tokens_;
  const std::vector<LowerToken>& lower_;
  const Lexicon& lexicon_;
  bool Future(int i) const { return i < static_cast<int>(future_.size()) && future_[i]; }

  const std::optional<absl::CivilDay>& date_;
  const std::vector<bool>& future_;
  const int n_;
  std::vector<TimeMention> out_;
};

TimeCue TimeScan::CueAt(int i) const {
  TimeCue cue;
  cue.since = i > 0 && lexicon_.IsSinceWord(lower_[i - 1]);
  if (i > 0 && (lexicon_.IsPeriodPartModifier(lower_[i - 1]) ||
                lexicon_.IsRelativePeriodModifier(lower_[i - 1]))) {
    cue.modifier = lower_[i - 1];
  }
  cue.first = cue.modifier.empty() ? i : i - 1;
  if (cue.since) cue.first = i - 1;
  return cue;
}

TimeClaim* TimeScan::Add(int first, int last, TimeKind kind) {
  out_.push_back(TimeMention{first, last, TimeClaim()});
  TimeClaim* time = &out_.back().time;
  time->set_kind(kind);
  return time;
}

std::vector<TimeMention> TimeScan::Run() {
  for (int i = 0; i < n_; ++i) {
    const Token& t = tokens_[i];
    if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) continue;
    TimeCue cue = CueAt(i);
    int weekday = lexicon_.WeekdayNumber(t.text);
    if (weekday > 0 && t.capitalized) {
      i = Weekday(i, weekday, cue);
      continue;
    }
    int month = lexicon_.MonthNumber(t.text);
    if (month > 0 && t.capitalized) {
      i = Month(i, month, cue);
      continue;
    }
    if (t.kind == TokenKind::kNumber && t.text.size() == 4) {
      Year(i, cue);
      continue;
    }
    // Relative expressions: "last week", "this week", "three years ago".
    const LowerToken& w = lower_[i];
    if ((w == "week" || w == "month" || w == "year") &&
        lexicon_.IsRelativePeriodModifier(cue.modifier)) {
      Relative(i, cue.modifier);
      continue;
    }
    if (lexicon_.IsAgoWord(w) && i >= 2) Ago(i);
  }
  return std::move(out_);
}

int TimeScan::Weekday(int i, int weekday, const TimeCue& cue) {
  const std::string& modifier = cue.modifier;
  int last = i;
  // "Thursday night".
  if (i + 1 < n_ && lexicon_.IsDayPart(lower_[i + 1])) last = i + 1;
  // "the Saturday Evening Post", "the Sunday Times": a weekday that opens
  // a name after "the" is no date.
  if (i > 0 && lower_[i - 1] == "the" && last + 1 < n_ &&
      tokens_[last + 1].kind == TokenKind::kWord && tokens_[last + 1].capitalized) {
    return i;
  }
  // "Friday, May 16, 2025" is one date: handled by the month.
  if (i + 2 < n_ && tokens_[i + 1].text == "," && lexicon_.MonthNumber(tokens_[i + 2].text) > 0) {
    return i;
  }
  TimeClaim* time = Add(cue.first, last, cue.since ? TIME_KIND_SINCE : TIME_KIND_DATE);
  time->set_weekday(weekday);
  time->set_modifier(modifier);
  if (date_) {
    // The most recent such weekday on or before the text's date (news
    // reports the past), or after it for "next".
    int today = static_cast<int>(absl::GetWeekday(*date_));  // Monday = 0
    int back = ((today + 1) - weekday + 7) % 7;
    absl::CivilDay day = *date_ - back;
    if (modifier == "last" && back == 0) day -= 7;
    const int ahead = (weekday - (today + 1) + 7) % 7;
    if (modifier == "next") day = *date_ + (ahead == 0 ? 7 : ahead);
    if (modifier.empty() && Future(i)) day = *date_ + ahead;
    SetDateRange(time, day, day);
    time->set_year(static_cast<int>(day.year()));
    time->set_month(day.month());
    time->set_day(day.day());
  }
  return last;
}

int TimeScan::Month(int i, int month, TimeCue cue) {
  const Token& t = tokens_[i];
  const std::string& modifier = cue.modifier;
  int last = i;
  int day = 0, year = 0;
  // An abbreviation's period ("Aug. 24") when the tokens split it off.
  const int j = i + 1 < n_ && tokens_[i + 1].text == "." && t.text.size() <= 4 ? i + 1 : i;
  if (j + 1 < n_ && tokens_[j + 1].kind == TokenKind::kNumber && tokens_[j + 1].text.size() <= 2) {
    absl::SimpleAtoi(tokens_[j + 1].text, &day);
    last = j + 1;
    if (j + 3 < n_ && tokens_[j + 2].text == "," && tokens_[j + 3].kind == TokenKind::kNumber &&
        tokens_[j + 3].text.size() == 4) {
      absl::SimpleAtoi(tokens_[j + 3].text, &year);
      last = j + 3;
    }
  } else if (j + 1 < n_ && tokens_[j + 1].kind == TokenKind::kNumber &&
             tokens_[j + 1].text.size() == 4) {
    absl::SimpleAtoi(tokens_[j + 1].text, &year);
    last = j + 1;
  } else if (t.text == "May" && (i == 0 || modifier.empty()) &&
             !(i > 0 && lexicon_.IsMonthPreposition(lower_[i - 1]))) {
    return i;  // the modal verb
  }
  // A weekday just before: "Friday, May 16".
  if (i >= 2 && tokens_[i - 1].text == "," && lexicon_.WeekdayNumber(tokens_[i - 2].text) > 0) {
    cue.first = i - 2;
  }
  TimeClaim* time = Add(cue.first, last,
                        cue.since ? TIME_KIND_SINCE : (day > 0 ? TIME_KIND_DATE : TIME_KIND_MONTH));
  time->set_month(month);
  time->set_day(day);
  time->set_modifier(modifier);
  if (year == 0 && date_) {
    year = static_cast<int>(date_->year());
    if (Future(i)) {
      if (month < date_->month()) ++year;  // "will open in January" written in May
    } else if (month > date_->month()) {
      --year;  // "in December" written in May
    }
  }
  time->set_year(year);
  if (year > 0) {
    if (day > 0) {
      absl::CivilDay d(year, month, day);
      SetDateRange(time, d, d);
    } else {
      absl::CivilDay from(year, month, 1);
      absl::CivilDay to = absl::CivilDay(absl::CivilMonth(year, month) + 1) - 1;
      SetDateRange(time, from, to);
    }
  }
  return last;
}

void TimeScan::Year(int i, const TimeCue& cue) {
  const Token& t = tokens_[i];
  const std::string& modifier = cue.modifier;
  int year = 0;
  if (!absl::SimpleAtoi(t.text, &year) || year < 1800 || year > 2100) return;
  if (i > 0 && (tokens_[i - 1].text == "$" || lexicon_.MonthNumber(tokens_[i - 1].text) > 0)) return;
  if (i > 1 && tokens_[i - 1].text == "," && lexicon_.MonthNumber(tokens_[i - 2].text) == 0 &&
      tokens_[i - 2].kind == TokenKind::kNumber) {
    return;  // part of "May 16, 2025", handled by the month
  }
  TimeClaim* time = Add(cue.first, i, cue.since ? TIME_KIND_SINCE : TIME_KIND_YEAR);
  time->set_year(year);
  time->set_modifier(modifier);
  int from_month = 1, to_month = 12;
  if (modifier == "early") to_month = 4;
  if (modifier == "mid") from_month = 4, to_month = 9;
  if (modifier == "late") from_month = 9;
  SetDateRange(time, absl::CivilDay(year, from_month, 1),
               absl::CivilDay(absl::CivilMonth(year, to_month) + 1) - 1);
}

void TimeScan::Relative(int i, const std::string& modifier) {
  const LowerToken& w = lower_[i];
  TimeClaim* time = Add(i - 1, i, TIME_KIND_RELATIVE);
  time->set_modifier(modifier);
  if (!date_) return;
  const int shift = modifier == "last" ? -1 : modifier == "next" ? 1 : 0;
  absl::CivilDay from = *date_, to = *date_;
  if (w == "week") {
    int today = static_cast<int>(absl::GetWeekday(*date_));
    from = *date_ - today + 7 * shift;  // that week's Monday
    to = from + 6;
  } else if (w == "month") {
    absl::CivilMonth m = absl::CivilMonth(*date_) + shift;
    from = absl::CivilDay(m);
    to = absl::CivilDay(m + 1) - 1;
  } else {
    absl::CivilYear y = absl::CivilYear(*date_) + shift;
    from = absl::CivilDay(y);
    to = absl::CivilDay(y + 1) - 1;
  }
  SetDateRange(time, from, to);
}

void TimeScan::Ago(int i) {
  const Unit* unit = lexicon_.FindUnit(lower_[i - 1]);
  double amount = 0;
  bool ok = false;
  if (tokens_[i - 2].kind == TokenKind::kNumber) {
    ok = ParseDigits(tokens_[i - 2].text, &amount);
  } else if (const NumberWord* nw = lexicon_.FindNumberWord(lower_[i - 2])) {
    amount = nw->value();
    ok = true;
  } else if (lexicon_.IsIndefiniteArticle(lower_[i - 2])) {
    amount = 1;
    ok = true;
  }
  if (unit == nullptr || !ok || unit->dimension() != "duration") return;
  TimeClaim* time = Add(i - 2, i, TIME_KIND_RELATIVE);
  time->set_modifier(lower_[i]);
  if (date_) {
    int64_t days = static_cast<int64_t>(amount * unit->factor() / 1440.0);
    absl::CivilDay at = *date_ - days;
    SetDateRange(time, at, at);
  }
}

}  // namespace

std::vector<TimeMention> FindTimes(const std::vector<Token>& tokens,
                                   const std::vector<LowerToken>& lower, const Lexicon& lexicon,
                                   const std::optional<absl::CivilDay>& date,
                                   const std::vector<bool>& future) {
  return TimeScan(tokens, lower, lexicon, date, future).Run();
}

namespace {

// How many heads above a time word its verb is looked for.
constexpr int kVerbClimb = 4;

bool HasFutureAuxiliary(const ParsedSentence& s, int verb, const Lexicon& lexicon) {
  for (int child : s.children(verb)) {
    if (s.deprel(child) == "aux" && lexicon.IsFutureAuxiliary(s.lower(child))) return true;
  }
  return false;
}

}  // namespace

bool InFutureClause(const ParsedSentence& s, int token, const Lexicon& lexicon) {
  int verb = s.head(token);
  // A time that modifies a noun ("the March incident") dates that thing,
  // not the clause; a day part or a day's number is the time itself
  // ("Monday evening", "August 10").
  const absl::string_view rel = s.deprel(token);
  if ((rel == "compound" || rel == "amod") && verb >= 0 && !lexicon.IsDayPart(s.lower(verb)) &&
      s.upos(verb) != "NUM") {
    return false;
  }
  for (int k = 0; k < kVerbClimb && verb >= 0 && s.upos(verb) != "VERB"; ++k) verb = s.head(verb);
  if (verb < 0 || s.upos(verb) != "VERB") return false;
  if (HasFutureAuxiliary(s, verb, lexicon)) return true;
  // "is scheduled to vote on Friday", "will try to meet on Friday".
  const int governor = s.head(verb);
  if (s.deprel(verb) != "xcomp" || governor < 0) return false;
  return HasFutureAuxiliary(s, governor, lexicon) ||
         lexicon.IsFutureVerb(absl::AsciiStrToLower(s.lemma(governor)));
}

}  // namespace factcheck
