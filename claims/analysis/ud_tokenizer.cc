#include "claims/analysis/ud_tokenizer.h"

#include <algorithm>
#include <cstring>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"

namespace factcheck {
namespace {

// How EWT and GUM disagree: at the very end of a sentence EWT gives an
// abbreviation's dot a token of its own ("etc" | "."), GUM keeps it
// ("etc."). Whichever scores better on the treebanks wins.
constexpr bool kSplitFinalAbbreviationDot = true;

// The code point at text[pos] (pos < end); *length gets its byte count.
// Invalid bytes come back one at a time as themselves.
char32_t Decode(absl::string_view text, int64_t pos, int64_t end, int* length) {
  unsigned char b0 = static_cast<unsigned char>(text[pos]);
  *length = 1;
  if (b0 < 0x80) return b0;
  int n = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 0;
  if (n == 0 || pos + n > end) return b0;
  char32_t c = b0 & (0x7F >> n);
  for (int i = 1; i < n; ++i) {
    unsigned char b = static_cast<unsigned char>(text[pos + i]);
    if ((b & 0xC0) != 0x80) return b0;
    c = (c << 6) | (b & 0x3F);
  }
  *length = n;
  return c;
}

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v' || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool IsAsciiLetter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Letters, digits and marks of any script: everything that is neither
// space nor punctuation nor symbol, as far as news text needs.
bool IsWordChar(char32_t c) {
  if (c < 0x80) return IsDigit(c) || IsAsciiLetter(c);
  if (c >= 0xA0 && c <= 0xBF) return c == 0xAA || c == 0xB5 || c == 0xBA;
  if (c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x2BFF) return false;  // Punctuation, symbols.
  if (c >= 0x3000 && c <= 0x303F) return false;  // CJK punctuation.
  if (c >= 0xFE30 && c <= 0xFE4F) return false;
  if (c >= 0xFF00 && c <= 0xFF0F) return false;
  if (c >= 0x1F000 && c <= 0x1FAFF) return false;  // Emoji.
  if (IsSpace(c)) return false;
  return true;
}

bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == '`'; }

bool IsSingleQuote(char32_t c) {
  return c == '\'' || c == 0x2018 || c == 0x2019 || c == '`';
}

// Lowercase ASCII copy, with the curly and grave apostrophes read as '.
std::string Fold(absl::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 3, "\xE2\x80\x99") == 0) {
      out.push_back('\'');
      i += 2;
    } else if (s[i] == '`') {
      out.push_back('\'');
    } else {
      out.push_back(absl::ascii_tolower(static_cast<unsigned char>(s[i])));
    }
  }
  return out;
}

bool InList(absl::string_view word, const char* const* list) {
  for (const char* const* p = list; *p != nullptr; ++p) {
    if (word == *p) return true;
  }
  return false;
}

// Prefixes the treebanks keep joined to the rest of the word by a hyphen
// ("non-profit", "e-mail", "re-elected"); other hyphens are tokens.
const char* const kHyphenPrefixes[] = {
    "non",   "e",     "re",    "anti",  "co",     "pre",     "pro",
    "mid",   "cross", "post",  "over",  "semi",   "counter", "multi",
    "ex",    "sub",   "mini",  "socio", "psycho", "inter",   "intra",
    "micro", "arch",  "proto", "mis",   "un",     "neo",     "bi",
    "tri",   "uni",   "ultra", "macro", "pseudo", "quasi",   nullptr};

