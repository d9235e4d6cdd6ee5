#include "fuzz/span_check.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "google/protobuf/descriptor.h"
#include "google/protobuf/reflection.h"

namespace factcheck {
namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

[[noreturn]] void Fail(const std::string& where, const Message& span, const char* why) {
  std::fprintf(stderr, "span check failed at %s: %s\n  %s\n", where.c_str(), why,
               span.ShortDebugString().c_str());
  std::abort();
}

int64_t GetInt(const Message& m, const char* name) {
  const FieldDescriptor* f = m.GetDescriptor()->FindFieldByName(name);
  const auto* r = m.GetReflection();
  return f->cpp_type() == FieldDescriptor::CPPTYPE_INT64 ? r->GetInt64(m, f) : r->GetInt32(m, f);
}

void CheckOne(const Message& span, absl::string_view original, const ReferencePositions& ref,
              const std::string& where) {
  const int64_t size = static_cast<int64_t>(original.size());
  const int64_t begin = GetInt(span, "begin");
  const int64_t end = GetInt(span, "end");
  if (begin < 0 || begin > end || end > size) Fail(where, span, "range outside the file");
  if (begin < size && IsContinuation(original[begin])) Fail(where, span, "begin inside a character");
  if (end < size && IsContinuation(original[end])) Fail(where, span, "end inside a character");
  int32_t line, column;
  ref.Position(begin, &line, &column);
  if (GetInt(span, "line") != line || GetInt(span, "column") != column) {
    std::fprintf(stderr, "expected %d:%d\n", line, column);
    Fail(where, span, "wrong line:column");
  }
  ref.Position(end, &line, &column);
  if (GetInt(span, "end_line") != line || GetInt(span, "end_column") != column) {
    std::fprintf(stderr, "expected end %d:%d\n", line, column);
    Fail(where, span, "wrong end_line:end_column");
  }
}

void Walk(const Message& message, absl::string_view original, const ReferencePositions& ref,
          const std::string& where) {
  const std::string& type = message.GetDescriptor()->full_name();
  if (type == "factcheck.Span" || type == "factcheck.Location") {
    CheckOne(message, original, ref, where);
    return;
  }
  const auto* reflection = message.GetReflection();
  std::vector<const FieldDescriptor*> fields;
  reflection->ListFields(message, &fields);
  for (const FieldDescriptor* field : fields) {
    if (field->cpp_type() != FieldDescriptor::CPPTYPE_MESSAGE) continue;
    if (field->is_repeated()) {
      const int n = reflection->FieldSize(message, field);
      for (int i = 0; i < n; ++i) {
        Walk(reflection->GetRepeatedMessage(message, field, i), original, ref,
             where + "." + field->name() + "[" + std::to_string(i) + "]");
      }
    } else {
      Walk(reflection->GetMessage(message, field), original, ref, where + "." + field->name());
    }
  }
}

}  // namespace

ReferencePositions::ReferencePositions(absl::string_view original) : original_(original) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < original.size(); ++i) {
    if (original[i] == '\n') {
      line_starts_.push_back(i + 1);
    } else if (original[i] == '\r') {
      if (i + 1 < original.size() && original[i + 1] == '\n') ++i;
      line_starts_.push_back(i + 1);
    }
  }
}

void ReferencePositions::Position(int64_t offset, int32_t* line, int32_t* column) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const int64_t start = *(it - 1);
  *line = static_cast<int32_t>(it - line_starts_.begin());
  int64_t chars = 0;
  for (int64_t i = start; i < offset; ++i) {
    if (!IsContinuation(original_[i])) ++chars;
  }
  const bool bom = start == 0 && original_.substr(0, 3) == "\xEF\xBB\xBF";
  if (bom && offset >= 3) chars -= 1;
  *column = static_cast<int32_t>(chars + 1);
}

void CheckSpans(const Message& message, absl::string_view original) {
  ReferencePositions ref(original);
  Walk(message, original, ref, message.GetDescriptor()->name());
}

}  // namespace factcheck
