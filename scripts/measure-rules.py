#!/usr/bin/env python3
"""Measure the precision and false-positive rate of Assay's rules on research corpora.

Runs the built `assay analyze --format json` on
  - the SemEval-2020 Task 11 propaganda corpus (<shared>/data/ptc-propaganda): per rule,
    how many findings overlap a labelled propaganda span (any technique, and the rule's own
    `technique` field), i.e. precision against the annotators' labels;
  - the BBC news corpus (<shared>/corpus/bbc-news.csv), neutral reporting: per rule, findings
    per 1,000 sentences, and the share of them inside double quotes (a quoted speaker, not
    the reporter, used the wording).
The corpora are research data and are never copied into the repository: they are written to
a temporary folder for the run and removed afterwards.

Label offsets index the raw article; findings index the normalised document `text`
(docs/analyze-json.md). Normalisation only changes whitespace (collapsed, paragraphs joined
by blank lines), so a raw offset maps to the normalised text through its index among the
non-whitespace characters. When the two texts differ otherwise (boilerplate removed, NFC),
each label is found instead by searching its words (any whitespace between them) nearest
to its expected position; labels found neither way are counted and left out.

Usage: python3 scripts/measure-rules.py [--assay .build/release/assay] [--shared ../shared]
                                        [--rules Rules/] [--limit N]
Standard library only.
"""

import argparse
import bisect
import collections
import csv
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# The `technique` field values of the framing pack ↔ the corpus's technique labels.
PTC_TECHNIQUE = {
    "loaded-language": "Loaded_Language",
    "name-calling": "Name_Calling,Labeling",
    "exaggeration": "Exaggeration,Minimisation",
    "appeal-to-fear": "Appeal_to_fear-prejudice",
    "flag-waving": "Flag-Waving",
    "doubt": "Doubt",
    "slogans": "Slogans",
    "appeal-to-authority": "Appeal_to_Authority",
    "black-and-white": "Black-and-White_Fallacy",
    "causal-oversimplification": "Causal_Oversimplification",
    "thought-terminating-cliche": "Thought-terminating_Cliches",
    "bandwagon": "Bandwagon,Reductio_ad_hitlerum",
    "repetition": "Repetition",
    "whataboutism": "Whataboutism,Straw_Men,Red_Herring",
}

WHITESPACE = re.compile(r"\s+")


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--assay", default=os.path.join(REPO, ".build/release/assay"),
                        help="the assay binary (default: .build/release/assay)")
    parser.add_argument("--shared", default=os.path.join(REPO, "../shared"),
                        help="the folder holding data/ and corpus/ (default: ../shared)")
    parser.add_argument("--rules", action="append", default=[],
                        help="a rule pack or folder passed to assay as --rules (repeatable)")
    parser.add_argument("--limit", type=int, default=None,
                        help="use only the first N documents of each corpus")
    return parser.parse_args()


def read_ptc(folder, limit):
    """Returns ({article id: raw text}, {article id: [(technique, start, end)]})."""
    names = sorted(n for n in os.listdir(os.path.join(folder, "articles"))
                   if n.startswith("article") and n.endswith(".txt"))[:limit]
    articles = {}
    for name in names:
        with open(os.path.join(folder, "articles", name), encoding="utf-8") as handle:
            articles[name[len("article"):-len(".txt")]] = handle.read()
    labels = collections.defaultdict(list)
    with open(os.path.join(folder, "labels.tsv"), encoding="utf-8") as handle:
        next(handle)
        for line in handle:
            article, technique, start, end = line.rstrip("\n").split("\t")
            if article in articles:
                labels[article].append((technique, int(start), int(end)))
    return articles, labels


def read_bbc(path, limit):
    csv.field_size_limit(sys.maxsize)
    with open(path, newline="", encoding="utf-8") as handle:
        rows = csv.reader(handle)
        next(rows)
        texts = [row[0] for row in rows if row]
    return texts[:limit]