// Abbreviations that keep their dot, as written (case matters: "Sat." is a
// day, "sat." a verb before a full stop).
const char* const kAbbreviations[] = {
    "Mr",   "Mrs",   "Ms",    "Dr",   "St",   "Jr",     "Sr",     "Mt",
    "Ft",   "Inc",   "Corp",  "Co",   "Ltd",  "Bros",   "Gen",    "Lt",
    "Col",  "Capt",  "Sgt",   "Maj",  "Adm",  "Cmdr",   "Rev",    "Sen",
    "Rep",  "Reps",  "Gov",   "Pres", "Prof", "Supt",   "Atty",   "Hon",
    "Jan",  "Feb",   "Mar",   "Apr",  "Jun",  "Jul",    "Aug",    "Sep",
    "Sept", "Oct",   "Nov",   "Dec",  "Mon",  "Tue",    "Tues",   "Wed",
    "Thu",  "Thur",  "Thurs", "Fri",  "Sat",  "Sun",    "Ave",    "Blvd",
    "Rd",   "Calif", "Fla",   "Ariz", "Conn", "Tenn",   "Okla",   "Colo",
    "Ky",   "Md",    "Nev",   "La",   "Va",   "Pa",     "Mich",   "Minn",
    "Wis",  "Ala",   "Ga",    "Ore",  "Que",  "Ont",    "Vol",    "Vols",
    "Fig",  "Attn",  "Arrv",  "Dept", "Est",  "Approx", "Ph",     "Esq",
    "vs",   "etc",   "al",    "eg",   "ie",   "cf",     "approx", "dept",
    "ext",  "govt",  "lb",    "lbs",  "oz",   "yrs",    "hrs",    "mins",
    "sq",   "ft",    "pp",    "vol",  "div",  "arrv",   "rep",    "Mob",
    "Fax",  "Tel",   "tel",   "Univ", "Assn", "Dist",   "Gov't",  "Ass't",
    "Spec", "Sec",   "Para",  "Conf", "Gen",  "Msgr",   "Fr",     nullptr};

// Abbreviations that keep their dot only before a number ("No. 1").
const char* const kNumberAbbreviations[] = {"No", "no", "Nos", "Art",  "Ch",
                                            "pp", "p",  "Nr",  nullptr};

// Units split from a number written against them ("6.7bn", "10:30am").
const char* const kUnits[] = {
    "am",  "pm",  "k",    "m",  "mm", "cm",      "km",  "kg",  "mg",
    "lb",  "lbs", "ft",   "bn", "b",  "mn",      "t",   "tn",  "hz",
    "khz", "mhz", "ghz",  "kb", "mb", "gb",      "tb",  "mph", "kph",
    "x",   "p",   "c",    "f",  "hh", "mins",    "min", "hrs", "hr",
    "yrs", "sec", "secs", "ml", "oz", "percent", "pc",  "bp",  "kw",
    "mw",  "gw",  "kwh",  "v",  "w",  "sq",      "yr",  "yo",  nullptr};

// Endings that mark the dot before them as part of a name, not a sentence
// end: domains and file names ("enron.com", "report.doc").
const char* const kDotEndings[] = {
    "com", "org",  "net",  "gov", "edu",  "mil", "int",  "co",   "uk",
    "us",  "ca",   "au",   "de",  "fr",   "io",  "ly",   "info", "biz",
    "tv",  "eu",   "in",   "jp",  "cn",   "ru",  "es",   "it",   "nl",
    "dk",  "mx",   "ac",   "doc", "docx", "xls", "xlsx", "ppt",  "pdf",
    "txt", "htm",  "html", "jpg", "jpeg", "gif", "png",  "zip",  "exe",
    "asp", "aspx", "php",  "jsp", "cgi",  "mp3", "wav",  "csv",  nullptr};

