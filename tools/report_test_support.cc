#include "tools/report_test_support.h"

namespace factcheck {

Location LineLocation(const std::string& path, int line, int64_t line_start, int64_t begin,
                      int64_t end) {
  Location at;
  at.set_path(path);
  at.set_line(line);
  at.set_column(static_cast<int>(begin - line_start + 1));
  at.set_end_line(line);
  at.set_end_column(static_cast<int>(end - line_start + 1));
  at.set_begin(begin);
  at.set_end(end);
  return at;
}

std::map<std::string, std::string> SampleTexts() {
  return {{"a.txt", "Mayor Jo Ames opened the bridge on Monday.\n"},
          {"b.txt", "Governor Jo Ames opened the bridge.\nIt rained.\n"}};
}

Report SampleReport() {
  Report report;
  report.add_paths("a.txt");
  report.add_paths("b.txt");
  Finding* role = report.add_findings();
  role->set_kind(ROLE_CONFLICT);
  role->set_severity(ERROR);
  role->set_message("b calls Jo Ames Governor; 1 other source disagrees: a calls Jo Ames Mayor");
  *role->mutable_location() = LineLocation("b.txt", 1, 0, 0, 16);
  role->set_text("Governor Jo Ames");
  role->set_claimed("Governor");
  role->set_expected("Mayor");
  role->set_fingerprint("00112233aabbccdd");
  role->set_sources_for(1);
  role->set_sources_against(1);
  Evidence* e = role->add_evidence();
  *e->mutable_location() = LineLocation("a.txt", 1, 0, 0, 13);
  e->set_text("Mayor Jo Ames");
  e->set_stance(STANCE_CONTRADICTS);
  e->set_value("Mayor");

  Finding* variant = report.add_findings();
  variant->set_kind(NAME_VARIANT);
  variant->set_severity(INFO);
  variant->set_message("a spells \u201CJo Ames\u201D; also written Jo Ames (the same name)");
  *variant->mutable_location() = LineLocation("a.txt", 1, 0, 6, 13);
  variant->set_text("Jo Ames");
  variant->set_claimed("Jo Ames");
  variant->set_fingerprint("4455667788990011");
  Evidence* v = variant->add_evidence();
  *v->mutable_location() = LineLocation("b.txt", 1, 0, 9, 16);
  v->set_text("Jo Ames");
  v->set_stance(STANCE_SUPPORTS);

  ReportSummary* s = report.mutable_summary();
  s->set_documents(2);
  s->set_sentences(3);
  s->set_claims(4);
  s->set_errors(1);
  s->set_infos(1);
  return report;
}

}  // namespace factcheck
