#!/usr/bin/env python3
"""Draws a reproducible random sample of factcheck's claims for a hand check.

  python3 tools/claim_sample.py --factcheck BIN --seed S --per-type N \
      [--types ROLE,QUANTITY,...] FILE... > sample.tsv

Runs `BIN extract --format=json` on every FILE, pools the claims of each
type, and draws N of each type with Python's random.Random(S) (types in the
order given, files in sorted order), so the same binary, files and seed give
the same sample. Each row has the claim's file:line:column, its type, its
text, the fields a checker judges (one line), the sentence it sits in, and
empty `verdict` and `note` columns to fill in by hand.
"""

import argparse
import json
import random
import subprocess
import sys

TYPES = ["ROLE", "QUANTITY", "TIME", "PLACE", "QUOTE", "EVENT"]


def fields(claim):
    """The claim's judged fields as one line: key=value; ..."""
    kind = claim["type"].replace("CLAIM_TYPE_", "").lower()
    body = claim.get(kind, {})
    keep = {
        "role": ["person", "office", "titleText", "affiliation", "affiliationInferred", "party"],
        "quantity": ["value", "low", "high", "unit", "isDuration", "qualifier", "counted"],
        "time": ["kind", "text", "beginDate", "endDate"],
        "place": ["place", "text", "preposition"],
        "quote": ["speaker", "speakerDescription", "speakerBasis", "partial"],
        "event": ["subject", "predicate", "object", "theme", "polarity", "cue"],
    }[kind]
    parts = ["%s=%s" % (k, body[k]) for k in keep if k in body]
    if claim.get("predicate"):
        parts.append("predicate=%s" % claim["predicate"])
    return "; ".join(parts)


def claims_of(binary, path):
    out = subprocess.run([binary, "extract", "--format=json", path],
                         capture_output=True, text=True, check=False)
    if out.returncode != 0:
        sys.exit("claim_sample: %s: extract failed (exit %d)" % (path, out.returncode))
    doc = json.loads(out.stdout)
    sentences = {s.get("index", 0): s["text"] for s in doc.get("sentences", [])}
    for c in doc.get("claims", []):
        yield c, sentences.get(c.get("sentenceIndex", 0), "")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--factcheck", required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--per-type", type=int, default=20)
    ap.add_argument("--types", default=",".join(TYPES))
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    pool = {t: [] for t in args.types.split(",")}
    for path in sorted(args.files):
        for c, sentence in claims_of(args.factcheck, path):
            t = c["type"].replace("CLAIM_TYPE_", "")
            if t in pool:
                span = c.get("span", {})
                where = "%s:%d:%d" % (path, span.get("line", 0), span.get("column", 0))
                pool[t].append((where, t, c.get("text", ""), fields(c), sentence))
    rng = random.Random(args.seed)
    print("where\ttype\tclaim\tfields\tsentence\tverdict\tnote")
    for t, rows in pool.items():
        print("# %s: %d claims, %d drawn" % (t, len(rows), min(args.per_type, len(rows))),
              file=sys.stderr)
        for row in rng.sample(rows, min(args.per_type, len(rows))):
            print("\t".join(x.replace("\t", " ").replace("\n", " ") for x in row) + "\t\t")


if __name__ == "__main__":
    main()