// Whole words split into parts that spell them, by the lengths of the
// parts (lowercase; matched ignoring case).
struct SplitWord {
  const char* word;
  int parts[3];
};
const SplitWord kSplitWords[] = {
    {"cannot", {3, 3, 0}},  {"gonna", {3, 2, 0}},   {"wanna", {3, 2, 0}},
    {"gotta", {3, 2, 0}},   {"outta", {3, 2, 0}},   {"dunno", {2, 1, 2}},
    {"dont", {2, 2, 0}},    {"didnt", {3, 2, 0}},   {"doesnt", {4, 2, 0}},
    {"cant", {2, 2, 0}},    {"wont", {2, 2, 0}},    {"isnt", {2, 2, 0}},
    {"wasnt", {3, 2, 0}},   {"arent", {3, 2, 0}},   {"werent", {4, 2, 0}},
    {"couldnt", {5, 2, 0}}, {"wouldnt", {5, 2, 0}}, {"shouldnt", {6, 2, 0}},
    {"havent", {4, 2, 0}},  {"hasnt", {3, 2, 0}},   {"hadnt", {3, 2, 0}},
    {"aint", {2, 2, 0}},    {"im", {1, 1, 0}},      {"ive", {1, 2, 0}},
    {"youre", {3, 2, 0}},   {"theyre", {4, 2, 0}},  {"thats", {4, 1, 0}},
    {"whats", {4, 1, 0}},   {"theres", {5, 1, 0}},  {"youll", {3, 2, 0}},
    {"itll", {2, 2, 0}},    {"youve", {3, 2, 0}},   {"theyve", {4, 2, 0}},
};

// Emoticons, tokens of their own.
const char* const kSmileys[] = {
    ":)", ":(",  ";)",  ":-)", ":-(", ";-)", ":D",   ":-D", ":P",   ":p", ":-P",
    ":/", ":-/", ":'(", "<3",  "^_^", "^^",  "XD",   ":o",  ":O",   ":]", ":[",
    "=)", "=(",  ":|",  ":-|", ";D",  "8)",  ":-))", ":))", nullptr};

class Tokenizer {
 public:
  Tokenizer(absl::string_view text, int64_t end) : text_(text), end_(end) {}

  std::vector<UdToken>& tokens() { return tokens_; }

  void Chunk(int64_t begin, int64_t end);

 private:
  char32_t At(int64_t pos, int* length) const {
    if (pos >= end_ || pos < 0) {
      *length = 0;
      return 0;
    }
    return Decode(text_, pos, end_, length);
  }
  char32_t At(int64_t pos) const {
    int length;
    return At(pos, &length);
  }
  // The code point ending just before pos.
  char32_t Before(int64_t pos, int64_t floor) const {
    int64_t p = pos - 1;
    while (p > floor && (static_cast<unsigned char>(text_[p]) & 0xC0) == 0x80) {
      --p;
    }
    if (p < floor) return 0;
    return At(p);
  }
  void Push(int64_t b, int64_t e) {
    if (e > b) tokens_.push_back(UdToken{b, e, true});
  }
  bool IsSpecial(int64_t b, int64_t e) const;
  int64_t ScanWord(int64_t b, int64_t e) const;
  // Whether the dot at p, between `prev` and `next`, stays inside the word
  // whose part since the last kept dot starts at `segment`: 3.5, U.S.
  bool KeepsDot(char32_t prev, char32_t next, int64_t segment, int64_t p, int64_t e) const;
  // The end of the domain or file name (example.com, report.pdf) that the
  // word starting at b continues into at the dot at p, or -1.
  int64_t DottedNameEnd(int64_t b, int64_t p, int64_t e) const;
  // Whether the mark c at p (no dot, no word character), between `prev`
  // and `next`, stays inside the word starting at b: 1,000 10:30 AT&T 9/11.
  bool KeepsInnerMark(char32_t c, char32_t prev, char32_t next, int64_t b, int64_t p,
                      int64_t e) const;
  bool KeepHyphen(int64_t word_begin, int64_t hyphen, int64_t e) const;
  bool IsAbbreviation(int64_t b, int64_t e, int64_t chunk_end) const;
  void EmitWord(int64_t b, int64_t e);
  // The steps of Chunk() for a special chunk: each splits and pushes
  // text[begin, end) and returns true, or returns false and does nothing.
  bool SplitAngleAddress(int64_t begin, int64_t end);
  bool SplitGluedEmoticon(int64_t begin, int64_t end);
  bool SplitSpecialCore(int64_t begin, int64_t end);
  // Pushes the word starting at p (a word character), with an
  // abbreviation's dot or a broken-off word's hyphen; returns its end.
  int64_t PushWord(int64_t p, int64_t end);
  // The end of the token an apostrophe of `length` bytes at p starts ('90s,
  // 'em), or -1 if it is a token of its own.
  int64_t ApostropheTokenEnd(int64_t p, int length, int64_t end) const;
  // The end of the punctuation token the character c (`length` bytes) at p
  // starts, in the chunk starting at `begin`: runs like ... -- !!! ?! ''.
  int64_t PunctuationEnd(int64_t begin, int64_t p, char32_t c, int length, int64_t end) const;

