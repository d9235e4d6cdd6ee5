#!/usr/bin/env python3
"""Checks `factcheck extract --analysis --format=json` output structurally.

Usage: analysis_check.py OUTPUT.json

Reads each document's original file (its "path") and asserts, for every
sentence's analysis, what must hold whatever the model predicts:
  * each token's span is inside its sentence's span, in order, and the
    original bytes under it are the token's text (for HTML, once character
    references are decoded);
  * line and column of every span agree with its byte offsets (proto/
    span.proto: 1-based, lines end at \\n, \\r\\n or \\r, columns count code
    points, a BOM is not counted);
  * the tokens cover the sentence text (all but its spaces);
  * heads are in range, exactly one token is the root, and there is no cycle;
  * each entity is a non-empty run of tokens, the entities do not overlap,
    and an entity's span runs from its first token's start to its last
    token's end.
It also checks that the inputs exercise what they are meant to (markup
anchors, a decoded character reference, "Łukasz", a curly apostrophe, an em
dash, CRLF line ends), so that a changed fixture cannot make it vacuous.
"""

import bisect
import html
import json
import sys

failures = []


def fail(message):
    failures.append(message)
    if len(failures) <= 30:
        print("FAIL: " + message)


class Lines:
    """Line and column of byte offsets, computed independently of factcheck."""

    def __init__(self, data):
        self.data = data
        self.bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
        self.starts = [0]
        i = 0
        while i < len(data):
            c = data[i]
            if c == 0x0A:
                self.starts.append(i + 1)
            elif c == 0x0D:
                if i + 1 < len(data) and data[i + 1] == 0x0A:
                    i += 1
                self.starts.append(i + 1)
            i += 1

    def position(self, offset):
        line = bisect.bisect_right(self.starts, offset) - 1
        start = self.starts[line]
        if line == 0 and offset >= self.bom:
            start = self.bom
        chars = sum(1 for b in self.data[start:offset] if b & 0xC0 != 0x80)
        return line + 1, chars + 1


def span_of(s):
    return int(s.get("begin", 0)), int(s.get("end", 0))


def check_position(lines, span, what):
    begin, end = span_of(span)
    want = lines.position(begin) + lines.position(end)
    got = (span.get("line", 0), span.get("column", 0), span.get("endLine", 0),
           span.get("endColumn", 0))
    if got != want:
        fail(f"{what}: line/column {got} but bytes [{begin}, {end}) are at {want}")


def main():
    seen = {"anchors": 0, "decoded": 0, "Łukasz": 0, "’": 0, "—": 0, "crlf": 0,
            "entities": 0, "html": 0, "markdown": 0, "sentences": 0}
    with open(sys.argv[1], encoding="utf-8") as f:
        documents = [json.loads(line) for line in f if line.strip()]
    if not documents:
        fail("no documents")
    for doc in documents:
        path = doc["path"]
        data = open(path, "rb").read()
        lines = Lines(data)
        is_html = doc.get("format") == "INPUT_FORMAT_HTML"
        seen["html"] += is_html
        seen["markdown"] += doc.get("format") == "INPUT_FORMAT_MARKDOWN"
        if b"\r\n" in data:
            seen["crlf"] += 1
        if not doc.get("sentences"):
            fail(f"{path}: no sentences")
        for s in doc.get("sentences", []):
            seen["sentences"] += 1
            where = f"{path}: sentence {s.get('index', 0)}"
            text = s["text"]
            if s.get("anchors"):
                seen["anchors"] += 1
            s_begin, s_end = span_of(s["span"])
            analysis = s.get("analysis")
            if analysis is None:
                fail(f"{where}: no analysis")
                continue
            tokens = analysis.get("tokens", [])
            if not tokens:
                fail(f"{where}: no tokens")
                continue
            previous_end = s_begin
            for i, t in enumerate(tokens):
                tw = f"{where}: token {i} {t.get('text')!r}"
                begin, end = span_of(t["span"])
                if not (s_begin <= begin < end <= s_end):
                    fail(f"{tw}: span [{begin}, {end}) not inside sentence [{s_begin}, {s_end})")
                if begin < previous_end:
                    fail(f"{tw}: span [{begin}, {end}) overlaps the previous token")
                previous_end = max(previous_end, end)
                original = data[begin:end].decode("utf-8", "replace")
                if original != t["text"]:
                    if is_html and "&" in original and html.unescape(original) == t["text"]:
                        seen["decoded"] += 1
                    else:
                        fail(f"{tw}: original bytes [{begin}, {end}) are {original!r}")
                check_position(lines, t["span"], tw)
                for mark in ("Łukasz", "’", "—"):
                    if mark in t["text"]:
                        seen[mark] += 1
                if not t.get("upos") or not t.get("deprel"):
                    fail(f"{tw}: no upos or deprel")
            if "".join(t["text"] for t in tokens) != text.replace(" ", ""):
                fail(f"{where}: tokens {[t['text'] for t in tokens]} do not cover {text!r}")
            n = len(tokens)
            heads = [t.get("head", 0) for t in tokens]
            roots = [i for i, h in enumerate(heads) if h == 0]
            if len(roots) != 1:
                fail(f"{where}: {len(roots)} roots (heads {heads})")
            for i, h in enumerate(heads):
                if not 0 <= h <= n or h == i + 1:
                    fail(f"{where}: token {i} has head {h} (of {n} tokens)")
            for i in range(n):
                j, steps = i, 0
                while 0 <= j < n and heads[j] != 0 and steps <= n and 0 < heads[j] <= n:
                    j = heads[j] - 1
                    steps += 1
                if steps > n:
                    fail(f"{where}: token {i} is on a cycle (heads {heads})")
                    break
            previous = 0
            for e in analysis.get("entities", []):
                seen["entities"] += 1
                first, stop = e.get("firstToken", 0), e.get("endToken", 0)
                ew = f"{where}: entity {e.get('text')!r} tokens [{first}, {stop})"
                if not (0 <= first < stop <= n) or first < previous:
                    fail(f"{ew}: bad or overlapping token range (of {n} tokens)")
                    continue
                previous = stop
                if not e.get("type"):
                    fail(f"{ew}: no type")
                want = (span_of(tokens[first]["span"])[0], span_of(tokens[stop - 1]["span"])[1])
                if span_of(e["span"]) != want:
                    fail(f"{ew}: span {span_of(e['span'])}, tokens span {want}")
                check_position(lines, e["span"], ew)
                inner = "".join(t["text"] for t in tokens[first:stop])
                if e.get("text", "").replace(" ", "") != inner or e["text"] not in text:
                    fail(f"{ew}: text is not its tokens' text in the sentence")
    for key, count in seen.items():
        if count == 0:
            fail(f"the inputs never exercise {key!r}")
    print(f"analysis_check: {len(documents)} documents, {seen['sentences']} sentences, "
          f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
