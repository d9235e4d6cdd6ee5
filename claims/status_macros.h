// File: claims/status_macros.h
//
// Early-return helpers for absl::Status, which Debian's Abseil (20220623)
// does not ship yet.
//
// Example:
//   absl::StatusOr<Document> Read(absl::string_view path) {
//     FACTCHECK_ASSIGN_OR_RETURN(std::string bytes, ReadFile(path));
//     FACTCHECK_RETURN_IF_ERROR(CheckUtf8(path, bytes));
//     ...
//   }

#ifndef FACTCHECK_CLAIMS_STATUS_MACROS_H_
#define FACTCHECK_CLAIMS_STATUS_MACROS_H_

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#define FACTCHECK_RETURN_IF_ERROR(expr)                \
  do {                                                 \
    ::absl::Status factcheck_status_ = (expr);         \
    if (!factcheck_status_.ok()) return factcheck_status_; \
  } while (0)

#define FACTCHECK_STATUS_CONCAT_INNER_(a, b) a##b
#define FACTCHECK_STATUS_CONCAT_(a, b) FACTCHECK_STATUS_CONCAT_INNER_(a, b)

#define FACTCHECK_ASSIGN_OR_RETURN(lhs, expr) \
  FACTCHECK_ASSIGN_OR_RETURN_IMPL_(           \
      FACTCHECK_STATUS_CONCAT_(factcheck_statusor_, __LINE__), lhs, expr)

#define FACTCHECK_ASSIGN_OR_RETURN_IMPL_(statusor, lhs, expr) \
  auto statusor = (expr);                                     \
  if (!statusor.ok()) return std::move(statusor).status();    \
  lhs = std::move(statusor).value()

#endif  // FACTCHECK_CLAIMS_STATUS_MACROS_H_
