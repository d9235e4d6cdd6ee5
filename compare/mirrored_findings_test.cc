#include "compare/mirrored_findings.h"

#include <string>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

// "a:10-20" as a Location.
Location At(const std::string& spec) {
  std::vector<std::string> parts = absl::StrSplit(spec, absl::ByAnyChar(":-"));
  Location location;
  location.set_path(parts[0]);
  int begin = 0, end = 0;
  EXPECT_TRUE(absl::SimpleAtoi(parts[1], &begin) && absl::SimpleAtoi(parts[2], &end)) << spec;
  location.set_begin(begin);
  location.set_end(end);
  return location;
}

// "D E a:10-20 b:5-9 b:30-40": kind (D date, Q quantity), severity (E
// error, W warning), the claim's span, then the spans cited against it.
Finding Parse(const std::string& spec) {
  std::vector<std::string> parts = absl::StrSplit(spec, ' ');
  Finding f;
  f.set_kind(parts[0] == "D" ? DATE_CONFLICT : QUANTITY_CONFLICT);
  f.set_severity(parts[1] == "E" ? ERROR : WARNING);
  *f.mutable_location() = At(parts[2]);
  for (size_t i = 3; i < parts.size(); ++i) {
    Evidence* e = f.add_evidence();
    *e->mutable_location() = At(parts[i]);
    e->set_stance(STANCE_CONTRADICTS);
  }
  return f;
}

struct Case {
  std::vector<const char*> findings;
  const char* kept;  // indices of the findings kept
};

const Case kCases[] = {
    // One disagreement between two files, found on each side: the first
    // is kept.
    {{"D W a:10-20 b:5-9", "D W b:5-9 a:10-20"}, "0"},
    {{"D W a:10-20 b:5-9", "D W b:4-8 a:12-14"}, "0"},  // spans overlap
    // Three files, three values: each cites both others; one is kept.
    {{"D E a:1-5 b:1-5 c:1-5", "D E b:1-5 a:1-5 c:1-5", "D E c:1-5 a:1-5 b:1-5"}, "0"},
    // A mirror more severe than the first stays.
    {{"D W a:10-20 b:5-9", "D E b:5-9 a:10-20"}, "0 1"},
    // Another kind, another span, or evidence one way only: no mirror.
    {{"D W a:10-20 b:5-9", "Q W b:5-9 a:10-20"}, "0 1"},
    {{"D W a:10-20 b:5-9", "D W b:5-9 a:30-40"}, "0 1"},
    {{"D W a:10-20 b:5-9", "D W b:50-60 a:10-20"}, "0 1"},
    {{"D W a:10-20 b:5-9", "D W c:5-9 a:10-20"}, "0 1"},
};

TEST(DropMirroredFindingsTest, Table) {
  for (const Case& c : kCases) {
    std::vector<Finding> findings;
    for (const char* spec : c.findings) {
      findings.push_back(Parse(spec));
      findings.back().set_message(std::to_string(findings.size() - 1));
    }
    const size_t before = findings.size();
    const int dropped = DropMirroredFindings(&findings);
    std::vector<std::string> kept;
    for (const Finding& f : findings) kept.push_back(f.message());
    EXPECT_EQ(absl::StrJoin(kept, " "), c.kept) << absl::StrJoin(c.findings, " | ");
    EXPECT_EQ(before - findings.size(), static_cast<size_t>(dropped));
  }
}

}  // namespace
}  // namespace factcheck
