#include "compare/passes/test_support.h"

#include <memory>

#include "absl/strings/str_cat.h"
#include "claims/test_support.h"
#include "compare/source_identity.h"

namespace factcheck {
namespace passes {

std::vector<std::string> RunPass(ComparisonPass& pass, const std::vector<std::string>& texts,
                                 Mode mode) {
  std::vector<SourceDocument> docs;
  for (size_t i = 0; i < texts.size(); ++i) {
    docs.push_back(ExtractForTest(i == 0 ? "draft.txt" : absl::StrCat("s", i, ".txt"), texts[i]));
  }
  std::vector<const SourceDocument*> pointers;
  SourceGroups groups;
  for (size_t i = 0; i < docs.size(); ++i) {
    pointers.push_back(&docs[i]);
    groups.group.push_back(static_cast<int>(i));
    groups.kind.push_back(CopyKind::kOriginal);
    groups.containment.push_back(0.0);
  }
  groups.count = static_cast<int>(docs.size());
  CompareOptions options;
  if (mode == Mode::kCheck) {
    options.targets.assign(docs.size(), false);
    options.targets[0] = true;
  }
  ComparisonContext context(pointers, options, ShippedLexicon(), groups);
  pass.Prepare(context);
  std::unique_ptr<PassCache> cache = pass.NewCache();
  std::vector<std::string> out;
  for (size_t d = 0; d < docs.size(); ++d) {
    if (!context.IsTarget(static_cast<int>(d))) continue;
    FindingSink sink(context);
    pass.CompareTarget(context, context.Target(static_cast<int>(d)), sink, cache.get());
    for (const Finding& f : sink.TakeFindings()) {
      out.push_back(absl::StrCat(FindingKind_Name(f.kind()), " ", Severity_Name(f.severity()), " ",
                                 f.location().line(), ":", f.location().column(), " | ",
                                 f.message()));
    }
  }
  return out;
}

}  // namespace passes
}  // namespace factcheck
