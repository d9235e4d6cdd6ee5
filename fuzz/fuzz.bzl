"""fuzz_target: one libFuzzer entry point, as a fuzzer and as a regression test.

fuzz_target(name = "x_fuzzer", srcs = ["x_fuzzer.cc"], deps = [...]) makes
  x_fuzzer_lib     the LLVMFuzzerTestOneInput, alwayslink;
  x_fuzzer         the libFuzzer binary (tag manual; build it with
                   tools/fuzz.sh, which adds clang's -fsanitize=fuzzer);
  x_fuzzer_replay  a cc_test that runs every file of testdata/fuzz/x_fuzzer/
                   through the entry point with an ordinary main.
"""

def fuzz_target(name, srcs, deps = []):
    native.cc_library(
        name = name + "_lib",
        testonly = True,
        srcs = srcs,
        deps = deps,
        alwayslink = True,
    )
    native.cc_binary(
        name = name,
        testonly = True,
        deps = [":" + name + "_lib"],
        tags = ["manual"],
    )
    native.cc_test(
        name = name + "_replay",
        size = "small",
        srcs = ["replay_main.cc"],
        args = ["testdata/fuzz/" + name],
        data = ["//testdata:fuzz_" + name],
        deps = [":" + name + "_lib"],
    )