  absl::string_view text_;
  int64_t end_;
  std::vector<UdToken> tokens_;
};

bool IsUrlChar(char c) {
  return absl::ascii_isalnum(static_cast<unsigned char>(c)) ||
         (c != '<' && c != '>' && c != '"' &&
          absl::ascii_ispunct(static_cast<unsigned char>(c)));
}

bool IsNameChar(char c) {
  return absl::ascii_isalnum(static_cast<unsigned char>(c)) || c == '.' ||
         c == '_' || c == '-' || c == '%' || c == '+' || c == '\'';
}

// URLs, e-mail addresses, @handles, #hashtags, file names and the like:
// one token.
bool Tokenizer::IsSpecial(int64_t b, int64_t e) const {
  absl::string_view s = text_.substr(b, e - b);
  if (s.size() < 2) return false;
  std::string lower = absl::AsciiStrToLower(s);
  if (absl::StartsWith(lower, "http://") ||
      absl::StartsWith(lower, "https://") ||
      absl::StartsWith(lower, "ftp://") || absl::StartsWith(lower, "www.") ||
      absl::StartsWith(lower, "mailto:") || absl::StartsWith(lower, "doi:")) {
    if (s.size() <= 7) return false;
    for (char c : s) {
      if (!IsUrlChar(c)) return false;
    }
    return true;
  }
  if (lower == "yahoo!" || lower == "us$") return true;
  // Newsgroups: alt.animals.cat, comp.sources.unix.
  for (const char* group :
       {"alt.", "comp.", "rec.", "sci.", "soc.", "talk.", "misc.", "news."}) {
    if (absl::StartsWith(lower, group) && lower.size() > strlen(group) &&
        lower.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789.-") ==
            std::string::npos) {
      return true;
    }
  }
  bool alnum_end = absl::ascii_isalnum(static_cast<unsigned char>(s.back()));
  if ((s[0] == '@' || s[0] == '#') && IsAsciiLetter(s[1]) && alnum_end) {
    for (char c : s.substr(1)) {
      if (!absl::ascii_isalnum(static_cast<unsigned char>(c)) && c != '_' &&
          (c != '.' || s[0] == '#')) {
        return false;
      }
    }
    return true;
  }
  size_t at = s.find('@');
  if (at != absl::string_view::npos && at > 0 && at + 1 < s.size() &&
      alnum_end && absl::ascii_isalnum(static_cast<unsigned char>(s[0])) &&
      absl::ascii_isalnum(static_cast<unsigned char>(s[at + 1]))) {
    bool ok = true;
    for (size_t i = 0; i < s.size(); ++i) {
      if (i != at && !IsNameChar(s[i])) ok = false;
    }
    if (ok) return true;
  }
  // File names and host names: report-2.doc, ld2d-#69366-1.DOC, enron.com.
  size_t dot = s.rfind('.');
  if (dot != absl::string_view::npos && dot > 0 && dot + 1 < s.size()) {
    bool ok = true;
    bool letter = false;
    for (char c : s.substr(0, dot)) {
      if (!IsNameChar(c) && c != '#') ok = false;
      if (absl::ascii_isalpha(static_cast<unsigned char>(c))) letter = true;
    }
    if (ok && letter && s[dot - 1] != '.' &&
        InList(absl::string_view(lower).substr(dot + 1), kDotEndings) &&
        lower.find('\'') == std::string::npos) {
      return true;
    }
  }
  return false;
}