def run_assay(assay, rules, texts):
    """Writes {name: text} as .txt files to a temporary folder, runs assay on it, and
    returns {name: document JSON}."""
    with tempfile.TemporaryDirectory(prefix="assay-measure-") as folder:
        for name, text in texts.items():
            with open(os.path.join(folder, name + ".txt"), "w", encoding="utf-8") as handle:
                handle.write(text)
        command = [assay, "analyze", "--format", "json"]
        for pack in rules:
            command += ["--rules", pack]
        command.append(folder)
        result = subprocess.run(command, capture_output=True, text=True)
        # 1: findings at or above --fail-on; 2: some input unreadable (reported in "errors").
        if result.returncode not in (0, 1, 2) or not result.stdout.strip():
            sys.exit(f"error: {' '.join(command)} exited {result.returncode}: "
                     f"{result.stderr.strip()[:500]}")
        output = json.loads(result.stdout)
    for error in output.get("errors", []):
        print(f"warning: assay could not read {error.get('source')}: {error.get('message')}",
              file=sys.stderr)
    return {os.path.splitext(os.path.basename(d["source"]))[0]: d for d in output["documents"]}


class LabelAligner:
    """Maps character offsets of a raw article to its normalised document text."""

    def __init__(self, raw, text):
        self.raw = raw
        self.text = text
        self.raw_positions = [i for i, c in enumerate(raw) if not c.isspace()]
        self.text_positions = [i for i, c in enumerate(text) if not c.isspace()]
        self.same_content = ([raw[i] for i in self.raw_positions]
                             == [text[i] for i in self.text_positions])

    def align(self, start, end):
        """The [start, end) of the raw span in the normalised text, or None."""
        first = bisect.bisect_left(self.raw_positions, start)
        last = bisect.bisect_left(self.raw_positions, end) - 1
        if first > last:
            return None
        if self.same_content:
            return self.text_positions[first], self.text_positions[last] + 1
        return self.search(start, end, first)

    def search(self, start, end, first):
        words = unicodedata.normalize("NFC", self.raw[start:end]).split()
        if not words:
            return None
        wanted = re.compile(r"\s+".join(re.escape(word) for word in words))
        expected = (self.text_positions[min(first, len(self.text_positions) - 1)]
                    if self.text_positions else 0)
        matches = [(match.start(), match.end()) for match in wanted.finditer(self.text)]
        return min(matches, key=lambda span: abs(span[0] - expected), default=None)


def technique_of(finding):
    return (finding.get("fields") or {}).get("technique")


class RuleFigures:
    def __init__(self):
        self.severity = ""
        self.technique = None
        self.ptc_hits = 0
        self.ptc_any = 0
        self.ptc_same = 0
        self.bbc_hits = 0
        self.bbc_quoted = 0

    def note(self, finding):
        self.severity = finding.get("severity", "")
        self.technique = technique_of(finding) or self.technique


def measure_ptc(documents, articles, labels, figures):
    aligned = missing = covered = characters = 0
    for article, raw in articles.items():
        document = documents.get(article)
        if document is None:
            continue
        text = document["text"]
        aligner = LabelAligner(raw, text)
        spans = []
        for technique, start, end in labels.get(article, []):
            span = aligner.align(start, end)
            if span is None:
                missing += 1
            else:
                aligned += 1
                spans.append((technique, span[0], span[1]))
        inside = bytearray(len(text))
        for _, start, end in spans:
            inside[start:end] = b"\x01" * (end - start)
        covered += sum(1 for i, c in enumerate(text) if inside[i] and not c.isspace())
        characters += len(aligner.text_positions)
        for finding in document.get("findings", []):
            rule = figures[finding["rule"]]
            rule.note(finding)
            rule.ptc_hits += 1
            overlapping = {t for t, s, e in spans if s < finding["end"] and finding["start"] < e}
            rule.ptc_any += bool(overlapping)
            rule.ptc_same += PTC_TECHNIQUE.get(technique_of(finding)) in overlapping
    return aligned, missing, (covered / characters if characters else 0.0)


