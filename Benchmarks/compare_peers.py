"""Assay's sentence segmentation against pysbd, syntok and blingfire, on the same articles.

Run by compare-peers.sh, which makes the virtual environment with the peers and builds Assay;
`compare-peers.sh --help` says what is measured. Speed: each peer in this process, one call
per article, best of --runs passes (imports and model loading excluded); Assay as whole
processes over a folder of one .txt file per article, best of --runs. Agreement: the sentence
end boundaries each tool puts in the original article text (see BOUNDARY_DEFINITION).
"""

import argparse
import csv
import datetime
import importlib.metadata
import json
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time

MB = 1_000_000
PEERS = ("blingfire", "syntok", "pysbd")

BOUNDARY_DEFINITION = """\
A boundary is the end of a sentence inside an article, placed at the character offset (in the
article as read from the CSV) of the sentence's last non-whitespace character, moved past any
closing quotes or brackets right after it (pysbd leaves a closing quote to the next sentence:
`Ireland.|" The` and `Ireland."| The` count as the same boundary). Each tool's sentences are
located in the article in order, ignoring whitespace (peers return strings; Assay's spans are
into its normalised text, whose whitespace may differ). The end of the article's last
sentence is left out: every tool ends a sentence there. Per peer P:
agreement = |A ∩ P| / |A ∪ P| (Jaccard), counted over all boundaries of all compared articles;
precision = |A ∩ P| / |A| and recall = |A ∩ P| / |P| take the peer as the reference. Only
whole articles are compared; pysbd over its subset."""


def main():
    args = parse_arguments()
    articles = read_corpus(args.corpus, args.articles)
    texts = articles * args.scale
    size = utf8_size(texts)
    machine = machine_lines(args.assay)
    print(f"Corpus: {args.corpus}: {len(articles):,} articles"
          + (f" × {args.scale}" if args.scale > 1 else "")
          + f" = {len(texts):,} texts, {size / MB:.2f} MB (UTF-8; MB = 10^6 bytes)", file=sys.stderr)

    rows, peer_sentences = [], {}
    for peer in peers(args):
        subset = texts[:peer.limit] if peer.limit else texts
        print(f"timing {peer.name} over {len(subset):,} texts ({args.runs} runs)…", file=sys.stderr)
        seconds, sentences = best_of(args.runs, lambda: [peer.split(text) for text in subset])
        peer_sentences[peer.name] = sentences[:len(articles)]
        rows.append(Row(peer.name, peer.label, "sentences", seconds, utf8_size(subset), sum(map(len, sentences)),
                        peer.note(len(subset))))

    assay_documents = None
    with tempfile.TemporaryDirectory(prefix="assay-peers-") as folder:
        write_articles(texts, folder)
        for key, label, what, arguments, counted in assay_commands(args.assay, folder):
            print(f"timing {label} ({args.runs} runs)…", file=sys.stderr)
            seconds = best_of_processes(args.runs, arguments)
            documents = run_assay(arguments)["documents"] if counted else None
            count = sum(len(document[counted]) for document in documents) if counted else None
            rows.append(Row(key, label, what, seconds, size, count, "whole process, files in, JSON out"))
            if counted == "sentences":
                assay_documents = sorted(documents, key=lambda document: document["source"])[:len(articles)]

    print_report(args, articles, texts, size, rows, peer_sentences, assay_documents, machine)


class Row:
    """One timed tool: `key` is a peer's name or the Assay command's (segment, assertions, analyze)."""

    def __init__(self, key, tool, what, seconds: "Seconds", size, units, note):
        self.key, self.tool, self.what = key, tool, what
        self.seconds, self.size, self.units, self.note = seconds, size, units, note

    @property
    def mb_per_second(self):
        return self.size / MB / self.seconds.wall

    @property
    def cpu_mb_per_second(self):
        return self.size / MB / self.seconds.cpu


