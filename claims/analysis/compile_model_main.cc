// compile_model IN OUT: writes the compiled form (compile_model.h) of the
// analysis model IN to OUT. Used by the build; exit 2 on any error.
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "claims/analysis/compile_model.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: compile_model IN OUT\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  if (!in) {
    std::cerr << argv[1] << ": cannot read\n";
    return 2;
  }
  absl::StatusOr<std::string> compiled = factcheck::CompileModel(bytes.str());
  if (!compiled.ok()) {
    std::cerr << argv[1] << ": " << compiled.status().message() << "\n";
    return 2;
  }
  std::ofstream out(argv[2], std::ios::binary);
  out << *compiled;
  out.close();
  if (!out) {
    std::cerr << argv[2] << ": cannot write\n";
    return 2;
  }
  return 0;
}
