#include "compare/compare_options.h"

namespace factcheck {

std::string SourceName(absl::string_view path) {
  size_t slash = path.find_last_of('/');
  absl::string_view base = slash == absl::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = base.find_last_of('.');
  if (dot != absl::string_view::npos && dot > 0) base = base.substr(0, dot);
  return std::string(base);
}

}  // namespace factcheck