class Peer:
    def __init__(self, name, split, limit=None):
        self.name, self.split, self.limit = name, split, limit
        self.label = f"{name} {importlib.metadata.version(name)}"

    def note(self, count):
        return f"in process; first {count:,} texts only" if self.limit else "in process"


def peers(args):
    """The peers, each with one function from an article's text to its sentences as strings.
    Segmenters and models are made here, before any timing."""
    import blingfire
    import pysbd
    from syntok import segmenter as syntok_segmenter

    pysbd_segmenter = pysbd.Segmenter(language="en", clean=False)

    def syntok_split(text):
        # Sentences as slices of the text from one sentence's first token to the next's: token
        # values are not always the text ("didn't" gives the tokens "did" and "not").
        starts = [sentence[0].offset for paragraph in syntok_segmenter.process(text) for sentence in paragraph]
        return [text[start:end].strip() for start, end in zip(starts, starts[1:] + [len(text)])]

    def blingfire_split(text):
        return blingfire.text_to_sentences(text).split("\n")

    # Warm each up once, so that lazy loading is not timed.
    for split in (pysbd_segmenter.segment, syntok_split, blingfire_split):
        split("Warm up. It is done.")
    return [
        Peer("blingfire", blingfire_split),
        Peer("syntok", syntok_split),
        Peer("pysbd", pysbd_segmenter.segment, limit=args.pysbd_articles),
    ]


def assay_commands(assay, folder):
    """(key, label, what it does, arguments, the JSON key counted as its units) of each Assay
    command timed; the order is the report's."""
    return [
        ("segment", "assay segment", "sentences", [assay, "segment", "--format", "json", folder], "sentences"),
        ("assertions", "assay segment --assertions", "sentences + assertions",
         [assay, "segment", "--assertions", "--format", "json", folder], "assertions"),
        ("analyze", "assay analyze (all shipped packs)", "full pipeline", [assay, "analyze", "--format", "json", folder], None),
    ]


class Seconds:
    """The best (smallest) wall-clock and CPU (user + system) times of several runs. CPU time
    says more than wall clock on a machine busy with other work."""

    def __init__(self):
        self.wall = self.cpu = float("inf")

    def add(self, wall, cpu):
        self.wall, self.cpu = min(self.wall, wall), min(self.cpu, cpu)


def best_of(runs, work):
    """Times `work` in this process; returns the times and the last run's result."""
    best, result = Seconds(), None
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        result = work()
        best.add(time.perf_counter() - wall, time.process_time() - cpu)
    return best, result


