#include "claims/furniture.h"

#include <algorithm>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "claims/utf8.h"

namespace factcheck {
namespace {

bool IsPlaceholder(absl::string_view block) {
  std::string lower = absl::AsciiStrToLower(absl::StripAsciiWhitespace(block));
  while (!lower.empty() && (lower.back() == '.' || lower.back() == ':')) {
    lower.pop_back();
  }
  if (absl::EndsWith(lower, "\xE2\x80\xA6")) lower.resize(lower.size() - 3);
  static constexpr absl::string_view kPlaceholders[] = {
      "loading", "advertisement", "skip advertisement", "ad", "story continues below",
      "story continues below advertisement", "continue reading",
      "scroll to continue", "read more", "share", "share this article",
      "supported by", "watch", "image", "video"};
  for (absl::string_view p : kPlaceholders) {
    if (lower == p) return true;
  }
  return false;
}

bool IsSyndicationNote(absl::string_view block) {
  std::string lower = absl::AsciiStrToLower(block.substr(0, 120));
  static constexpr absl::string_view kOpenings[] = {
      "this article originally appeared", "this story originally appeared",
      "this article was originally published", "this story was originally published",
      "this article first appeared", "this story first appeared",
      "originally published", "this article is republished",
      "a version of this article", "a version of this story"};
  for (absl::string_view o : kOpenings) {
    if (absl::StartsWith(lower, o)) return true;
  }
  return false;
}

bool IsNewsletterPrompt(absl::string_view block) {
  if (block.size() > 400) return false;
  std::string lower = absl::AsciiStrToLower(block);
  bool invites = absl::StrContains(lower, "sign up") ||
                 absl::StrContains(lower, "subscribe") ||
                 absl::StrContains(lower, "get our") ||
                 absl::StrContains(lower, "delivered to your inbox");
  bool product = absl::StrContains(lower, "newsletter") ||
                 absl::StrContains(lower, "inbox") ||
                 absl::StrContains(lower, "briefing");
  return invites && product;
}

// Start of a trailing "Credit: ..." / "Photo: ..." at the block's end, or -1.
int64_t TrailingCreditStart(absl::string_view block) {
  // A credit names an agency or a photographer, not a sentence.
  constexpr size_t kMaxCreditBytes = 80;
  static constexpr absl::string_view kLabels[] = {
      "Credit:", "Credits:", "Photo:", "Photograph:", "Image:", "Picture:",
      "Photo credit:", "Photo Credit:", "Source:"};
  int64_t best = -1;
  for (absl::string_view label : kLabels) {
    // Only a label within the last kMaxCreditBytes (plus the label) can
    // start a credit, so search that tail, not the whole paragraph.
    size_t from = block.size() > kMaxCreditBytes + label.size()
                      ? block.size() - kMaxCreditBytes - label.size()
                      : 0;
    size_t at = block.substr(from).rfind(label);
    if (at == absl::string_view::npos) continue;
    at += from;
    absl::string_view rest = block.substr(at + label.size());
    if (rest.size() > kMaxCreditBytes || rest.find(". ") != absl::string_view::npos) continue;
    // It starts the block or follows the end of a sentence.
    bool after_sentence = at == 0;
    if (at > 0) {
      char prev = block[at - 1];
      after_sentence = prev == '.' || prev == ' ' || prev == '!' || prev == '?' ||
                       prev == ')' ||
                       (at >= 3 && block.substr(at - 3, 3) == "\xE2\x80\x9D");
    }
    if (after_sentence) best = std::max<int64_t>(best, static_cast<int64_t>(at));
  }
  return best;
}

// Parenthesised credits: "(Jane Doe/The Daily News)" followed optionally by
// "(JANE DOE)". Returns [begin, end) of the first one in `block`, or {-1,-1}.
std::pair<int64_t, int64_t> ParenthesisedCredit(absl::string_view block) {
  size_t open = 0;
  while ((open = block.find('(', open)) != absl::string_view::npos) {
    size_t close = block.find(')', open);
    if (close == absl::string_view::npos) break;
    absl::string_view inner = block.substr(open + 1, close - open - 1);
    size_t slash = inner.find('/');
    bool credit = slash != absl::string_view::npos && slash > 1 &&
                  slash + 2 < inner.size() && inner.size() < 80 &&
                  absl::ascii_isupper(static_cast<unsigned char>(inner[0])) &&
                  absl::ascii_isupper(static_cast<unsigned char>(inner[slash + 1])) &&
                  inner.find("http") == absl::string_view::npos;
    if (credit) {
      int64_t end = static_cast<int64_t>(close) + 1;
      // An all-caps name in parentheses right after it is the same credit.
      size_t next = block.find_first_not_of(' ', end);
      if (next != absl::string_view::npos && block[next] == '(') {
        size_t next_close = block.find(')', next);
        if (next_close != absl::string_view::npos) {
          absl::string_view caps = block.substr(next + 1, next_close - next - 1);
          bool all_caps = !caps.empty() && caps.size() < 60;
          for (char ch : caps) {
            if (absl::ascii_islower(static_cast<unsigned char>(ch))) all_caps = false;
          }
          if (all_caps) end = static_cast<int64_t>(next_close) + 1;
        }
      }
      return {static_cast<int64_t>(open), end};
    }
    open = close;
  }
  return {-1, -1};
}

int64_t TrimEnd(absl::string_view text, int64_t begin, int64_t end) {
  while (end > begin && absl::ascii_isspace(static_cast<unsigned char>(text[end - 1]))) {
    --end;
  }
  return end;
}

int64_t TrimBegin(absl::string_view text, int64_t begin, int64_t end) {
  while (begin < end && absl::ascii_isspace(static_cast<unsigned char>(text[begin]))) {
    ++begin;
  }
  return begin;
}

}  // namespace

std::vector<CleanSkip> RemoveFurniture(absl::string_view text,
                                       std::vector<TextBlock>& blocks) {
  std::vector<CleanSkip> skips;
  std::vector<TextBlock> kept;
  kept.reserve(blocks.size());
  for (TextBlock block : blocks) {
    absl::string_view body = text.substr(block.begin, block.end - block.begin);
    SkipReason whole = SKIP_REASON_UNSPECIFIED;
    if (IsPlaceholder(body)) {
      whole = SKIP_REASON_PLACEHOLDER;
    } else if (IsSyndicationNote(body)) {
      whole = SKIP_REASON_SYNDICATION_NOTE;
    } else if (IsNewsletterPrompt(body)) {
      whole = SKIP_REASON_NEWSLETTER_PROMPT;
    }
    if (whole != SKIP_REASON_UNSPECIFIED) {
      skips.push_back({block.begin, block.end, whole});
      continue;
    }
    // Parenthesised credits anywhere in the block split it.
    while (true) {
      body = text.substr(block.begin, block.end - block.begin);
      auto [from, to] = ParenthesisedCredit(body);
      if (from < 0) break;
      skips.push_back({block.begin + from, block.begin + to, SKIP_REASON_PHOTO_CREDIT});
      TextBlock before{block.begin, TrimEnd(text, block.begin, block.begin + from),
                       block.kind};
      if (before.end > before.begin) kept.push_back(before);
      block.begin = TrimBegin(text, block.begin + to, block.end);
      if (block.begin >= block.end) break;
    }
    if (block.begin >= block.end) continue;
    body = text.substr(block.begin, block.end - block.begin);
    int64_t credit = TrailingCreditStart(body);
    if (credit >= 0) {
      skips.push_back({block.begin + credit, block.end, SKIP_REASON_PHOTO_CREDIT});
      block.end = TrimEnd(text, block.begin, block.begin + credit);
      if (block.end <= block.begin) continue;
    }
    kept.push_back(block);
  }
  blocks = std::move(kept);
  std::sort(skips.begin(), skips.end(),
            [](const CleanSkip& a, const CleanSkip& b) { return a.begin < b.begin; });
  return skips;
}

}  // namespace factcheck
