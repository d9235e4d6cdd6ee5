#!/usr/bin/env python3
"""Evaluate `factcheck check` against the BUMP benchmark (Ma et al., ACL 2023).

usage: bump_eval.py [--factcheck PATH] [--bump DIR] [--limit N] [--json OUT]

  --factcheck PATH  the factcheck binary
                    (default: bazel-bin/tools/factcheck under the repo root)
  --bump DIR        folder holding task1_dataset.json and task2_dataset.json
                    (default: ../shared/external/bump relative to the repo root)
  --limit N         evaluate only the first N items of each task
  --json OUT        write every per-item result to OUT (JSON)

The repo root is the parent of this script's folder. Python 3 standard
library only.

For each BUMP item the article, the reference summary and the edited summary
are written (UTF-8) to a temporary folder as article.txt, reference.txt and
edited.txt, and one check is run with both drafts:

    factcheck check --sources=article.txt --format=json reference.txt edited.txt

Scoring (only conflict kinds at ERROR or WARNING count; UNSUPPORTED_CLAIM,
NAME_VARIANT and INFO findings are ignored):

- A reference summary is a FALSE ALARM if any conflict finding is located in
  reference.txt. The same article/reference pair recurs in many task 1 items,
  so the verdict is kept once per distinct pair (hash of article+reference),
  and the false-alarm rate is over distinct reference summaries.
- An edited summary is CAUGHT if a conflict finding in edited.txt overlaps the
  edit: the word-level diff (difflib.SequenceMatcher) of edited against
  reference, mapped to character ranges in edited.txt, widened to whole
  whitespace-delimited words, then converted to UTF-8 byte offsets and
  intersected with the finding's [begin, end) byte range. A pure deletion is
  located on the words either side of the deletion point.
- CAUGHT ANYWHERE: any conflict finding in edited.txt (secondary figure).
- BROKEN: exit code 2, any other unexpected exit code, a crash (signal), a
  timeout or unparsable output. Broken items count as not caught, and their
  reference verdict is not used.

Error types: task 1 uses corrected_error_type when present and non-empty,
else error_type; task 2 labels ("Extrinsic Entity") are normalised to the
task 1 spelling ("Extrinsic Entity Error"). The covered types are the Entity,
Circumstance and Predicate errors (intrinsic and extrinsic).

What an edit changed: the words it replaced and the words it wrote are
classed, first match wins, as negation ("not", "never", "n't", ...),
date (a year, a month or weekday of claims/data/words.textproto, or a
lowercase time word such as "days" or "yesterday"), number (digits or a
number word), place (a whole place name, alias, adjective or capital of
claims/data/countries.textproto), name (a capitalised word that is not a
lexicon stopword; at the start of a sentence only if the texts also
capitalise it inside a sentence), else other. The issue's target is the
recall on covered types whose edit is not "other" (TARGET).
"""

import argparse
import collections
import concurrent.futures
import difflib
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time

CONFLICT_KINDS = frozenset([
    "ROLE_CONFLICT", "QUANTITY_CONFLICT", "DATE_CONFLICT", "LOCATION_CONFLICT",
    "QUOTE_MISATTRIBUTED", "QUOTE_ALTERED", "POLARITY_CONFLICT",
])
COUNTED_SEVERITIES = frozenset(["ERROR", "WARNING"])
WORKERS = 2
TIMEOUT_SECONDS = 120

ENTITY_CIRCUMSTANCE = [
    "Intrinsic Entity Error", "Extrinsic Entity Error",
    "Intrinsic Circumstance Error", "Extrinsic Circumstance Error",
]
PREDICATE = ["Intrinsic Predicate Error", "Extrinsic Predicate Error"]
TYPE_ORDER = ENTITY_CIRCUMSTANCE + PREDICATE + ["Coreference Error", "Other"]

TOKEN_RE = re.compile(r"\w+|[^\w\s]", re.UNICODE)


def repo_root():
    return os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def normalise_type(label):
    label = (label or "").strip()
    if not label:
        return "Unknown"
    if label.lower() == "other":
        return "Other"
    if not label.endswith("Error"):
        label += " Error"
    return label


def item_type(item):
    corrected = item.get("corrected_error_type")
    if isinstance(corrected, str) and corrected.strip():
        return normalise_type(corrected)
    return normalise_type(item.get("error_type"))


