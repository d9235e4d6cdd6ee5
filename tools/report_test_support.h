// File: tools/report_test_support.h
//
// Test-only: a small Report built by hand, as the comparison would fill it,
// with the original texts of its two sources, for the report writer tests.
//   a.txt: "Mayor Jo Ames opened the bridge on Monday.\n"
//   b.txt: "Governor Jo Ames opened the bridge.\nIt rained.\n"
// Findings: ROLE_CONFLICT (ERROR) on b.txt 1:1 "Governor Jo Ames" against
// a.txt 1:1 "Mayor Jo Ames"; NAME_VARIANT (INFO) on a.txt 1:7 "Jo Ames".

#ifndef FACTCHECK_TOOLS_REPORT_TEST_SUPPORT_H_
#define FACTCHECK_TOOLS_REPORT_TEST_SUPPORT_H_

#include <map>
#include <string>

#include "proto/report.pb.h"

namespace factcheck {

Report SampleReport();

// path -> original bytes of SampleReport()'s sources.
std::map<std::string, std::string> SampleTexts();

// A Location on one line: bytes [begin, end) are columns begin+1.. (ASCII).
Location LineLocation(const std::string& path, int line, int64_t line_start, int64_t begin,
                      int64_t end);

}  // namespace factcheck

#endif  // FACTCHECK_TOOLS_REPORT_TEST_SUPPORT_H_