bool Tokenizer::KeepHyphen(int64_t word_begin, int64_t hyphen,
                           int64_t e) const {
  // The part before the hyphen, back to the word start or an earlier hyphen.
  int64_t left = hyphen;
  while (left > word_begin && text_[left - 1] != '-') --left;
  std::string before = Fold(text_.substr(left, hyphen - left));
  if (InList(before, kHyphenPrefixes)) return true;
  // Telephone numbers: 345-9945, 713-853-3989, 1-800-991-9019.
  int64_t run_begin = left;
  while (run_begin > word_begin &&
         (IsDigit(At(run_begin - 1)) || text_[run_begin - 1] == '-')) {
    --run_begin;
  }
  if (run_begin != word_begin) return false;
  std::vector<int> groups;
  int64_t p = word_begin;
  int n = 0;
  while (p < e && (IsDigit(At(p)) || text_[p] == '-')) {
    if (text_[p] == '-') {
      groups.push_back(n);
      n = 0;
    } else {
      ++n;
    }
    ++p;
  }
  groups.push_back(n);
  if (p < e && IsWordChar(At(p))) return false;
  // Telephone numbers, extensions, ZIP+4 codes, dates: 345-9945,
  // 713-853-3989, 3-5213, 77042-2016, 11-20-2000.
  static const std::vector<std::vector<int>> kPatterns = {
      {3, 4},    {1, 4},    {5, 4},    {3, 3, 4}, {1, 3, 3, 4}, {2, 2, 4},
      {2, 2, 2}, {1, 1, 2}, {1, 2, 2}, {1, 1, 4}, {1, 2, 4},    {2, 1, 4}};
  for (const std::vector<int>& pattern : kPatterns) {
    if (groups == pattern) return true;
  }
  return false;
}

// The end of the word starting at b (a word character), within [b, e).
int64_t Tokenizer::ScanWord(int64_t b, int64_t e) const {
  int64_t p = b;
  int64_t segment = b;  // Start of the part since the last dot.
  while (p < e) {
    int length;
    char32_t c = At(p, &length);
    if (IsWordChar(c)) {
      p += length;
      continue;
    }
    int next_length;
    char32_t next = p + length < e ? At(p + length, &next_length) : 0;
    if (!IsWordChar(next)) break;
    char32_t prev = Before(p, b);
    bool keep;
    if (c == '.') {
      keep = KeepsDot(prev, next, segment, p, e);
      if (!keep) {
        int64_t name_end = DottedNameEnd(b, p, e);
        if (name_end >= 0) return name_end;
      }
      if (keep) segment = p + 1;
    } else {
      keep = KeepsInnerMark(c, prev, next, b, p, e);
    }
    if (!keep) break;
    p += length;
  }
  return p;
}

bool Tokenizer::KeepsDot(char32_t prev, char32_t next, int64_t segment, int64_t p,
                         int64_t e) const {
  if (IsDigit(prev) && IsDigit(next)) return true;
  if (!(IsAsciiLetter(prev) && IsAsciiLetter(next))) return false;
  // Initialisms: U.S., a.m., Ph.D.
  int64_t q = p + 1;
  while (q < e && IsAsciiLetter(At(q))) ++q;
  bool one_before = p - segment == 1;
  bool one_after = q - (p + 1) == 1 && (q >= e || At(q) == '.');
  return (one_before || one_after) && p - segment <= 2 && (q >= e || !IsWordChar(At(q)));
}

int64_t Tokenizer::DottedNameEnd(int64_t b, int64_t p, int64_t e) const {
  // The last of the dotted parts tells.
  int64_t q = p + 1;
  int64_t last = q;
  while (q < e) {
    char32_t d = At(q);
    if (IsAsciiLetter(d) || IsDigit(d)) {
      ++q;
    } else if (d == '.' && q + 1 < e && (IsAsciiLetter(At(q + 1)) || IsDigit(At(q + 1)))) {
      last = ++q;
    } else {
      break;
    }
  }
  std::string ending = Fold(text_.substr(last, q - last));
  if (InList(ending, kDotEndings) && p - b >= 2 && (q >= e || !IsWordChar(At(q)))) {
    return q;
  }
  return -1;
}

