#!/usr/bin/env python3
"""Builds claims/data/wordnet.textproto from Debian's WordNet (wordnet-base).

Usage:
    python3 tools/train/wordnet_lexicon.py [--wordnet /usr/share/wordnet]
        [--out claims/data/wordnet.textproto]

The output is a factcheck.LexiconFile (proto/lexicon.proto) with three
kinds of entry, all single lowercase words:

  verb_classes  verbs whose most frequent sense (WordNet's sense 1) is the
                same synset: "meet" and "encounter" (sense 1 of both is
                "come together"). Comparison treats two predicates of one
                class as one predicate. Only a verb's first sense counts,
                so that rare senses ("meet" as "satisfy") join nothing.
  derivations   a noun and the verb it derives from or to, read from the
                derivational pointers ("+") of the noun's first senses:
                "meeting" -> "meet", "resignation" -> "resign". A value
                that qualifies an event noun ("their only encounter in
                2021") belongs to that verb.
  antonyms      verb pairs WordNet marks as opposites ("!") in their first
                senses: "win" / "lose".
  speaker_nouns nouns one of whose first senses is a person, a group or a
                communication ("spokesman", "police", "statement"): the
                subject of a said-verb that can speak.
  place_nouns   nouns one of whose first senses is a location, a natural
                object or an artifact ("area", "suburb", "coast",
                "airport"): a place name that modifies one of them ("in the
                Chicago suburbs") is still where something is, one that
                modifies any other noun ("in U.S. history") is not.

The same WordNet files give the same bytes: entries are sorted, and nothing
depends on time or the machine. Install the data with
`apt-get install wordnet-base` (tools/setup.sh does).
"""

import argparse
import collections
import os
import sys

# Senses of a lemma read for derivations and antonyms (WordNet orders
# senses by frequency in its tagged corpus).
FIRST_SENSES = 2

# Lexicographer files of nouns that name events: noun.act, noun.communication,
# noun.event, noun.group ("meeting"), noun.process. Not noun.person
# ("killer"), noun.artifact ("poster"), noun.possession ("postage").
EVENT_NOUN_FILES = {"04", "10", "11", "14", "22"}


def read_index(path):
    """lemma -> list of synset offsets, most frequent sense first."""
    senses = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split()
            lemma = fields[0]
            p_cnt = int(fields[3])
            synset_cnt = int(fields[2])
            offsets = fields[4 + p_cnt + 2:]
            senses[lemma] = offsets[:synset_cnt]
    return senses


def read_data(path):
    """offset -> (words, pointers, lexicographer file); pointers are
    (symbol, offset, pos, src, dst)."""
    synsets = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split(" | ")[0].split()
            offset = fields[0]
            w_cnt = int(fields[3], 16)
            words = [fields[4 + 2 * i].lower() for i in range(w_cnt)]
            words = [w.split("(")[0] for w in words]  # "a(p)" markers of adjectives
            k = 4 + 2 * w_cnt
            p_cnt = int(fields[k])
            pointers = []
            for i in range(p_cnt):
                sym, off, pos, st = fields[k + 1 + 4 * i: k + 5 + 4 * i]
                pointers.append((sym, off, pos, int(st[:2], 16), int(st[2:], 16)))
            synsets[offset] = (words, pointers, fields[1])
    return synsets


def single_word(lemma):
    return lemma.isalpha() and lemma.islower()


def verb_classes(verb_index, verbs):
    classes = collections.defaultdict(list)
    for lemma, offsets in verb_index.items():
        if single_word(lemma) and offsets:
            classes[offsets[0]].append(lemma)
    return sorted((k, sorted(v)) for k, v in classes.items() if len(v) >= 2)


def common_prefix(a, b):
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def derivations(noun_index, nouns, verbs):
    out = []
    for lemma, offsets in noun_index.items():
        if not single_word(lemma):
            continue
        candidates = []
        for offset in offsets[:FIRST_SENSES]:
            words, pointers, lexfile = nouns[offset]
            if lemma not in words or lexfile not in EVENT_NOUN_FILES:
                continue
            me = words.index(lemma) + 1
            for sym, off, pos, src, dst in pointers:
                if sym != "+" or pos != "v" or src != me:
                    continue
                verb = verbs[off][0][dst - 1]
                if single_word(verb):
                    candidates.append(verb)
            if candidates:
                break
        if candidates:
            best = max(candidates, key=lambda v: (common_prefix(v, lemma), -len(v), v))
            if common_prefix(best, lemma) >= 3:
                out.append((lemma, best))
    return sorted(out)