def tokens(text):
    return [(m.group(0), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]


def widen(text, start, end):
    """Widens [start, end) to whole whitespace-delimited words."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


def edit_ranges(reference, edited, changed=None):
    """Character ranges of `edited` that differ from `reference` (merged).

    When `changed` is a list, the (reference words, edited words) of each
    differing stretch are appended to it.
    """
    ref_toks = tokens(reference)
    ed_toks = tokens(edited)
    matcher = difflib.SequenceMatcher(
        None, [t[0] for t in ref_toks], [t[0] for t in ed_toks],
        autojunk=False)
    ranges = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if changed is not None:
            changed.append(([t[0] for t in ref_toks[i1:i2]],
                            [t[0] for t in ed_toks[j1:j2]],
                            i1 == 0 or ref_toks[i1 - 1][0] in ".!?\"'"))
        if j2 > j1:
            start, end = ed_toks[j1][1], ed_toks[j2 - 1][2]
        else:  # deletion: the words either side of the deletion point
            left = ed_toks[j1 - 1] if j1 > 0 else None
            right = ed_toks[j1] if j1 < len(ed_toks) else None
            if left is None and right is None:
                continue
            start = (left or right)[1]
            end = (right or left)[2]
        ranges.append(widen(edited, start, end))
    if not ranges and reference != edited:
        # Differences in whitespace only: fall back to the character diff.
        cm = difflib.SequenceMatcher(None, reference, edited, autojunk=False)
        for tag, _i1, _i2, j1, j2 in cm.get_opcodes():
            if tag != "equal":
                ranges.append(widen(edited, j1, max(j2, j1 + 1)
                                    if j1 < len(edited) else j2))
    ranges.sort()
    merged = []
    for start, end in ranges:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


# What an edit changed, from the words it replaced and the words it wrote.
# The target counts edits of names, numbers, dates and times, places
# and negation; "other" (common nouns, verbs, adjectives) is reported apart.
EDIT_CLASSES = ["negation", "number", "date", "place", "name", "other"]
COVERED_CLASSES = EDIT_CLASSES[:-1]
NEGATION_WORDS = frozenset([
    "not", "t", "never", "no", "none", "nobody", "nothing", "neither", "nor",
    "without", "cannot", "nt",
])
TIME_WORDS = frozenset([
    "yesterday", "today", "tomorrow", "tonight", "morning", "afternoon",
    "evening", "night", "overnight", "week", "weeks", "weekend", "month",
    "months", "year", "years", "decade", "decades", "century", "ago",
    "hour", "hours", "minute", "minutes", "day", "days", "daily", "weekly",
    "annual", "annually", "earlier", "later", "last", "next", "previous",
    "second", "seconds", "am", "pm", "a.m", "p.m",
])
YEAR_RE = re.compile(r"^(1[89]|20)\d\d(s)?$")


class Vocabulary(object):
    """The general word lists of claims/data, read with regular expressions."""

    def __init__(self, data_dir):
        words = self._read(os.path.join(data_dir, "words.textproto"))
        places = self._read(os.path.join(data_dir, "countries.textproto"))
        self.number_words = set(
            w.lower() for w in re.findall(
                r'number_words\s*\{\s*word:\s*"([^"]+)"', words))
        self.time_words = set()
        for block in re.findall(r"(?:months|weekdays)\s*\{([^}]*)\}", words):
            for w in re.findall(r'(?:name|abbreviations):\s*"([^"]+)"', block):
                self.time_words.add(w.rstrip("."))
        self.stopwords = set(re.findall(r'stopwords:\s*"([^"]+)"', words))
        # Whole place names as word tuples ("New", "York"), without a
        # leading "the".
        self.place_names = set()
        for field in ("name", "aliases", "adjectives", "demonyms", "capital"):
            for w in re.findall(field + r':\s*"([^"]+)"', places):
                parts = tuple(re.findall(r"\w+", w))
                if parts and parts[0].lower() == "the":
                    parts = parts[1:]
                if parts and parts[0][:1].isupper():
                    self.place_names.add(parts)
        self.longest_place = max((len(p) for p in self.place_names), default=0)

    @staticmethod
    def _read(path):
        try:
            with open(path, encoding="utf-8") as f:
                return f.read()
        except OSError:
            return ""

    def classify(self, changed, texts):
        """The class of an edit from its (reference, edited, at_start) parts.

        A capitalised word that starts a sentence is a name only if `texts`
        (article and summaries) also capitalise it inside a sentence.
        """
        def capitalised_inside(word):
            return re.search(r"[a-z0-9,;]\s+" + re.escape(word) + r"\b",
                             texts) is not None

        found = set()
        for ref_words, ed_words, at_start in changed:
            for side in (ref_words, ed_words):
                for i in range(len(side)):
                    for n in range(1, self.longest_place + 1):
                        if tuple(side[i:i + n]) in self.place_names:
                            found.add("place")
            for k, word in enumerate(ref_words + ed_words):
                low = word.lower()
                first = at_start and (k == 0 or k == len(ref_words))
                if low in NEGATION_WORDS or low.endswith("n't"):
                    found.add("negation")
                elif YEAR_RE.match(word) or word in self.time_words or (
                        low in TIME_WORDS and (word == low or first)):
                    found.add("date")
                elif any(c.isdigit() for c in word) or (
                        low in self.number_words):
                    found.add("number")
                elif word[:1].isupper() and not (
                        first and (word in self.stopwords
                                   or not capitalised_inside(word))):
                    found.add("name")
        for cls in EDIT_CLASSES:
            if cls in found:
                return cls
        return "other"


def byte_offset(text, char_index):
    return len(text[:char_index].encode("utf-8"))


def line_byte_ranges(text):
    """[begin, end) byte range of each line of `text`, 1-based by index+1."""
    out = []
    pos = 0
    for line in text.encode("utf-8").split(b"\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def finding_byte_range(finding, text):
    """The finding's [begin, end) byte range in its draft."""
    loc = finding.get("location") or {}
    has_end = "end" in loc
    begin = int(loc.get("begin", 0) or 0)
    end = int(loc.get("end", 0) or 0)
    if has_end and end >= begin:
        return begin, end
    # No byte range: fall back to the lines it names.
    lines = line_byte_ranges(text)
    first = int(loc.get("line", 1) or 1)
    last = int(loc.get("endLine", first) or first)
    first = min(max(first, 1), len(lines))
    last = min(max(last, first), len(lines))
    return lines[first - 1][0], lines[last - 1][1]


def overlaps(frange, eranges):
    fb, fe = frange
    for eb, ee in eranges:
        if fe > fb:
            if fb < ee and eb < fe:
                return True
        elif eb <= fb < ee or fb == ee:  # zero-width finding: a point
            return True
    return False


def is_counted(finding):
    return (finding.get("kind") in CONFLICT_KINDS
            and finding.get("severity") in COUNTED_SEVERITIES)


def finding_path(finding):
    return os.path.basename((finding.get("location") or {}).get("path", ""))


def brief(finding, frange=None):
    out = {
        "kind": finding.get("kind"),
        "severity": finding.get("severity"),
        "pass": finding.get("pass", ""),
        "message": finding.get("message"),
        "text": finding.get("text"),
    }
    if frange is not None:
        out["begin"], out["end"] = frange
    return out


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def run_item(factcheck, vocabulary, job):
    """Runs one check of reference.txt and edited.txt against article.txt."""
    item = job["item"]
    article = item.get("article") or ""
    reference = item.get("reference_summary") or ""
    edited = item.get("edited_summary") or ""
    result = {
        "task": job["task"],
        "index": job["index"],
        "id": item.get("id"),
        "article_id": item.get("article_id"),
        "error_type": job["type"],
        "ref_hash": job["ref_hash"],
        "reference_summary": reference,
        "edited_summary": edited,
        "status": "ok",
        "exit_code": None,
        "stderr": "",
        "caught": False,
        "caught_anywhere": False,
        "false_alarm": None,
    }
    changed = []
    eranges = edit_ranges(reference, edited, changed)
    result["edit_class"] = vocabulary.classify(
        changed, "\n".join([article, reference, edited]))
    ebytes = [(byte_offset(edited, s), byte_offset(edited, e))
              for s, e in eranges]
    result["edit_chars"] = eranges
    result["edit_bytes"] = ebytes
    result["edit_text"] = [edited[s:e] for s, e in eranges]
    result["no_edit"] = reference == edited

    with tempfile.TemporaryDirectory(prefix="bump_eval_") as tmp:
        write(os.path.join(tmp, "article.txt"), article)
        write(os.path.join(tmp, "reference.txt"), reference)
        write(os.path.join(tmp, "edited.txt"), edited)
        cmd = [factcheck, "check", "--sources=article.txt", "--format=json",
               "reference.txt", "edited.txt"]
        try:
            proc = subprocess.run(cmd, cwd=tmp, capture_output=True,
                                  timeout=TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            result["status"] = "timeout"
            return result
        except OSError as e:
            result["status"] = "crash"
            result["stderr"] = str(e)
            return result
    result["exit_code"] = proc.returncode
    result["stderr"] = proc.stderr.decode("utf-8", "replace")[-2000:]
    if proc.returncode == 2:
        result["status"] = "input_error"
        return result
    if proc.returncode not in (0, 1):
        result["status"] = "crash"
        return result
    try:
        report = json.loads(proc.stdout.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        result["status"] = "bad_output"
        result["stderr"] = ("%s\n%s" % (e, result["stderr"]))[-2000:]
        return result

    ref_findings, ed_findings, ed_caught = [], [], []
    for finding in report.get("findings") or []:
        if not is_counted(finding):
            continue
        path = finding_path(finding)
        if path == "reference.txt":
            ref_findings.append(
                brief(finding, finding_byte_range(finding, reference)))
        elif path == "edited.txt":
            frange = finding_byte_range(finding, edited)
            ed_findings.append(brief(finding, frange))
            if overlaps(frange, ebytes):
                ed_caught.append(brief(finding, frange))
    result["reference_findings"] = ref_findings
    result["edited_findings"] = ed_findings
    result["caught"] = bool(ed_caught)
    result["caught_anywhere"] = bool(ed_findings)
    result["false_alarm"] = bool(ref_findings)
    return result


def load_jobs(bump, limit):
    jobs = []
    for task in ("task1", "task2"):
        path = os.path.join(bump, task + "_dataset.json")
        with open(path, encoding="utf-8") as f:
            items = json.load(f)
        if limit is not None:
            items = items[:limit]
        for index, item in enumerate(items):
            key = hashlib.sha256(
                (item.get("article") or "").encode("utf-8") + b"\0"
                + (item.get("reference_summary") or "").encode("utf-8")
            ).hexdigest()
            jobs.append({"task": task, "index": index, "item": item,
                         "type": item_type(item), "ref_hash": key})
    return jobs


def pct(num, den):
    return "%5.1f%%" % (100.0 * num / den) if den else "    - "


def type_key(t):
    return (TYPE_ORDER.index(t) if t in TYPE_ORDER else len(TYPE_ORDER), t)


def print_table(title, results):
    print(title)
    header = "  %-30s %6s %7s %8s %9s %9s %7s" % (
        "error type", "items", "caught", "recall", "anywhere", "anywhere%",
        "broken")
    print(header)
    print("  " + "-" * (len(header) - 2))
    by_type = collections.defaultdict(list)
    for r in results:
        by_type[r["error_type"]].append(r)
    rows = [(t, by_type[t]) for t in sorted(by_type, key=type_key)]
    rows.append(("ALL", results))
    for name, rs in rows:
        n = len(rs)
        caught = sum(r["caught"] for r in rs)
        anywhere = sum(r["caught_anywhere"] for r in rs)
        broken = sum(r["status"] != "ok" for r in rs)
        print("  %-30s %6d %7d %8s %9d %9s %7d" % (
            name, n, caught, pct(caught, n), anywhere, pct(anywhere, n),
            broken))
    print()


def summary_line(label, rs):
    n = len(rs)
    caught = sum(r["caught"] for r in rs)
    anywhere = sum(r["caught_anywhere"] for r in rs)
    return "  %-44s %4d/%-4d = %s   (anywhere %4d = %s)" % (
        label, caught, n, pct(caught, n), anywhere, pct(anywhere, n))


def main(argv=None):
    root = repo_root()
    parser = argparse.ArgumentParser(
        description="Evaluate factcheck against the BUMP benchmark.")
    parser.add_argument("--factcheck", metavar="PATH",
                        default=os.path.join(root, "bazel-bin", "tools",
                                             "factcheck"),
                        help="factcheck binary (default: %(default)s)")
    parser.add_argument("--bump", metavar="DIR",
                        default=os.path.normpath(
                            os.path.join(root, "..", "shared", "external",
                                         "bump")),
                        help="BUMP data folder (default: %(default)s)")
    parser.add_argument("--limit", type=int, default=None, metavar="N",
                        help="only the first N items of each task")
    parser.add_argument("--json", dest="json_out", default=None, metavar="OUT",
                        help="write per-item results to this file")
    args = parser.parse_args(argv)

    factcheck = os.path.abspath(args.factcheck)
    if not os.access(factcheck, os.X_OK):
        print("bump_eval: no executable factcheck at %s" % factcheck,
              file=sys.stderr)
        return 2
    jobs = load_jobs(args.bump, args.limit)
    vocabulary = Vocabulary(os.path.join(root, "claims", "data"))

    start = time.monotonic()
    results = [None] * len(jobs)
    with concurrent.futures.ThreadPoolExecutor(max_workers=WORKERS) as pool:
        futures = {pool.submit(run_item, factcheck, vocabulary, job): i
                   for i, job in enumerate(jobs)}
        for future in concurrent.futures.as_completed(futures):
            results[futures[future]] = future.result()
    elapsed = time.monotonic() - start

    # Reference verdicts: one per distinct article+reference pair. The first
    # item (in dataset order) that ran cleanly gives the verdict; a later run
    # that disagrees is counted as an inconsistency.
    verdicts = collections.OrderedDict()
    inconsistent = set()
    for r in results:
        if r["status"] != "ok":
            continue
        key = r["ref_hash"]
        if key not in verdicts:
            verdicts[key] = r
        elif verdicts[key]["false_alarm"] != r["false_alarm"]:
            inconsistent.add(key)
    all_keys = {r["ref_hash"] for r in results}
    tasks_of = collections.defaultdict(set)
    for r in results:
        tasks_of[r["ref_hash"]].add(r["task"])

    print("factcheck: %s" % factcheck)
    print("BUMP:      %s" % os.path.abspath(args.bump))
    print()
    for task in ("task1", "task2"):
        print_table("%s (edited summaries)" % task,
                    [r for r in results if r["task"] == task])
    print_table("both tasks (edited summaries)", results)

    print("Recall on covered types (caught = finding overlaps the edit)")
    for task in ("task1", "task2", None):
        rs = results if task is None else [r for r in results
                                           if r["task"] == task]
        tag = task or "both"
        print(summary_line("%s Entity+Circumstance" % tag,
                           [r for r in rs
                            if r["error_type"] in ENTITY_CIRCUMSTANCE]))
        print(summary_line("%s Predicate" % tag,
                           [r for r in rs if r["error_type"] in PREDICATE]))
        print(summary_line("%s Entity+Circumstance+Predicate" % tag,
                           [r for r in rs
                            if r["error_type"] in ENTITY_CIRCUMSTANCE
                            + PREDICATE]))
    print()

    covered = [r for r in results
               if r["error_type"] in ENTITY_CIRCUMSTANCE + PREDICATE]
    print("Recall by what the edit changed (Entity, Circumstance and "
          "Predicate edits)")
    for cls in EDIT_CLASSES:
        print(summary_line(cls, [r for r in covered
                                 if r["edit_class"] == cls]))
    for task in ("task1", "task2", None):
        print(summary_line(
            "%s TARGET (all but other)" % (task or "both"),
            [r for r in covered if r["edit_class"] in COVERED_CLASSES
             and (task is None or r["task"] == task)]))
    print()

    print("False alarms on distinct reference summaries "
          "(any conflict finding in reference.txt)")
    for task in ("task1", "task2", None):
        keys = [k for k in verdicts
                if task is None or task in tasks_of[k]]
        fa = sum(verdicts[k]["false_alarm"] for k in keys)
        nfind = sum(len(verdicts[k]["reference_findings"]) for k in keys)
        print("  %-10s %4d/%-4d = %s   (%d conflict findings)" % (
            task or "both", fa, len(keys), pct(fa, len(keys)), nfind))
    if len(verdicts) != len(all_keys):
        print("  %d distinct references had no clean run (broken)"
              % (len(all_keys) - len(verdicts)))
    if inconsistent:
        print("  %d references got different verdicts on different runs"
              % len(inconsistent))
    print()

    broken = collections.Counter(r["status"] for r in results
                                 if r["status"] != "ok")
    no_edit = sum(r["no_edit"] for r in results)
    print("Runs: %d items, %d distinct article+reference pairs; broken: %s"
          % (len(results), len(all_keys),
             ", ".join("%s %d" % kv for kv in sorted(broken.items()))
             or "none"))
    if no_edit:
        print("Items whose edited summary equals the reference: %d" % no_edit)
    print("Elapsed: %.1f s (%d workers)" % (elapsed, WORKERS))

    if args.json_out:
        out = {
            "factcheck": factcheck,
            "bump": os.path.abspath(args.bump),
            "elapsed_seconds": elapsed,
            "items": results,
            "references": [
                {"ref_hash": k, "task": r["task"], "index": r["index"],
                 "reference_summary": r["reference_summary"],
                 "false_alarm": r["false_alarm"],
                 "findings": r["reference_findings"],
                 "inconsistent": k in inconsistent}
                for k, r in verdicts.items()
            ],
        }
        with open(args.json_out, "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
