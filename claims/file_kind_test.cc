#include "claims/file_kind.h"

#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

namespace factcheck {
namespace {

// "description | mime type | advice", or the status code's name when
// libmagic has nothing to say.
std::string Sniff(absl::string_view bytes) {
  absl::StatusOr<FileKind> kind = SniffFileKind(bytes);
  if (!kind.ok()) return std::string(absl::StatusCodeToString(kind.status().code()));
  return absl::StrCat(kind->description, " | ", kind->mime_type, " | ", kind->advice);
}

struct SniffTest {
  const char* what;
  std::string bytes;
  const char* want;
};

// Bytes with embedded NULs need an explicit length.
std::string Bytes(const char* data, size_t size) { return std::string(data, size); }

TEST(SniffFileKind, NamesWhatAFileIsFromItsFirstBytes) {
  const SniffTest tests[] = {
      {"PDF", "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n",
       "PDF document | application/pdf | convert it to text first"},
      {"gzip", Bytes("\x1F\x8B\x08\x00\x00\x00\x00\x00\x00\x03\xCB\x48\xCD\xC9\xC9\xE7\x02\x00", 18),
       "gzip compressed data | application/gzip | decompress it first"},
      {"xz", Bytes("\xFD" "7zXZ\x00\x00\x04\xE6\xD6\xB4\x46\x02\x00\x21\x01\x16\x00\x00\x00", 20),
       "XZ compressed data | application/x-xz | decompress it first"},
      // A local file header ("h.txt", stored), its data, then the central
      // directory's start: libmagic wants to see that much.
      {"zip", Bytes("PK\x03\x04\x14\x00\x00\x00\x00\x00\x00\x00\x00\x00\x20\x30\x3A\x36"
                    "\x06\x00\x00\x00\x06\x00\x00\x00\x05\x00\x00\x00"
                    "h.txthello\nPK\x01\x02\x14\x03\x14\x00\x00\x00", 51),
       "Zip archive data | application/zip | extract its text files first"},
      {"PNG", Bytes("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR\x00\x00\x00\x02\x00\x00\x00\x02\x01\x03"
                    "\x00\x00\x00", 29),
       "PNG image data | image/png | factcheck reads UTF-8 text, Markdown and HTML"},
      {"JPEG", Bytes("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 20),
       "JPEG image data | image/jpeg | factcheck reads UTF-8 text, Markdown and HTML"},
      {"UTF-16LE with BOM", Bytes("\xFF\xFEH\x00i\x00\n\x00", 8),
       "UTF-16LE text | text/plain | convert it to UTF-8 first (e.g. with iconv -f UTF-16LE -t UTF-8)"},
      {"UTF-16BE with BOM", Bytes("\xFE\xFF\x00H\x00i\x00\n", 8),
       "UTF-16BE text | text/plain | convert it to UTF-8 first (e.g. with iconv -f UTF-16BE -t UTF-8)"},
      {"Latin-1", "\xE9t\xE9 2025.\n",
       "ISO-8859-1 text | text/plain | convert it to UTF-8 first (e.g. with iconv -f ISO-8859-1 -t UTF-8)"},
      {"a stray byte", "Talks \x80 ended.\n",
       "Non-ISO extended-ASCII text | text/plain | convert it to UTF-8 first (e.g. with iconv)"},
      // Nothing to add: libmagic's "data", and text that reads as UTF-8.
      {"NUL bytes", std::string(100, '\0'), "NOT_FOUND"},
      {"NUL first", Bytes("\x00" "abc", 4), "NOT_FOUND"},
      {"ASCII", "Talks ended.\n", "NOT_FOUND"},
      {"UTF-8", "Talks ended in Gda\xC5\x84sk.\n", "NOT_FOUND"},
      {"empty", "", "NOT_FOUND"},
  };
  for (const SniffTest& t : tests) {
    EXPECT_EQ(Sniff(t.bytes), t.want) << t.what;
  }
}

TEST(SniffFileKind, LooksOnlyAtTheFirstBytes) {
  // The PDF signature, then more than kSniffBytes of anything.
  std::string pdf = "%PDF-1.4\n" + std::string(kSniffBytes * 4, 'x');
  EXPECT_EQ(Sniff(pdf), "PDF document | application/pdf | convert it to text first");
}

TEST(SniffFileKind, IsSafeToCallFromManyThreads) {
  std::vector<std::thread> threads;
  std::vector<std::string> answers(8);
  for (int i = 0; i < 8; ++i) {
    threads.emplace_back([&answers, i] {
      for (int k = 0; k < 20; ++k) answers[i] = Sniff(i % 2 ? "%PDF-1.4\n" : "\xE9t\xE9\n");
    });
  }
  for (std::thread& t : threads) t.join();
  for (int i = 0; i < 8; ++i) {
    EXPECT_EQ(answers[i].substr(0, 3), i % 2 ? "PDF" : "ISO") << answers[i];
  }
}

}  // namespace
}  // namespace factcheck
