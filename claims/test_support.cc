#include "claims/test_support.h"

#include <cstdio>
#include <cstdlib>
#include <memory>

#include "claims/document_reader.h"
#include "claims/extractor.h"
#include "claims/input_file.h"

namespace factcheck {

const Lexicon& ShippedLexicon() {
  static const Lexicon* const lexicon = [] {
    absl::StatusOr<std::unique_ptr<Lexicon>> loaded = Lexicon::Load({});
    if (!loaded.ok()) {
      std::fprintf(stderr, "shipped lexicon does not load: %s\n",
                   loaded.status().ToString().c_str());
      std::abort();
    }
    return loaded->release();
  }();
  return *lexicon;
}

SourceDocument ExtractForTest(const std::string& path, const std::string& text) {
  return ExtractForTest(path, text, ShippedLexicon());
}

SourceDocument ExtractForTest(const std::string& path, const std::string& text,
                              const Lexicon& lexicon) {
  InputFile input;
  input.path = path;
  input.bytes = text;
  input.format = DetectFormat(path, text);
  ReadDocumentResult read = DocumentReader(lexicon).Read(input);
  ClaimExtractor(lexicon).Extract(input, read);
  return read.document;
}

}  // namespace factcheck
