#!/usr/bin/env python3
"""Time against input size for the pathological inputs of the hostile-input
suite: shows that no input makes extraction super-linear. A measurement, not
a test (speed is never asserted).

    bazel build //tools:factcheck && python3 tools/scaling.py bazel-bin/tools/factcheck [MB...]

For each input kind and size (default 1 2 4 8 MB) it runs `factcheck extract
--format=binary FILE > /dev/null` (best of $REPEATS, default 3) and prints seconds, MB/s and
the ratio to the previous size (2.0 when linear, 4.0 when quadratic).
"""

import os
import subprocess
import sys
import tempfile
import time

CLAIM = "Ukrainian President Jane Roe met the Russian defense minister in Istanbul on Friday. "
UNIT = "The minister met officials in Berlin and said \u201cno\u201d to 1,000 more, "

KINDS = {
    "news-like lines": lambda n: (CLAIM + "It rained, and 1,000 people waited.\n").encode(),
    "one line, one sentence": lambda n: UNIT.encode(),
    "'\"a\" ' quote words": lambda n: b'"a" ',
    "unclosed quotes": lambda n: "\u201ca ".encode(),
    "bare quote marks": lambda n: b'"',
    "nested html": None,
    "no blank line, wrapped": lambda n: b"The delegation met for two hours and agreed to exchange the\n",
    "numbers": lambda n: b"1,000 2,000,000 3.5 ",
    "mixed scripts": lambda n: "\u041c\u043e\u0441\u043a\u0432\u0430 \u0645\u0631\u062d\u0628\u0627 \u5317\u4eac \U0001F600 e\u0301 \u200f. ".encode(),
}


def make(kind, size):
    if kind == "nested html":
        depth = size // 16
        return (b"<html><body>" + b"<div><b>" * depth + CLAIM.encode() + b"</b></div>" * depth
                + b"</body></html>\n")[:size] + b"\n"
    unit = KINDS[kind](size)
    data = unit * (size // len(unit) + 1)
    return data[:size].rsplit(b" ", 1)[0] + b"\n" if b" " in unit else data[:size] + b"\n"


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else "bazel-bin/tools/factcheck"
    sizes = [int(s) for s in sys.argv[2:]] or [1, 2, 4, 8]
    tmp = tempfile.mkdtemp()
    print("%-26s" % "input" + "".join("%10s" % ("%d MB s" % s) for s in sizes) + "   ratios")
    for kind in KINDS:
        times = []
        for mb in sizes:
            path = os.path.join(tmp, "input.html" if kind == "nested html" else "input.txt")
            with open(path, "wb") as f:
                f.write(make(kind, mb << 20))
            best = None
            for _ in range(int(os.environ.get("REPEATS", "3"))):
                start = time.monotonic()
                code = subprocess.call([binary, "extract", "--format=binary", path],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                elapsed = time.monotonic() - start
                best = elapsed if best is None else min(best, elapsed)
            if code != 0:
                print("%s at %d MB: exit %d" % (kind, mb, code))
            times.append(best)
        ratios = " ".join("%.1f" % (b / a) for a, b in zip(times, times[1:]) if a > 0)
        print("%-26s" % kind + "".join("%10.2f" % t for t in times) + "   " + ratios, flush=True)


if __name__ == "__main__":
    main()
