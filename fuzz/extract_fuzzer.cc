// Fuzzes the whole reading pipeline: the first byte picks the format (plain
// text, Markdown, HTML), the rest is the file. Valid input is read,
// its claims extracted and the document compared with itself; every span of
// the document and every location of the report must obey the offset rule
// (fuzz/span_check.h).

#include <cstdint>
#include <string>
#include <vector>

#include "claims/document_reader.h"
#include "claims/extractor.h"
#include "claims/input_file.h"
#include "claims/test_support.h"
#include "compare/comparator.h"
#include "fuzz/span_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace factcheck;
  if (size == 0) return 0;
  static const char* const kPaths[] = {"fuzz.txt", "fuzz.md", "fuzz.html"};
  InputFile input;
  input.path = kPaths[data[0] % 3];
  input.bytes.assign(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (!ValidateText(input.path, input.bytes).ok()) return 0;
  input.format = DetectFormat(input.path, input.bytes);
  const Lexicon& lexicon = ShippedLexicon();
  ReadDocumentResult read = DocumentReader(lexicon).Read(input);
  ClaimExtractor(lexicon).Extract(input, read);
  CheckSpans(read.document, input.bytes);

  SourceDocument twin = read.document;
  std::vector<const SourceDocument*> documents = {&read.document, &twin};
  Report report = CompareDocuments(documents, CompareOptions(), lexicon);
  CheckSpans(report, input.bytes);
  return 0;
}
