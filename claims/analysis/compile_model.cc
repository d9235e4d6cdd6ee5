#include "claims/analysis/compile_model.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "absl/strings/match.h"
#include "claims/analysis/perceptron.h"
#include "claims/sha256.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"

namespace factcheck {
namespace {

constexpr absl::string_view kMagic = "FCMODEL1";
constexpr size_t kPrefix = 16;  // the magic and the proto's size

// Replaces `proto`'s arrays by its table, appended to `tables`.
absl::Status CompilePerceptron(PerceptronProto* proto, std::string* tables) {
  absl::StatusOr<PerceptronModel> model = PerceptronModel::FromProto(*proto);
  if (!model.ok()) return model.status();
  const size_t offset = tables->size();
  model->AppendTable(tables);
  const int num_classes = proto->num_classes();
  proto->Clear();
  proto->set_num_classes(num_classes);
  proto->set_table_offset(offset);
  proto->set_table_size(tables->size() - offset);
  return absl::OkStatus();
}

std::string Deterministic(const AnalysisModelProto& model) {
  std::string out;
  {
    google::protobuf::io::StringOutputStream stream(&out);
    google::protobuf::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    model.SerializeToCodedStream(&coded);
  }
  return out;
}

}  // namespace

bool IsCompiledModel(absl::string_view bytes) {
  return absl::StartsWith(bytes, kMagic);
}

absl::StatusOr<std::string> CompileModel(absl::string_view model_bytes) {
  AnalysisModelProto model;
  if (!model.ParseFromArray(model_bytes.data(), static_cast<int>(model_bytes.size()))) {
    return absl::InvalidArgumentError("the analysis model does not parse");
  }
  model.set_trained_sha256(Sha256Hex(model_bytes));
  model.set_trained_size(model_bytes.size());
  std::string tables;
  for (PerceptronProto* p : {model.mutable_tagger(), model.mutable_parser(),
                             model.mutable_parser_labels(), model.mutable_entities()}) {
    absl::Status s = CompilePerceptron(p, &tables);
    if (!s.ok()) return s;
  }
  const std::string proto = Deterministic(model);
  const uint64_t size = proto.size();
  std::string out(kMagic);
  out.append(reinterpret_cast<const char*>(&size), sizeof(size));
  out += proto;
  out.append((8 - out.size() % 8) % 8, '\0');
  out += tables;
  return out;
}

absl::Status SplitCompiledModel(absl::string_view bytes, AnalysisModelProto* model,
                                absl::string_view* tables) {
  if (!IsCompiledModel(bytes) || bytes.size() < kPrefix) {
    return absl::InvalidArgumentError("not a compiled analysis model");
  }
  uint64_t size;
  std::memcpy(&size, bytes.data() + kMagic.size(), sizeof(size));
  if (size > bytes.size() - kPrefix) {
    return absl::InvalidArgumentError("the compiled analysis model is cut short");
  }
  if (!model->ParseFromArray(bytes.data() + kPrefix, static_cast<int>(size))) {
    return absl::InvalidArgumentError("the compiled analysis model does not parse");
  }
  const size_t start = kPrefix + size + (8 - (kPrefix + size) % 8) % 8;
  *tables = bytes.substr(std::min(start, bytes.size()));
  return absl::OkStatus();
}

}  // namespace factcheck
