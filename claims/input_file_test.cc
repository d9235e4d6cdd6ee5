#include "claims/input_file.h"

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <future>
#include <string>

#include "gtest/gtest.h"

namespace factcheck {
namespace {

std::string WriteTemp(const std::string& name, const std::string& bytes) {
  std::string path = std::string(getenv("TEST_TMPDIR")) + "/" + name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

TEST(ReadInputFile, ReadsUtf8TextAndDetectsFormatFromExtension) {
  std::string path = WriteTemp("draft.md", "# Title\n\nText \xC3\xA7.\n");
  absl::StatusOr<InputFile> input = ReadInputFile(path, {});
  ASSERT_TRUE(input.ok()) << input.status();
  EXPECT_EQ(input->format, INPUT_FORMAT_MARKDOWN);
  EXPECT_EQ(input->bytes, "# Title\n\nText \xC3\xA7.\n");
}

TEST(ReadInputFile, RejectsANulByteAsBinaryWithItsOffset) {
  std::string path = WriteTemp("binary.txt", std::string("abc\0def", 7));
  absl::StatusOr<InputFile> input = ReadInputFile(path, {});
  ASSERT_FALSE(input.ok());
  EXPECT_EQ(input.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(input.status().message().find("binary file"), std::string::npos);
  EXPECT_NE(input.status().message().find("offset 3"), std::string::npos);
  EXPECT_NE(input.status().message().find(path), std::string::npos);
}

TEST(ReadInputFile, RejectsInvalidUtf8WithTheFirstBadOffset) {
  std::string path = WriteTemp("latin1.txt", "caf\xE9 au lait");
  absl::StatusOr<InputFile> input = ReadInputFile(path, {});
  ASSERT_FALSE(input.ok());
  EXPECT_NE(input.status().message().find("invalid UTF-8 at byte offset 3"),
            std::string::npos)
      << input.status();
}

// One row per refused file: its bytes and the message after "PATH: ".
struct RefusalTest {
  const char* name;
  std::string bytes;
  const char* want;
};

TEST(ReadInputFile, NamesWhatARefusedFileIs) {
  const RefusalTest tests[] = {
      {"report.pdf", "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n",
       "PDF document (invalid UTF-8 at byte offset 10); convert it to text first"},
      {"utf16.txt", std::string("\xFF\xFEH\x00i\x00\n\x00", 8),
       "UTF-16LE text (invalid UTF-8 at byte offset 0); convert it to UTF-8 first "
       "(e.g. with iconv -f UTF-16LE -t UTF-8)"},
      {"notes.txt.gz", std::string("\x1F\x8B\x08\x00\x00\x00\x00\x00\x00\x03\xCB\x48", 12),
       "gzip compressed data (invalid UTF-8 at byte offset 1); decompress it first"},
      {"photo.png", std::string("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR\x00\x00\x00\x02"
                                "\x00\x00\x00\x02\x01\x03\x00\x00\x00", 29),
       "PNG image data (invalid UTF-8 at byte offset 0); factcheck reads UTF-8 text, "
       "Markdown and HTML"},
      {"latin1.txt", "caf\xE9 au lait\n",
       "ISO-8859-1 text (invalid UTF-8 at byte offset 3); convert it to UTF-8 first "
       "(e.g. with iconv -f ISO-8859-1 -t UTF-8)"},
      // libmagic has nothing to add: the message of before.
      {"nul.txt", std::string("abc\0def", 7),
       "binary file (NUL byte at byte offset 3); factcheck reads UTF-8 text, Markdown and HTML"},
  };
  for (const RefusalTest& t : tests) {
    std::string path = WriteTemp(t.name, t.bytes);
    absl::StatusOr<InputFile> input = ReadInputFile(path, {});
    ASSERT_FALSE(input.ok()) << t.name;
    EXPECT_EQ(input.status().code(), absl::StatusCode::kInvalidArgument) << t.name;
    EXPECT_EQ(input.status().message(), path + ": " + t.want) << t.name;
  }
}

TEST(ValidateText, NamesOnlyTheBadByte) {
  EXPECT_EQ(ValidateText("x.pdf", "%PDF-1.4\n%\xE2").message(),
            "x.pdf: invalid UTF-8 at byte offset 10 (convert the file to UTF-8, e.g. with iconv)");
}

TEST(ValidateText, RejectsOverlongFormsSurrogatesAndTruncation) {
  EXPECT_FALSE(ValidateText("x", "\xC0\xAF").ok());          // overlong '/'
  EXPECT_FALSE(ValidateText("x", "\xED\xA0\x80").ok());      // surrogate
  EXPECT_FALSE(ValidateText("x", "ab\xE2\x80").ok());        // truncated
  EXPECT_FALSE(ValidateText("x", "\xF4\x90\x80\x80").ok());  // > U+10FFFF
  EXPECT_TRUE(ValidateText("x", "\xF0\x9F\x98\x80 ok").ok());  // emoji
}

TEST(ReadInputFile, ReportsAMissingPathAsNotFound) {
  absl::StatusOr<InputFile> input = ReadInputFile("/no/such/file.txt", {});
  ASSERT_FALSE(input.ok());
  EXPECT_EQ(input.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(input.status().message(), "/no/such/file.txt: no such file or directory");
}

TEST(ReadInputFile, RefusesADirectory) {
  absl::StatusOr<InputFile> input = ReadInputFile(getenv("TEST_TMPDIR"), {});
  ASSERT_FALSE(input.ok());
  EXPECT_NE(input.status().message().find("is a directory"), std::string::npos);
}

TEST(ReadInputFile, RefusesFilesOverTheSizeLimit) {
  std::string path = WriteTemp("big.txt", std::string(2000, 'a'));
  ReadOptions options;
  options.max_bytes = 1000;
  absl::StatusOr<InputFile> input = ReadInputFile(path, options);
  ASSERT_FALSE(input.ok());
  EXPECT_EQ(input.status().code(), absl::StatusCode::kResourceExhausted);
}

TEST(ReadInputFile, AcceptsAnEmptyFile) {
  std::string path = WriteTemp("empty.txt", "");
  absl::StatusOr<InputFile> input = ReadInputFile(path, {});
  ASSERT_TRUE(input.ok());
  EXPECT_TRUE(input->bytes.empty());
}

// Reads `path` on another thread and gives up after two seconds: a read that
// blocks fails the test instead of hanging it. `unblock` then releases the
// stuck reader (e.g. by giving a FIFO a writer) so that the thread can end.
absl::StatusOr<InputFile> ReadWithin2Seconds(const std::string& path,
                                             const std::function<void()>& unblock) {
  auto read = std::async(std::launch::async, [&] { return ReadInputFile(path, {}); });
  if (read.wait_for(std::chrono::seconds(2)) == std::future_status::timeout) {
    unblock();
    read.wait();
    return absl::DeadlineExceededError(path + ": blocked for 2 s");
  }
  return read.get();
}

void ExpectRefusedAs(const absl::StatusOr<InputFile>& input, const std::string& path,
                     const std::string& kind) {
  ASSERT_FALSE(input.ok());
  EXPECT_EQ(input.status().code(), absl::StatusCode::kFailedPrecondition) << input.status();
  EXPECT_EQ(input.status().message().find(path + ": " + kind + ", not a regular file"), 0u)
      << input.status();
  EXPECT_EQ(input.status().message().find('\n'), std::string::npos);
}

TEST(ReadInputFile, RefusesANamedPipeWithoutWaitingForAWriter) {
  std::string path = std::string(getenv("TEST_TMPDIR")) + "/nobody-writes.txt";
  ASSERT_EQ(::mkfifo(path.c_str(), 0600), 0) << std::strerror(errno);
  absl::StatusOr<InputFile> input = ReadWithin2Seconds(path, [&] {
    ::close(::open(path.c_str(), O_WRONLY | O_NONBLOCK));  // the reader sees EOF
  });
  ExpectRefusedAs(input, path, "a named pipe (FIFO)");
  EXPECT_NE(input.status().message().find("standard input"), std::string::npos);
  ::unlink(path.c_str());
}

TEST(ReadInputFile, RefusesANamedPipeEvenWithAWriter) {
  std::string path = std::string(getenv("TEST_TMPDIR")) + "/someone-writes.txt";
  ASSERT_EQ(::mkfifo(path.c_str(), 0600), 0) << std::strerror(errno);
  int writer = ::open(path.c_str(), O_RDWR | O_NONBLOCK);
  ASSERT_GE(writer, 0);
  ASSERT_EQ(::write(writer, "Text.\n", 6), 6);
  absl::StatusOr<InputFile> input = ReadWithin2Seconds(path, [&] {
    ::close(writer);  // the reader sees EOF
    writer = -1;
  });
  ExpectRefusedAs(input, path, "a named pipe (FIFO)");
  if (writer >= 0) ::close(writer);
  ::unlink(path.c_str());
}

TEST(ReadInputFile, RefusesACharacterDevice) {
  ExpectRefusedAs(ReadInputFile("/dev/null", {}), "/dev/null", "a character device");
}

TEST(ReadInputFile, RefusesASocket) {
  // A socket path must fit in sun_path (108 bytes); TEST_TMPDIR may not.
  char cwd[4096];
  ASSERT_NE(::getcwd(cwd, sizeof cwd), nullptr);
  ASSERT_EQ(::chdir(getenv("TEST_TMPDIR")), 0);
  int listener = ::socket(AF_UNIX, SOCK_STREAM, 0);
  sockaddr_un address = {};
  address.sun_family = AF_UNIX;
  std::strcpy(address.sun_path, "socket.txt");
  ASSERT_EQ(::bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address), 0)
      << std::strerror(errno);
  ExpectRefusedAs(ReadInputFile("socket.txt", {}), "socket.txt", "a socket");
  ::close(listener);
  ::unlink("socket.txt");
  ASSERT_EQ(::chdir(cwd), 0);
}

// What `factcheck extract <(cmd)` gives: /dev/fd/N, a pipe this process has
// open. It is read like standard input.
TEST(ReadInputFile, ReadsAnOpenPipeNamedByItsDescriptor) {
  for (const char* prefix : {"/dev/fd/", "/proc/self/fd/"}) {
    int ends[2];
    ASSERT_EQ(::pipe(ends), 0);
    ASSERT_EQ(::write(ends[1], "Text.\n", 6), 6);
    ::close(ends[1]);
    std::string path = prefix + std::to_string(ends[0]);
    absl::StatusOr<InputFile> input = ReadWithin2Seconds(path, [] {});
    ASSERT_TRUE(input.ok()) << input.status();
    EXPECT_EQ(input->bytes, "Text.\n");
    EXPECT_EQ(input->path, path);
    ::close(ends[0]);
  }
}

// `head -c 100M /dev/zero | factcheck extract -` is binary input, said at
// the first chunk, not "larger than the limit" after reading 16 MiB.
TEST(ReadInputFile, StandardInputWithANulByteIsBinaryAtOnce) {
  ASSERT_NE(std::freopen("/dev/zero", "rb", stdin), nullptr);
  absl::StatusOr<InputFile> input = ReadInputFile("-", {});
  ASSERT_FALSE(input.ok());
  EXPECT_EQ(input.status().code(), absl::StatusCode::kInvalidArgument) << input.status();
  EXPECT_EQ(input.status().message(),
            "<stdin>: binary file (NUL byte at byte offset 0); factcheck reads UTF-8 "
            "text, Markdown and HTML");
}

TEST(ReadInputFile, StandardInputGivesTheNulOffsetPastTheFirstChunk) {
  std::string path = WriteTemp("late-nul.txt", std::string(70000, 'a') +
                                                   std::string(2 << 20, '\0'));
  ASSERT_NE(std::freopen(path.c_str(), "rb", stdin), nullptr);
  ReadOptions options;
  options.max_bytes = 1 << 20;
  absl::StatusOr<InputFile> input = ReadInputFile("-", options);
  ASSERT_FALSE(input.ok());
  EXPECT_NE(input.status().message().find("<stdin>: binary file (NUL byte at byte offset 70000)"),
            std::string::npos)
      << input.status();
}

TEST(ReadInputFile, NamesUtf16OnStandardInput) {
  std::string path = WriteTemp("utf16-stdin.txt", std::string("\xFF\xFEH\x00i\x00\n\x00", 8));
  ASSERT_NE(std::freopen(path.c_str(), "rb", stdin), nullptr);
  absl::StatusOr<InputFile> input = ReadInputFile("-", {});
  ASSERT_FALSE(input.ok());
  EXPECT_EQ(input.status().message(),
            "<stdin>: UTF-16LE text (invalid UTF-8 at byte offset 0); convert it to UTF-8 "
            "first (e.g. with iconv -f UTF-16LE -t UTF-8)");
}

TEST(DetectFormat, SniffsHtmlOnStandardInput) {
  EXPECT_EQ(DetectFormat("<stdin>", "  <!DOCTYPE html><p>x</p>"), INPUT_FORMAT_HTML);
  EXPECT_EQ(DetectFormat("<stdin>", "Plain words."), INPUT_FORMAT_TEXT);
  EXPECT_EQ(DetectFormat("a.HTM", ""), INPUT_FORMAT_HTML);
}

}  // namespace
}  // namespace factcheck