def inside_quotes(text, sentence, start):
    """Whether an odd number of double quotes precede `start` in its sentence."""
    if sentence is None:
        return False
    before = text[sentence[0]:start]
    return (before.count('"') + before.count("\u201c") + before.count("\u201d")) % 2 == 1


def measure_bbc(documents, figures):
    sentences = 0
    for document in documents.values():
        text = document["text"]
        bounds = [(s["start"], s["end"]) for s in document.get("sentences", [])]
        starts = [b[0] for b in bounds]
        sentences += len(bounds)
        for finding in document.get("findings", []):
            rule = figures[finding["rule"]]
            rule.note(finding)
            rule.bbc_hits += 1
            index = bisect.bisect_right(starts, finding["start"]) - 1
            sentence = bounds[index] if index >= 0 else None
            rule.bbc_quoted += inside_quotes(text, sentence, finding["start"])
    return sentences


def ratio(part, whole):
    return f"{part / whole:.2f}" if whole else "–"


def report(figures, ptc_summary, bbc_sentences, ptc_count, bbc_count):
    aligned, missing, coverage = ptc_summary
    print(f"PTC: {ptc_count} articles, {aligned} labelled spans aligned, {missing} not aligned; "
          f"{coverage:.0%} of its non-space characters lie in some labelled span "
          f"(the precision a random span of one character would reach).")
    print(f"BBC: {bbc_count} articles, {bbc_sentences} sentences.\n")
    print("| rule | technique | severity | PTC hits | P(any) | P(own) | BBC hits | BBC /1k sent. | BBC quoted |")
    print("|---|---|---|---:|---:|---:|---:|---:|---:|")
    for name in sorted(figures):
        rule = figures[name]
        own = ratio(rule.ptc_same, rule.ptc_hits) if rule.technique in PTC_TECHNIQUE else "–"
        per_thousand = f"{1000 * rule.bbc_hits / bbc_sentences:.2f}" if bbc_sentences else "–"
        print(f"| {name} | {rule.technique or '–'} | {rule.severity} | {rule.ptc_hits} | "
              f"{ratio(rule.ptc_any, rule.ptc_hits)} | {own} | {rule.bbc_hits} | "
              f"{per_thousand} | {ratio(rule.bbc_quoted, rule.bbc_hits)} |")


def main():
    arguments = parse_arguments()
    ptc_folder = os.path.join(arguments.shared, "data", "ptc-propaganda")
    bbc_path = os.path.join(arguments.shared, "corpus", "bbc-news.csv")
    if not os.path.isdir(ptc_folder) or not os.path.isfile(bbc_path):
        print(f"skipped: the corpora are not here ({ptc_folder}, {bbc_path}); "
              f"pass --shared <folder holding data/ and corpus/>.")
        return 0
    if not os.access(arguments.assay, os.X_OK):
        print(f"error: no assay binary at {arguments.assay}; build it with "
              f"`swift build -c release` or pass --assay.", file=sys.stderr)
        return 2
    figures = collections.defaultdict(RuleFigures)
    articles, labels = read_ptc(ptc_folder, arguments.limit)
    ptc_documents = run_assay(arguments.assay, arguments.rules, articles)
    ptc_summary = measure_ptc(ptc_documents, articles, labels, figures)
    bbc_texts = {f"bbc{index:04d}": text
                 for index, text in enumerate(read_bbc(bbc_path, arguments.limit))}
    bbc_documents = run_assay(arguments.assay, arguments.rules, bbc_texts)
    bbc_sentences = measure_bbc(bbc_documents, figures)
    report(figures, ptc_summary, bbc_sentences, len(ptc_documents), len(bbc_documents))
    return 0


if __name__ == "__main__":
    sys.exit(main())