bool Tokenizer::KeepsInnerMark(char32_t c, char32_t prev, char32_t next, int64_t b, int64_t p,
                               int64_t e) const {
  if (c == ',') {
    // 1,000 but not 1,0000.
    if (!IsDigit(prev)) return false;
    int64_t q = p + 1;
    while (q < e && IsDigit(At(q))) ++q;
    return q - p - 1 == 3;
  }
  if (c == ':') return IsDigit(prev) && IsDigit(next);
  if (IsApostrophe(c)) return IsAsciiLetter(next) || IsWordChar(next);
  if (c == '-') return KeepHyphen(b, p, e);
  if (c == '&') {
    // AT&T, PG&E.
    return p - b <= 2 && absl::ascii_isupper(static_cast<unsigned char>(text_[b])) &&
           absl::ascii_isupper(static_cast<unsigned char>(text_[p + 1]));
  }
  if (c == '/') {
    // 9/11, 1/2, s/he.
    int64_t q = p + 1;
    while (q < e && IsWordChar(At(q))) ++q;
    return (IsDigit(prev) && IsDigit(next)) || (p - b == 1 && IsAsciiLetter(prev)) ||
           (q - p - 1 == 1 && IsAsciiLetter(next));
  }
  return c == '_';
}

// Whether text[b, e) followed by a dot at e is an abbreviation that keeps
// its dot.
bool Tokenizer::IsAbbreviation(int64_t b, int64_t e, int64_t chunk_end) const {
  absl::string_view word = text_.substr(b, e - b);
  if (word.size() == 1 && IsAsciiLetter(word[0])) return true;
  if (InList(word, kAbbreviations)) return true;
  // Initialisms: letters separated by dots.
  if (word.find('.') != absl::string_view::npos) {
    bool all = true;
    for (char c : word) {
      if (c != '.' && !IsAsciiLetter(static_cast<unsigned char>(c)))
        all = false;
    }
    if (all) return true;
  }
  if (InList(word, kNumberAbbreviations)) {
    int64_t p = e + 1;
    while (p < end_ && IsSpace(At(p))) ++p;
    return p > e + 1 && IsDigit(At(p));
  }
  (void)chunk_end;
  return false;
}

// Emits the word text[b, e), splitting off clitics and units.
void Tokenizer::EmitWord(int64_t b, int64_t e) {
  absl::string_view word = text_.substr(b, e - b);
  std::string folded = Fold(word);
  if (word == "Lets") {
    Push(b, b + 3);
    Push(b + 3, e);
    return;
  }
  for (const SplitWord& s : kSplitWords) {
    if (folded != s.word || s.parts[0] == 0) continue;
    if (folded == "im" && word != "im" && word != "Im") continue;
    int64_t p = b;
    for (int part : s.parts) {
      if (part == 0) break;
      Push(p, p + part);
      p += part;
    }
    return;
  }
  // Clitics: 's 'm 'd 're 've 'll n't (straight, curly or grave apostrophe).
  // The apostrophe is one byte in `folded` but may be three in the text.
  size_t apostrophe = folded.rfind('\'');
  if (apostrophe != std::string::npos && apostrophe > 0) {
    std::string tail = folded.substr(apostrophe + 1);
    int64_t byte = b;
    // Map the folded position back to bytes.
    for (size_t i = 0; i < apostrophe; ++i) {
      int length;
      At(byte, &length);
      if (length == 3 && text_.compare(byte, 3, "\xE2\x80\x99") == 0) {
        byte += 3;
      } else if (length == 3 || length == 2 || length == 4) {
        // A multibyte letter folds to its bytes, one by one.
        byte += 1;
      } else {
        byte += 1;
      }
    }
    if (tail == "s" && IsDigit(Before(byte, b))) {
      // The 1960's, AK47's.
      Push(b, e);
      return;
    }
    if (tail == "s" || tail == "m" || tail == "d" || tail == "re" ||
        tail == "ve" || tail == "ll") {
      Push(b, byte);
      Push(byte, e);
      return;
    }
    if (tail == "t" && folded[apostrophe - 1] == 'n' && apostrophe > 1) {
      Push(b, byte - 1);
      Push(byte - 1, e);
      return;
    }
  }
  // A number written against its unit: 6.7bn, 10:30am, 5km.
  if (IsDigit(At(b))) {
    int64_t p = b;
    while (p < e && (IsDigit(At(p)) || text_[p] == '.' || text_[p] == ',' ||
                     text_[p] == ':')) {
      ++p;
    }
    if (p < e && p > b && IsDigit(Before(p, b))) {
      absl::string_view unit = text_.substr(p, e - p);
      if (InList(unit, kUnits) || unit == "AM" || unit == "PM") {
        Push(b, p);
        Push(p, e);
        return;
      }
    }
  }
  Push(b, e);
}

