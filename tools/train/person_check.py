#!/usr/bin/env python3
"""Prints, for hand-checking, the PERSON entities `factcheck extract
--analysis` finds in sampled headlines and body sentences.

  tools/train/person_check.py FACTCHECK [--seed=1] [--n=30] DIR...

Each DIR is searched for *.txt files (recursively). A headline is a file's
first sentence; a body sentence is any later sentence of at least eight
tokens. N of each are drawn with the seed (the same files and seed give the
same sample). Every line shows the sentence with each token tagged as a
person marked [like this], so that a reader can judge: is every marked span
a person, and is every honorific, sentence-initial word and headline word
that is not a person left unmarked?
"""
import argparse
import glob
import json
import os
import random
import subprocess
import sys


def sentences(binary, path):
    out = subprocess.run([binary, "extract", "--analysis", "--format=json", path],
                         capture_output=True, text=True, check=True).stdout
    doc = json.loads(out.splitlines()[0])
    for i, s in enumerate(doc.get("sentences", [])):
        a = s.get("analysis", {})
        yield i, s.get("kind", ""), a.get("tokens", []), a.get("entities", [])


def marked(tokens, entities):
    inside = {}
    for e in entities:
        if e["type"] == "PERSON":
            for t in range(e.get("firstToken", 0), e["endToken"]):
                inside[t] = True
    words, open_ = [], False
    for t, tok in enumerate(tokens):
        w = tok["text"]
        if inside.get(t) and not open_:
            w, open_ = "[" + w, True
        if open_ and not inside.get(t + 1):
            w, open_ = w + "]", False
        words.append(w)
    return " ".join(words)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("factcheck")
    p.add_argument("dirs", nargs="+")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--n", type=int, default=30)
    args = p.parse_args()
    files = sorted(f for d in args.dirs
                   for f in glob.glob(os.path.join(d, "**", "*.txt"), recursive=True))
    rng = random.Random(args.seed)
    rng.shuffle(files)
    heads, bodies = [], []
    for f in files:
        if len(heads) >= args.n and len(bodies) >= args.n:
            break
        body = []
        for i, kind, tokens, entities in sentences(args.factcheck, f):
            if i == 0 and len(heads) < args.n:
                heads.append((f, marked(tokens, entities)))
            elif i > 0 and len(tokens) >= 8:
                body.append((f, marked(tokens, entities)))
        if body and len(bodies) < args.n:
            bodies.append(rng.choice(body))
    for title, rows in (("HEADLINES", heads), ("BODY SENTENCES", bodies)):
        print("## " + title)
        for f, line in rows:
            print("%s\n    %s" % (os.path.relpath(f), line))


if __name__ == "__main__":
    sys.exit(main())