def best_of_processes(runs, arguments):
    best = Seconds()
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall = time.perf_counter()
        completed = subprocess.run(arguments, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        elapsed = time.perf_counter() - wall
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if completed.returncode != 0:
            sys.exit(f"error: {' '.join(arguments)} exited {completed.returncode}: {completed.stderr.decode()[-2000:]}")
        best.add(elapsed, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return best


def run_assay(arguments):
    completed = subprocess.run(arguments, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=True)
    return json.loads(completed.stdout)


def read_corpus(path, limit):
    with open(path, newline="", encoding="utf-8") as file:
        reader = csv.DictReader(file)
        if "text" not in (reader.fieldnames or []):
            sys.exit(f"error: {path}: no 'text' column (columns: {reader.fieldnames})")
        texts = [row["text"] for row in reader]
    return texts[:limit] if limit else texts


def write_articles(texts, folder):
    """One file per text, named so that sorted order is corpus order (Assay reads a folder sorted)."""
    for index, text in enumerate(texts):
        with open(os.path.join(folder, f"{index:06d}.txt"), "w", encoding="utf-8") as file:
            file.write(text)


def utf8_size(texts):
    return sum(len(text.encode("utf-8")) for text in texts)


# Agreement ---------------------------------------------------------------------------------

def boundaries(article, sentences):
    """The article offsets of the sentences' last non-whitespace characters, the article's own
    end left out; and the number of sentences that could not be located."""
    compact, positions = [], []
    for offset, character in enumerate(article):
        if not character.isspace():
            compact.append(character)
            positions.append(offset)
    compact = "".join(compact)
    ends, missing, cursor = set(), 0, 0
    for sentence in sentences:
        needle = "".join(sentence.split())
        if not needle:
            continue
        found = compact.find(needle, cursor)
        if found < 0:
            missing += 1
            continue
        cursor = found + len(needle)
        end = cursor - 1
        while end + 1 < len(compact) and compact[end + 1] in CLOSERS and positions[end + 1] == positions[end] + 1:
            end += 1
        ends.add(positions[end])
    if positions:
        ends.discard(positions[-1])
    return ends, missing


CLOSERS = set("\"'”’)]»")


class Agreement:
    def __init__(self, articles, assay, peer):
        self.articles = len(peer)
        self.both = self.assay_only = self.peer_only = self.missing = 0
        self.disagreements = []
        for index, (article, mine, theirs) in enumerate(zip(articles, assay, peer)):
            a, missing_a = boundaries(article, mine)
            p, missing_p = boundaries(article, theirs)
            self.missing += missing_a + missing_p
            self.both += len(a & p)
            self.assay_only += len(a - p)
            self.peer_only += len(p - a)
            self.disagreements += [(index, offset, "assay") for offset in a - p]
            self.disagreements += [(index, offset, "peer") for offset in p - a]

    @property
    def jaccard(self):
        return ratio(self.both, self.both + self.assay_only + self.peer_only)

    @property
    def precision(self):
        return ratio(self.both, self.both + self.assay_only)

    @property
    def recall(self):
        return ratio(self.both, self.both + self.peer_only)


def ratio(part, whole):
    return part / whole if whole else float("nan")


# Report ------------------------------------------------------------------------------------

def print_report(args, articles, texts, size, rows, peer_sentences, assay_documents, machine):
    print("## Speed\n")
    print(f"{len(texts):,} texts ({len(articles):,} articles" + (f" × {args.scale}" if args.scale > 1 else "")
          + f"), {size / MB:.2f} MB of UTF-8; MB = 10^6 bytes.")
    print(f"Best of {args.runs} runs each, the wall-clock and the CPU time taken separately.")
    print("Peers: in this Python process, one call per article, imports and models loaded before timing.")
    print("Assay: the binary named below as a whole process (start-up, reading the files, JSON to /dev/null),")
    print("its documents read, segmented (and flagged) on every core a batch at a time; the peers use one core.\n")
    by_key = {row.key: row for row in rows}
    print("| tool | what it does | wall s | MB/s | units/s | CPU s | MB/s of CPU | note |")
    print("|---|---|---:|---:|---:|---:|---:|---|")
    for row in rows:
        units = f"{row.units / row.seconds.wall:,.0f}" if row.units is not None else "—"
        print(f"| {row.tool} | {row.what} | {row.seconds.wall:.3f} | {row.mb_per_second:.2f} | {units} | "
              f"{row.seconds.cpu:.3f} | {row.cpu_mb_per_second:.2f} | {row.note} |")
    print("\nMB/s and units/s are over wall-clock time; units are sentences (assertions for --assertions).")
    print("CPU s: user + system time of the process (Assay) or of this Python process (peers).\n")

    print("| comparison (MB/s ÷ MB/s) | ratio, wall clock | ratio, CPU time | issue 7 target |")
    print("|---|---:|---:|---|")
    comparisons = [("segment", name, "") for name in PEERS]
    comparisons += [("assertions", "blingfire", "≥ 3×"), ("analyze", "blingfire", "≥ 1×")]
    for assay, peer, target in comparisons:
        wall = by_key[assay].mb_per_second / by_key[peer].mb_per_second
        cpu = by_key[assay].cpu_mb_per_second / by_key[peer].cpu_mb_per_second
        print(f"| {by_key[assay].tool} / {by_key[peer].tool} | {wall:.2f}× | {cpu:.2f}× | {target} |")

    print("\n## Boundary agreement with Assay\n")
    print(BOUNDARY_DEFINITION + "\n")
    print("| peer | articles | both | Assay only | peer only | agreement (Jaccard) | precision | recall | not located |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    assay_sentences = [[document["text"][start:end] for start, end in document["sentences"]]
                       for document in assay_documents]
    agreements = {}
    for name in PEERS:
        agreement = Agreement(articles, assay_sentences, peer_sentences[name])
        agreements[name] = agreement
        print(f"| {by_key[name].tool} | {agreement.articles:,} | {agreement.both:,} | {agreement.assay_only:,} | "
              f"{agreement.peer_only:,} | {agreement.jaccard:.1%} | {agreement.precision:.1%} | {agreement.recall:.1%} | "
              f"{agreement.missing:,} |")
    print("\n'not located': sentences (of either tool) not found in the article in order; 0 means every boundary counted.")
    same = sum(document["text"] == article for document, article in zip(assay_documents, articles))
    print(f"Assay's normalised text is the article's text unchanged for {same:,} of {len(articles):,} articles.")

    if args.examples:
        print(f"\n## Disagreements ({args.examples} per peer, from different articles, drawn at random with a fixed seed)\n")
        print("⟦|⟧ marks the boundary; the article's text around it.\n")
        chooser = random.Random(7)
        for name, agreement in agreements.items():
            for index, offset, who in examples(agreement.disagreements, args.examples, chooser):
                article = articles[index]
                context = article[max(0, offset - 70):offset + 1] + "⟦|⟧" + article[offset + 1:offset + 60]
                only = "Assay only" if who == "assay" else f"{name} only"
                print(f"- {name}, article {index + 1}, {only}: …{context}…")

    print("\n## Machine\n")
    for line in machine:
        print(line)


def examples(disagreements, count, chooser):
    """Up to `count` disagreements, at most one per article."""
    chosen, articles = [], set()
    for disagreement in chooser.sample(disagreements, len(disagreements)):
        if len(chosen) == count:
            break
        if disagreement[0] not in articles:
            articles.add(disagreement[0])
            chosen.append(disagreement)
    return chosen


def machine_lines(assay):
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as file:
            cpu = next((line.split(":", 1)[1].strip() for line in file if line.startswith("model name")), cpu)
    except OSError:
        pass
    swift = "unknown"
    if shutil.which("swift"):
        swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.strip().splitlines()[0]
    assay_version = subprocess.run([assay, "--version"], capture_output=True, text=True).stdout.strip()
    return [
        f"- date: {datetime.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')}",
        f"- cores (nproc): {os.cpu_count()}; CPU: {cpu}",
        f"- load average before the run: {' '.join(f'{value:.2f}' for value in os.getloadavg())}",
        f"- {platform.system()} {platform.release()}; Python {platform.python_version()}; {swift}",
        f"- assay {assay_version} ({assay})",
    ]


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--assay", required=True)
    parser.add_argument("--articles", type=int, default=0, help="the first N articles (default: all)")
    parser.add_argument("--scale", type=int, default=1, help="repeat the articles K times")
    parser.add_argument("--pysbd-articles", type=int, default=200, help="pysbd over the first N texts only (0: all)")
    parser.add_argument("--runs", type=int, default=3, help="best of N runs")
    parser.add_argument("--examples", type=int, default=3, help="disagreements shown per peer")
    args = parser.parse_args()
    for name in ("articles", "scale", "pysbd_articles", "runs", "examples"):
        if getattr(args, name) < 0 or name in ("scale", "runs") and getattr(args, name) < 1:
            parser.error(f"--{name.replace('_', '-')} must be a positive number")
    return args


if __name__ == "__main__":
    main()
