// File: claims/document_reader.h
//
// Reads one validated input into a SourceDocument record: format-specific
// ingestion (claims/markup.h), page furniture (claims/furniture.h),
// metadata (title, byline, dateline, publication date) and sentences, with
// every span mapped back to the original bytes.
//
// Metadata rules:
//   * title: an HTML <title> or a Markdown front matter's `title:`, else
//     the first heading, else the first line of plain text when it reads
//     as a headline (3 to 25 words, no full stop at the end);
//   * byline: a short block that opens with "By " and a capitalised name;
//   * dateline: a block's all-caps opening place followed by a dash or a
//     colon ("BERLIN – ...", "ISTANBUL: ...");
//   * publication date: a "date YYYY-MM-DD" marker, else the date the
//     markup states (a front matter's `date:`, an HTML <meta
//     property="article:published_time">: "2025-05-16", with or without a
//     time after it, or a full date), else the first full date ("Friday,
//     May 16, 2025", "16 May 2025", "2025-05-16") in the first three
//     blocks.
// Bylines, date markers and datelines are skipped spans (METADATA), so
// they never become claims.
//
// Example:
//   FACTCHECK_ASSIGN_OR_RETURN(InputFile input, ReadInputFile(path, {}));
//   DocumentReader reader(*lexicon);
//   SourceDocument doc = reader.Read(input);
//   doc.sentences(0).text();  // the first sentence, markup removed

#ifndef FACTCHECK_CLAIMS_DOCUMENT_READER_H_
#define FACTCHECK_CLAIMS_DOCUMENT_READER_H_

#include "claims/clean_text.h"
#include "claims/input_file.h"
#include "claims/lexicon.h"
#include "claims/line_index.h"
#include "claims/sentences.h"
#include "proto/document.pb.h"

namespace factcheck {

// A document with what claim extraction needs beyond the record: the clean
// text and the maps from it back to the original file.
struct ReadDocumentResult {
  SourceDocument document;
  CleanText clean;
  // Clean-text range of each sentence of document.sentences(), same order.
  std::vector<std::pair<int64_t, int64_t>> sentence_ranges;
};

class DocumentReader {
 public:
  // `lexicon` must outlive the reader.
  explicit DocumentReader(const Lexicon& lexicon)
      : lexicon_(lexicon), splitter_(lexicon) {}

  // Never fails: `input` has been validated by ReadInputFile(). An empty
  // input gives a document with a warning and no sentences.
  ReadDocumentResult Read(const InputFile& input) const;

 private:
  const Lexicon& lexicon_;
  SentenceSplitter splitter_;
};

// Finds a full date in `text` ("Friday, May 16, 2025", "May 16, 2025",
// "16 May 2025", "2025-05-16"). Returns YYYY-MM-DD and sets [*begin, *end)
// to its range, or returns "" when there is none.
std::string FindFullDate(absl::string_view text, const Lexicon& lexicon,
                         int64_t* begin, int64_t* end);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_DOCUMENT_READER_H_