void Tokenizer::Chunk(int64_t begin, int64_t end) {
  if (InList(text_.substr(begin, end - begin), kSmileys)) {
    Push(begin, end);
    return;
  }
  if (SplitAngleAddress(begin, end) || SplitGluedEmoticon(begin, end) ||
      SplitSpecialCore(begin, end)) {
    return;
  }
  int64_t p = begin;
  while (p < end) {
    int length;
    char32_t c = At(p, &length);
    if (IsWordChar(c)) {
      p = PushWord(p, end);
      continue;
    }
    if (IsApostrophe(c)) {
      int64_t e = ApostropheTokenEnd(p, length, end);
      if (e >= 0) {
        Push(p, e);
        p = e;
        continue;
      }
    }
    int64_t e = PunctuationEnd(begin, p, c, length, end);
    Push(p, e);
    p = e;
  }
}

// An address in angle brackets against a name: "Ryan"<ryan@example.com>.
bool Tokenizer::SplitAngleAddress(int64_t begin, int64_t end) {
  size_t angle = text_.substr(begin, end - begin).find('<');
  if (angle != absl::string_view::npos && angle > 0 && text_[end - 1] == '>' &&
      IsSpecial(begin + angle + 1, end - 1)) {
    Chunk(begin, begin + angle);
    Chunk(begin + angle, end);
    return true;
  }
  return false;
}

// An emoticon against the word before it: "free:)".
bool Tokenizer::SplitGluedEmoticon(int64_t begin, int64_t end) {
  for (const char* const* smiley = kSmileys; *smiley != nullptr; ++smiley) {
    int64_t n = strlen(*smiley);
    if (n < end - begin && n >= 2 && text_.substr(end - n, n) == *smiley &&
        IsWordChar(Before(end - n, begin)) && (*smiley)[0] != '8') {
      Chunk(begin, end - n);
      Push(end - n, end);
      return true;
    }
  }
  return false;
}

// Opening punctuation and closing punctuation around a special core.
bool Tokenizer::SplitSpecialCore(int64_t begin, int64_t end) {
  int64_t b = begin;
  while (b < end) {
    char32_t c = At(b);
    if (c == '"' || c == '(' || c == '[' || c == '{' || c == '<' || c == 0x201C || c == 0x2018 ||
        c == '\'') {
      ++b;
      if (c >= 0x80) b += 2;
    } else {
      break;
    }
  }
  int64_t e = end;
  while (e > b) {
    char32_t c = Before(e, b);
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"' ||
        c == ')' || c == ']' || c == '}' || c == '>' || c == '\'' || c == 0x201D || c == 0x2019) {
      e -= c >= 0x80 ? 3 : 1;
    } else {
      break;
    }
  }
  if (e > b && IsSpecial(b, e)) {
    if (b > begin) Chunk(begin, b);
    Push(b, e);
    if (e < end) Chunk(e, end);
    return true;
  }
  return false;
}

