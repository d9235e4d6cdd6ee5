#include "tools/flag_parser.h"

#include <algorithm>
#include <cstdint>

#include "absl/flags/reflection.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

namespace factcheck {
namespace {

// "fail-on" -> "fail_on": Abseil names flags with underscores.
std::string Normalize(absl::string_view name) {
  std::string out(name);
  std::replace(out.begin(), out.end(), '-', '_');
  return out;
}

// As the user writes it: "fail_on" -> "--fail-on".
std::string Shown(absl::string_view name) {
  std::string out = absl::StrCat("--", name);
  std::replace(out.begin(), out.end(), '_', '-');
  return out;
}

absl::CommandLineFlag* Known(const std::string& name, const FlagFilter& accept) {
  absl::CommandLineFlag* flag = absl::FindCommandLineFlag(name);
  if (flag == nullptr || flag->IsRetired() || !accept(*flag)) return nullptr;
  return flag;
}

int EditDistance(absl::string_view a, absl::string_view b) {
  std::vector<int> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    int diagonal = row[0];
    row[0] = static_cast<int>(i);
    for (size_t j = 1; j <= b.size(); ++j) {
      int above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

absl::Status BadValue(const absl::CommandLineFlag& flag, absl::string_view value) {
  std::string reason;
  if (flag.IsOfType<bool>()) {
    reason = "use true or false";
  } else if (flag.IsOfType<int>() || flag.IsOfType<int64_t>() || flag.IsOfType<int32_t>()) {
    reason = "not an integer in range";
  } else if (flag.IsOfType<double>()) {
    reason = "not a number";
  } else {
    reason = "not a valid value";
  }
  return absl::InvalidArgumentError(
      absl::StrCat(Shown(flag.Name()), "=", value, ": ", reason));
}

}  // namespace

std::string ClosestFlag(const std::string& name, const FlagFilter& accept) {
  const std::string wanted = Normalize(name);
  std::string best;
  int best_distance = 3;
  // Sorted, so that ties resolve the same way on every run.
  std::vector<std::string> names;
  for (const auto& [flag_name, flag] : absl::GetAllFlags()) {
    if (flag->IsRetired() || !accept(*flag)) continue;
    names.emplace_back(flag_name);
  }
  std::sort(names.begin(), names.end());
  for (const std::string& candidate : names) {
    int d = EditDistance(wanted, candidate);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  return best.empty() ? "" : Shown(best);
}

absl::StatusOr<std::vector<std::string>> ParseFlags(const std::vector<std::string>& args,
                                                    const FlagFilter& accept) {
  std::vector<std::string> positional;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--") {
      positional.insert(positional.end(), args.begin() + i + 1, args.end());
      break;
    }
    if (arg.size() < 2 || arg[0] != '-') {
      positional.push_back(arg);  // a file, or "-" for standard input
      continue;
    }
    absl::string_view body(arg);
    body.remove_prefix(absl::StartsWith(body, "--") ? 2 : 1);
    const size_t equals = body.find('=');
    const bool has_value = equals != absl::string_view::npos;
    const std::string name = Normalize(body.substr(0, equals));
    absl::string_view value = has_value ? body.substr(equals + 1) : absl::string_view();

    absl::CommandLineFlag* flag = name.empty() ? nullptr : Known(name, accept);
    // --noNAME for a bool flag NAME.
    if (flag == nullptr && !has_value && absl::StartsWith(name, "no")) {
      absl::CommandLineFlag* negated = Known(name.substr(2), accept);
      if (negated != nullptr && negated->IsOfType<bool>()) {
        std::string error;
        negated->ParseFrom("false", &error);
        continue;
      }
    }
    if (flag == nullptr) {
      std::string shown = Shown(name);
      std::string hint = ClosestFlag(name, accept);
      return absl::InvalidArgumentError(absl::StrCat(
          "unknown flag ", shown, hint.empty() || hint == shown ? "" : absl::StrCat(" (did you mean ", hint, "?)"),
          "; see --help"));
    }
    std::string value_text;
    if (has_value) {
      value_text = std::string(value);
    } else if (flag->IsOfType<bool>()) {
      value_text = "true";
    } else if (i + 1 < args.size()) {
      value_text = args[++i];
    } else {
      return absl::InvalidArgumentError(absl::StrCat(Shown(name), " needs a value (",
                                                     Shown(name), "=VALUE)"));
    }
    if (flag->IsOfType<bool>()) {
      // Abseil also reads "t", "y" and other forms; these are the documented ones.
      std::string lower = absl::AsciiStrToLower(value_text);
      if (lower != "true" && lower != "false" && lower != "1" && lower != "0" &&
          lower != "yes" && lower != "no") {
        return BadValue(*flag, value_text);
      }
    }
    std::string error;
    if (!flag->ParseFrom(value_text, &error)) return BadValue(*flag, value_text);
  }
  return positional;
}

}  // namespace factcheck
