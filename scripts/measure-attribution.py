#!/usr/bin/env python3
"""Measure the attribution recognizer's source and cue spans against PolNeAR, and its rates on
neutral news.

  - PolNeAR (<shared>/data/polnear/<split>): every `Source` and `Cue` span the annotators
    marked, against the `source` and `cue` of Assay's attribution findings. A found span
    that overlaps a gold span of its kind is a hit (precision); a gold span overlapped by a
    found one is recalled (recall). Articles annotated twice use their first annotation
    (sorted by file name). Measure on `dev`; learn and tune on `train` only.
  - BBC news (<shared>/corpus/bbc-news.csv): attribution findings per 1,000 sentences, by
    rule and by sourceType (--bbc).

The corpora are research data and are never copied into the repository. The script skips
with a message when they are absent.

Usage: python3 scripts/measure-attribution.py [--split dev] [--assay .build/release/assay]
           [--shared ../shared] [--rules Rules/] [--limit N] [--bbc] [--misses FILE]
Standard library only.
"""

import argparse
import collections
import importlib.util
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load_measure_rules():
    spec = importlib.util.spec_from_file_location(
        "measure_rules", os.path.join(REPO, "scripts", "measure-rules.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


MEASURE = load_measure_rules()


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="dev", help="the PolNeAR split to measure (default: dev)")
    parser.add_argument("--assay", default=os.path.join(REPO, ".build/release/assay"))
    parser.add_argument("--shared", default=os.path.join(REPO, "../shared"))
    parser.add_argument("--rules", action="append", default=[])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--bbc", action="store_true", help="also measure rates on the BBC corpus")
    parser.add_argument("--misses", help="write missed and spurious spans to this file (train only)")
    return parser.parse_args()


def read_polnear(folder, limit):
    """Returns ({name: raw text}, {name: {"Source": [(start, end)], "Cue": [...]}})."""
    texts = {}
    for name in sorted(os.listdir(os.path.join(folder, "text")))[:limit]:
        if name.endswith(".txt"):
            with open(os.path.join(folder, "text", name), encoding="utf-8") as handle:
                texts[name[:-4]] = handle.read()
    gold = {}
    for name in sorted(os.listdir(os.path.join(folder, "attributions"))):
        article = name.rsplit("_", 1)[0]
        if article not in texts or article in gold:
            continue
        spans = collections.defaultdict(list)
        with open(os.path.join(folder, "attributions", name), encoding="utf-8") as handle:
            for line in handle:
                parts = line.rstrip("\n").split("\t")
                if len(parts) < 2 or not parts[0].startswith("T"):
                    continue
                kind, *offsets = parts[1].split(" ")
                if kind in ("Source", "Cue"):
                    # A discontinuous span is written "start end;start end": keep its extent.
                    numbers = [int(n) for piece in " ".join(offsets).split(";") for n in piece.split()]
                    spans[kind].append((min(numbers), max(numbers)))
        gold[article] = spans
    return texts, gold


def located(text, finding, value):
    """The [start, end) of a field's value inside the finding's match, or None."""
    if not isinstance(value, str) or not value:
        return None
    start, end = finding["start"], finding["end"]
    # A source or cue opens or closes the match ("he said", "said the minister"); else a whole word inside it.
    if text.startswith(value, start):
        return start, start + len(value)
    if text.endswith(value, start, end):
        return end - len(value), end
    match = re.compile(r"(?<!\w)" + re.escape(value) + r"(?!\w)").search(text, start, end)
    return (match.start(), match.end()) if match else None


def found_spans(document):
    """{"Source": {(start, end)}, "Cue": {...}} of the document's attribution findings."""
    spans = {"Source": set(), "Cue": set()}
    text = document["text"]
    for finding in document.get("findings", []):
        if finding.get("category") != "attribution":
            continue
        fields = finding.get("fields") or {}
        for kind, field in (("Source", "source"), ("Cue", "cue")):
            span = located(text, finding, fields.get(field))
            if span:
                spans[kind].add(span)
    return spans


def overlaps(span, spans):
    return any(span[0] < end and start < span[1] for start, end in spans)


def measure_polnear(documents, texts, gold, misses):
    counts = {kind: collections.Counter() for kind in ("Source", "Cue")}
    unaligned = 0
    for article, raw in texts.items():
        document = documents.get(article)
        if document is None:
            continue
        text = document["text"]
        aligner = MEASURE.LabelAligner(raw, text)
        found = found_spans(document)
        for kind in ("Source", "Cue"):
            truth = []
            for start, end in gold.get(article, {}).get(kind, []):
                span = aligner.align(start, end)
                if span is None:
                    unaligned += 1
                else:
                    truth.append(span)
            recalled = [span for span in truth if overlaps(span, found[kind])]
            hits = [span for span in found[kind] if overlaps(span, truth)]
            counts[kind].update(gold=len(truth), recalled=len(recalled), found=len(found[kind]), hits=len(hits))
            if misses is not None:
                for span in truth:
                    if not overlaps(span, found[kind]):
                        misses.write(f"MISS\t{kind}\t{article}\t{context(text, span)}\n")
                for span in found[kind]:
                    if not overlaps(span, truth):
                        misses.write(f"SPURIOUS\t{kind}\t{article}\t{context(text, span)}\n")
    return counts, unaligned


def context(text, span):
    start, end = span
    before = text[max(0, start - 80):start].replace("\n", " ").replace("\t", " ")
    after = text[end:end + 60].replace("\n", " ").replace("\t", " ")
    return f"{before}⟦{text[start:end]}⟧{after}"


def figures(counter):
    precision = counter["hits"] / counter["found"] if counter["found"] else 0.0
    recall = counter["recalled"] / counter["gold"] if counter["gold"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def measure_bbc(assay, rules, path, limit):
    texts = {f"bbc{index:04d}": text for index, text in enumerate(MEASURE.read_bbc(path, limit))}
    documents = MEASURE.run_assay(assay, rules, texts)
    sentences = sum(len(d.get("sentences", [])) for d in documents.values())
    by_rule = collections.Counter()
    by_type = collections.Counter()
    for document in documents.values():
        attributions = set()
        for finding in document.get("findings", []):
            if finding.get("category") != "attribution":
                continue
            by_rule[finding["rule"]] += 1
            fields = finding.get("fields") or {}
            kind = fields.get("sourceType")
            attributions.add((finding["start"], finding["end"], f"{kind} (continued)" if fields.get("continued") else kind))
        by_type.update(kind for _, _, kind in attributions)
    print(f"\nBBC: {len(documents)} articles, {sentences} sentences; attribution findings per 1,000 sentences")
    print("| rule or sourceType | count | per 1k sentences |")
    print("|---|---:|---:|")
    for name, count in sorted(by_rule.items()):
        print(f"| {name} | {count} | {1000 * count / sentences:.1f} |")
    for name, count in sorted(by_type.items(), key=lambda item: str(item[0])):
        print(f"| sourceType {name} | {count} | {1000 * count / sentences:.1f} |")


def main():
    arguments = parse_arguments()
    folder = os.path.join(arguments.shared, "data", "polnear", arguments.split)
    if not os.path.isdir(folder):
        print(f"skipped: PolNeAR is not here ({folder}); pass --shared <folder holding data/>.")
        return 0
    if not os.access(arguments.assay, os.X_OK):
        print(f"error: no assay binary at {arguments.assay}; build it with "
              f"`swift build -c release --product assay` or pass --assay.", file=sys.stderr)
        return 2
    texts, gold = read_polnear(folder, arguments.limit)
    documents = MEASURE.run_assay(arguments.assay, arguments.rules, texts)
    misses = open(arguments.misses, "w", encoding="utf-8") if arguments.misses else None
    counts, unaligned = measure_polnear(documents, texts, gold, misses)
    if misses:
        misses.close()
    print(f"PolNeAR {arguments.split}: {len(documents)} articles ({unaligned} gold spans not aligned)")
    print("| span | gold | found | precision | recall | F1 |")
    print("|---|---:|---:|---:|---:|---:|")
    for kind in ("Source", "Cue"):
        precision, recall, f1 = figures(counts[kind])
        print(f"| {kind.lower()} | {counts[kind]['gold']} | {counts[kind]['found']} | "
              f"{precision:.3f} | {recall:.3f} | {f1:.3f} |")
    bbc = os.path.join(arguments.shared, "corpus", "bbc-news.csv")
    if arguments.bbc:
        if os.path.isfile(bbc):
            measure_bbc(arguments.assay, arguments.rules, bbc, arguments.limit)
        else:
            print(f"BBC skipped: no corpus at {bbc}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
