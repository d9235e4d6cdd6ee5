// File: claims/analysis/compile_model.h
//
// A compiled analysis model: the trained AnalysisModelProto with its four
// perceptrons' arrays replaced by their scoring tables, laid out as
// PerceptronModel scores from them, so that loading is parsing the small
// rest of the proto and pointing at the tables (no copy, no hashing). The
// build compiles claims/data/analysis.model into the binary this way
// (//claims/analysis:builtin_model_object); the trained, committed file stays
// the portable proto.
//
// Layout: "FCMODEL1", the proto's size (8 bytes), the proto, zero padding
// to a multiple of 8, then the table region. Integers are in the build
// machine's byte order: a compiled model is a build product, never shipped
// apart from the binary that reads it.
//
// Example:
//   absl::StatusOr<std::string> compiled = CompileModel(proto_bytes);
//   AnalysisModelProto model;
//   absl::string_view tables;
//   absl::Status s = SplitCompiledModel(*compiled, &model, &tables);
//   absl::StatusOr<Tagger> tagger = Tagger::FromProto(model, tables);

#ifndef FACTCHECK_CLAIMS_ANALYSIS_COMPILE_MODEL_H_
#define FACTCHECK_CLAIMS_ANALYSIS_COMPILE_MODEL_H_

#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "proto/analysis_model.pb.h"

namespace factcheck {

// True when `bytes` start as a compiled model does.
bool IsCompiledModel(absl::string_view bytes);

// The compiled form of a serialized AnalysisModelProto; the same bytes for
// the same model. InvalidArgument when the model does not parse or a
// perceptron is invalid (PerceptronModel::FromProto).
absl::StatusOr<std::string> CompileModel(absl::string_view model_bytes);

// Reads the proto part of a compiled model into `model` and points
// `tables` at its table region (inside `bytes`). InvalidArgument when the
// bytes are not a compiled model or are cut short.
absl::Status SplitCompiledModel(absl::string_view bytes, AnalysisModelProto* model,
                                absl::string_view* tables);

}  // namespace factcheck

#endif  // FACTCHECK_CLAIMS_ANALYSIS_COMPILE_MODEL_H_