int64_t Tokenizer::PushWord(int64_t p, int64_t end) {
  int64_t e = ScanWord(p, end);
  if (e < end && text_[e] == '.' && IsAbbreviation(p, e, end)) {
    Push(p, e + 1);
    return e + 1;
  }
  if (e + 1 == end && text_[e] == '-' && !IsDigit(Before(e, p))) {
    // A word broken off: "th-", "understan-".
    Push(p, e + 1);
    return e + 1;
  }
  EmitWord(p, e);
  return e;
}

int64_t Tokenizer::ApostropheTokenEnd(int64_t p, int length, int64_t end) const {
  // '90s, ’72, 'em, 'cause.
  int next_length;
  char32_t next = At(p + length, &next_length);
  if (p + length < end && IsDigit(next)) return ScanWord(p + length, end);
  if (p + length < end && IsAsciiLetter(next)) {
    int64_t e = ScanWord(p + length, end);
    std::string w = Fold(text_.substr(p + length, e - p - length));
    if (w == "em" || w == "cause" || w == "til" || w == "n" || w == "tis" || w == "twas" ||
        w == "s" || w == "m" || w == "d" || w == "re" || w == "ve" || w == "ll") {
      return e;
    }
  }
  return -1;
}

int64_t Tokenizer::PunctuationEnd(int64_t begin, int64_t p, char32_t c, int length,
                                  int64_t end) const {
  int64_t e = p + length;
  if (c == '.' && IsDigit(At(e)) && e < end && !IsWordChar(Before(p, begin))) {
    // .265
    e = ScanWord(e, end);
  } else if ((c == '.' && At(e) != '.') || c == '!' || c == '?') {
    // ?! !!! .? !. but ... apart: "...?!!!" is ... | ?!!!.
    while (e < end) {
      char32_t d = At(e);
      if (d != '.' && d != '!' && d != '?') break;
      if (d == '.' && e + 1 < end && At(e + 1) == '.') break;
      ++e;
    }
  } else if (c == '.' || c == '-' || c == '*' || c == '=' || c == '<' || c == '>' || c == '_' ||
             c == '~' || c == '#' || c == '$' || c == '+' || c == 0x2014 || c == 0x2013) {
    while (e < end) {
      int l;
      char32_t d = At(e, &l);
      bool same = d == c || ((c == '!' || c == '?') && (d == '!' || d == '?'));
      if (!same) break;
      e += l;
    }
  } else if (IsSingleQuote(c)) {
    int l;
    char32_t d = At(e, &l);
    if (e < end && IsSingleQuote(d)) e += l;
  }
  return e;
}

}  // namespace

std::vector<UdToken> TokenizeUd(absl::string_view text, int64_t begin,
                                int64_t end) {
  int64_t size = static_cast<int64_t>(text.size());
  begin = std::max<int64_t>(0, std::min(begin, size));
  end = std::max<int64_t>(begin, std::min(end, size));
  Tokenizer tokenizer(text, end);
  int64_t p = begin;
  while (p < end) {
    int length;
    char32_t c = Decode(text, p, end, &length);
    if (IsSpace(c)) {
      p += length;
      continue;
    }
    int64_t chunk_end = p;
    while (chunk_end < end) {
      char32_t d = Decode(text, chunk_end, end, &length);
      if (IsSpace(d)) break;
      chunk_end += length;
    }
    tokenizer.Chunk(p, chunk_end);
    p = chunk_end;
  }
  std::vector<UdToken>& tokens = tokenizer.tokens();
  if (kSplitFinalAbbreviationDot && !tokens.empty()) {
    UdToken& last = tokens.back();
    if (last.end - last.begin > 1 && text[last.end - 1] == '.' &&
        text[last.end - 2] != '.') {
      tokens.push_back(UdToken{last.end - 1, last.end, true});
      tokens[tokens.size() - 2].end -= 1;
    }
  }
  for (size_t i = 0; i + 1 < tokens.size(); ++i) {
    tokens[i].space_after = tokens[i].end != tokens[i + 1].begin;
  }
  return std::move(tokens);
}

}  // namespace factcheck