# Lexicographer files of nouns that can say something: noun.communication
# ("statement", "letter"), noun.group ("committee", "police"), noun.person
# ("spokesman").
SPEAKER_NOUN_FILES = {"10", "14", "18"}


def speaker_nouns(noun_index, nouns):
    """Single-word nouns with one of their FIRST_SENSES in
    SPEAKER_NOUN_FILES ("office": a place, then an administrative unit)."""
    out = []
    for lemma, offsets in noun_index.items():
        if single_word(lemma) and any(nouns[o][2] in SPEAKER_NOUN_FILES
                                      for o in offsets[:FIRST_SENSES]):
            out.append(lemma)
    return sorted(out)


# Lexicographer files of nouns a place name can modify and still be a
# place: noun.artifact ("airport"), noun.location ("area"), noun.object
# ("coast").
PLACE_NOUN_FILES = {"06", "15", "17"}


def place_nouns(noun_index, nouns):
    """Single-word nouns with one of their FIRST_SENSES in PLACE_NOUN_FILES."""
    out = []
    for lemma, offsets in noun_index.items():
        if single_word(lemma) and any(nouns[o][2] in PLACE_NOUN_FILES
                                      for o in offsets[:FIRST_SENSES]):
            out.append(lemma)
    return sorted(out)


def antonyms(verb_index, verbs):
    pairs = set()
    for lemma, offsets in verb_index.items():
        if not single_word(lemma):
            continue
        for offset in offsets[:FIRST_SENSES]:
            words, pointers, _ = verbs[offset]
            me = words.index(lemma) + 1 if lemma in words else 0
            for sym, off, pos, src, dst in pointers:
                if sym != "!" or pos != "v" or src != me:
                    continue
                other = verbs[off][0][dst - 1]
                if single_word(other) and other != lemma:
                    pairs.add(tuple(sorted((lemma, other))))
    return sorted(pairs)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--out", default="claims/data/wordnet.textproto")
    args = parser.parse_args()
    try:
        verb_index = read_index(os.path.join(args.wordnet, "index.verb"))
        noun_index = read_index(os.path.join(args.wordnet, "index.noun"))
        verbs = read_data(os.path.join(args.wordnet, "data.verb"))
        nouns = read_data(os.path.join(args.wordnet, "data.noun"))
    except OSError as e:
        sys.exit(f"wordnet_lexicon.py: {e.filename}: {e.strerror} "
                 "(install it with: apt-get install wordnet-base)")
    classes = verb_classes(verb_index, verbs)
    derived = derivations(noun_index, nouns, verbs)
    opposite = antonyms(verb_index, verbs)
    speakers = speaker_nouns(noun_index, nouns)
    places = place_nouns(noun_index, nouns)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# proto-file: proto/lexicon.proto\n# proto-message: LexiconFile\n#\n")
        f.write("# Generated by tools/train/wordnet_lexicon.py from WordNet 3.0\n")
        f.write("# (Debian wordnet-base); do not edit. WordNet is (c) Princeton\n")
        f.write("# University, under the WordNet licence (/usr/share/doc/wordnet-base).\n")
        for key, lemmas in classes:
            f.write('verb_classes { key: "%s" verbs: [%s] }\n'
                    % (key, ", ".join('"%s"' % w for w in lemmas)))
        for noun, verb in derived:
            f.write('derivations { noun: "%s" verb: "%s" }\n' % (noun, verb))
        for a, b in opposite:
            f.write('verb_antonyms { first: "%s" second: "%s" }\n' % (a, b))
        for i in range(0, len(speakers), 10):
            f.write("speaker_nouns: [%s]\n" % ", ".join('"%s"' % w for w in speakers[i:i + 10]))
        for i in range(0, len(places), 10):
            f.write("place_nouns: [%s]\n" % ", ".join('"%s"' % w for w in places[i:i + 10]))
    print(f"{args.out}: {len(classes)} verb classes, {len(derived)} derivations, "
          f"{len(opposite)} antonym pairs, {len(speakers)} speaker nouns, "
          f"{len(places)} place nouns", file=sys.stderr)


if __name__ == "__main__":
    main()
