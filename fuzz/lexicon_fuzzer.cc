// Fuzzes vocabulary loading (textproto, proto/lexicon.proto) as --lexicon
// files are loaded: parsing and validation must fail cleanly, and any
// vocabulary that loads must be usable: every place's containment chain
// ends, and reading and extracting a short report with it completes.

#include <cstdint>
#include <memory>
#include <string>

#include "claims/document_reader.h"
#include "claims/extractor.h"
#include "claims/input_file.h"
#include "claims/lexicon.h"
#include "fuzz/span_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace factcheck;
  std::string text(reinterpret_cast<const char*>(data), size);
  absl::StatusOr<std::unique_ptr<Lexicon>> loaded = Lexicon::FromTexts({{"fuzz.textproto", text}});
  if (!loaded.ok()) return 0;
  const Lexicon& lexicon = **loaded;
  for (const Place& place : lexicon.data().places()) lexicon.Containers(place.key());
  for (const Country& country : lexicon.data().countries()) lexicon.FindCountry(country.name());

  InputFile input;
  input.path = "sample.txt";
  input.bytes =
      "Talks end without a deal\n\nBERLIN - The foreign minister of Freedonia, Ann Lee, "
      "met President Bo Park in Berlin on Monday, May 12, 2025. \"We will return,\" Lee "
      "said. The talks lasted two hours and 1,000 prisoners were not released.\n";
  input.format = INPUT_FORMAT_TEXT;
  ReadDocumentResult read = DocumentReader(lexicon).Read(input);
  ClaimExtractor(lexicon).Extract(input, read);
  CheckSpans(read.document, input.bytes);
  return 0;
}
