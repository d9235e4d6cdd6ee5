// Prints, for each line of a text file (or stdin), its tokens with tags,
// relations and entities, the person names and the roles found: for
// looking at why a sentence gives the roles it does.
//
//   bazel run //claims/extract:explain -- sentences.txt
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "absl/strings/str_cat.h"
#include "claims/analysis/builtin_analyzer.h"
#include "claims/extract/names.h"
#include "claims/extract/parsed_sentence.h"
#include "claims/extract/roles.h"
#include "claims/lexicon.h"

namespace factcheck {
namespace {

int Explain(std::istream& in) {
  absl::StatusOr<std::unique_ptr<Lexicon>> lexicon = Lexicon::Load({});
  if (!lexicon.ok()) {
    std::cerr << lexicon.status() << "\n";
    return 2;
  }
  absl::StatusOr<const Analyzer*> analyzer = BuiltinAnalyzer();
  if (!analyzer.ok()) {
    std::cerr << analyzer.status() << "\n";
    return 2;
  }
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    ParsedSentence s = std::move(
        ParseDocument(**analyzer, line, {{0, static_cast<int64_t>(line.size())}}, {false})[0]);
    std::cout << "# " << line << "\n";
    for (int i = 0; i < s.size(); ++i) {
      std::cout << i << "\t" << s.word(i) << "\t" << s.upos(i) << "\t" << s.head(i) << "\t"
                << s.full_deprel(i) << "\t"
                << (s.EntityAt(i) >= 0 ? s.entities()[s.EntityAt(i)].type : "") << "\n";
    }
    std::vector<PersonName> names = FindPersonNames(s, **lexicon);
    for (const PersonName& n : names) {
      std::cout << "NAME [" << n.first << "," << n.last << "] " << n.text << "\n";
    }
    for (const RoleFinding& r : FindRoles(s, names, **lexicon)) std::cout << DumpRole(r) << "\n";
  }
  return 0;
}

}  // namespace
}  // namespace factcheck

int main(int argc, char** argv) {
  if (argc < 2) return factcheck::Explain(std::cin);
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << argv[1] << ": cannot be read\n";
    return 2;
  }
  return factcheck::Explain(in);
}
