#include "claims/known_facts.h"

#include <cstdint>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "claims/input_file.h"
#include "claims/line_index.h"
#include "claims/status_macros.h"
#include "claims/textproto.h"
#include "google/protobuf/text_format.h"
#include "proto/facts.pb.h"

namespace factcheck {
namespace {

bool IsIsoDate(const std::string& date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!absl::ascii_isdigit(static_cast<unsigned char>(date[i]))) return false;
  }
  return true;
}

// Byte offset of 0-based (line, column) in `text`; columns count bytes,
// as the protobuf tokenizer does for ASCII field names.
int64_t OffsetOf(const std::string& text, int line, int column) {
  int64_t offset = 0;
  for (int l = 0; l < line && offset < static_cast<int64_t>(text.size()); ++offset) {
    if (text[offset] == '\n') ++l;
  }
  return std::min<int64_t>(offset + column, text.size());
}

}  // namespace

absl::StatusOr<SourceDocument> LoadKnownFacts(const std::string& path, const Lexicon& lexicon,
                                              const std::vector<std::string>& publication_dates) {
  ReadOptions options;
  options.max_bytes = int64_t{64} << 20;
  absl::StatusOr<InputFile> input = ReadInputFile(path, options);
  if (!input.ok()) return input.status();
  KnownFacts facts;
  google::protobuf::TextFormat::ParseInfoTree tree;
  FACTCHECK_RETURN_IF_ERROR(ParseTextproto(input->bytes, path, &facts, &tree));
  const std::string& text = input->bytes;
  LineIndex lines(text);
  SourceDocument doc;
  doc.set_path(input->path);
  doc.set_format(INPUT_FORMAT_TEXT);
  doc.set_size_bytes(static_cast<int64_t>(text.size()));
  const auto* roles_field = KnownFacts::descriptor()->FindFieldByName("roles");
  for (int i = 0; i < facts.roles_size(); ++i) {
    const KnownRole& role = facts.roles(i);
    const google::protobuf::TextFormat::ParseLocation where = tree.GetLocation(roles_field, i);
    const std::string at = absl::StrCat(path, ":", where.line + 1, ":", where.column + 1, ": ");
    if (role.person().empty() || role.office().empty()) {
      return absl::InvalidArgumentError(absl::StrCat(at, "a role needs a person and an office"));
    }
    for (const std::string& date : {role.since(), role.until()}) {
      if (!date.empty() && !IsIsoDate(date)) {
        return absl::InvalidArgumentError(
            absl::StrCat(at, "date \"", date, "\" is not YYYY-MM-DD"));
      }
    }
    const Office* office = lexicon.FindOffice(absl::AsciiStrToLower(role.office()));
    if (office == nullptr) office = lexicon.OfficeByKey(absl::AsciiStrToLower(role.office()));
    if (office == nullptr) {
      return absl::InvalidArgumentError(
          absl::StrCat(at, "unknown office \"", role.office(), "\" (see claims/data/offices.textproto)"));
    }
    std::string affiliation;
    if (!role.country().empty()) {
      if (const Country* country = lexicon.FindCountry(role.country()).country) {
        affiliation = country->key();
      } else if (const Country* by_key = lexicon.CountryByKey(role.country())) {
        affiliation = by_key->key();
      } else if (const Organization* org = lexicon.FindOrganization(role.country())) {
        affiliation = org->key();
      } else {
        return absl::InvalidArgumentError(
            absl::StrCat(at, "unknown country or organisation \"", role.country(), "\""));
      }
    }
    // Only facts whose term covers an input's date.
    bool any_date = false, covered = false;
    for (const std::string& date : publication_dates) {
      if (date.empty()) continue;
      any_date = true;
      covered |= (role.since().empty() || role.since() <= date) &&
                 (role.until().empty() || date <= role.until());
    }
    if (any_date && !covered) continue;
    // The entry's span: from "roles" to the end of its line.
    int64_t begin = OffsetOf(text, where.line, where.column);
    int64_t end = begin;
    while (end < static_cast<int64_t>(text.size()) && text[end] != '\n') ++end;
    Claim* claim = doc.add_claims();
    claim->set_type(CLAIM_TYPE_ROLE);
    *claim->mutable_span() = lines.MakeSpan(begin, end);
    claim->set_text(absl::StrCat(role.person(), ", ", role.office(),
                                 role.country().empty() ? "" : absl::StrCat(", ", role.country())));
    claim->set_sentence_index(0);
    RoleClaim* out = claim->mutable_role();
    out->set_person(role.person());
    out->set_office(office->key());
    out->set_title_text(role.office());
    out->set_affiliation(affiliation);
    out->set_affiliation_text(role.country());
  }
  return doc;
}

}  // namespace factcheck
