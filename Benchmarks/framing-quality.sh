#!/usr/bin/env bash
# Prints every figure issue 19 sets a target for, from the annotated data beside the repository:
#
#   framing   five-fold cross-validated span precision, recall and F1 on the Propaganda
#             Techniques Corpus (split by article), and findings per 1,000 sentences on its
#             held-out articles against the held-out BBC articles (the trainer's own measure);
#   warnings  warning findings per 1,000 BBC sentences outside quotation marks: the packs' (run
#             over the corpus) plus the model's (held out, from the trainer);
#   attribution  source and cue span P/R/F1 on PolNeAR dev (scripts/measure-attribution.py);
#   speed     `assay analyze` over the BBC articles with the framing model against without it
#             (best of --runs, the same binary, the same run).
#
#   Benchmarks/framing-quality.sh [--runs N] [--skip-training]
#
# The data is read where it is (../shared) and never copied; without it the script says so and
# exits 0. Figures go to Benchmarks/README.md by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=3
train=1
while [[ $# -gt 0 ]]; do
    case $1 in
        --runs) runs=$2; shift 2 ;;
        --skip-training) train=0; shift ;;
        *) echo "usage: Benchmarks/framing-quality.sh [--runs N] [--skip-training]" >&2; exit 64 ;;
    esac
done
shared=../shared
ptc=$shared/data/ptc-propaganda
corpus=$shared/corpus/bbc-news.csv
if [[ ! -d $ptc || ! -f $corpus ]]; then
    echo "framing-quality.sh: skipped: the annotated data is not here ($ptc, $corpus)" >&2
    exit 0
fi
swift build -c release --product assay >/dev/null
assay=.build/release/assay
work=$(mktemp -d "${TMPDIR:-/tmp}/assay-framing.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "== framing: cross-validated on the annotated articles, against neutral news"
if [[ $train == 1 ]]; then
    $assay model train framing --data "$ptc" --neutral "$corpus" -o "$work/framing.json" | sed -n '2,$p'
else
    $assay model show Models/framing.json --top 0 | sed -n '/cross-validation/,$p'
fi

python3 - "$corpus" "$work/articles" <<'PY'
import csv, os, sys
corpus, folder = sys.argv[1], sys.argv[2]
os.makedirs(folder)
with open(corpus, encoding="utf-8", newline="") as f:
    rows = csv.reader(f)
    next(rows)
    for index, row in enumerate(rows):
        with open(os.path.join(folder, "%04d.txt" % index), "w", encoding="utf-8") as out:
            out.write(row[0])
PY
mkdir "$work/no-framing"
cp Models/checkworthiness.json "$work/no-framing/"

echo
echo "== warnings on neutral news (BBC, outside quotation marks)"
$assay analyze --format json --models "$work/no-framing" "$work/articles" > "$work/packs.json"
python3 - "$work/packs.json" <<'PY'
import collections, json, sys
quotes = '"\u201c\u201d'
data = json.load(open(sys.argv[1], encoding="utf-8"))
sentences = warnings = 0
by_rule = collections.Counter()
for document in data["documents"]:
    text = document["text"]
    spans = [(s["start"], s["end"]) for s in document["sentences"]]
    sentences += len(spans)
    for finding in document["findings"]:
        if finding["severity"] != "warning":
            continue
        start = finding["start"]
        sentence = next(((a, b) for a, b in spans if a <= start < b), (start, start))
        inside = sum(text[sentence[0]:start].count(q) for q in quotes) % 2 == 1
        if not inside:
            warnings += 1
            by_rule[finding["rule"]] += 1
framing = sum(count for rule, count in by_rule.items() if rule.startswith("framing."))
print("packs, framing rules: %d warnings outside quotations in %d sentences: %.2f per 1,000" % (framing, sentences, framing * 1000 / sentences))
print("packs, all rules: %d: %.2f per 1,000 (%s)" % (warnings, warnings * 1000 / sentences,
      ", ".join("%s %d" % item for item in by_rule.most_common(6))))
PY
echo "model: the trainer's held-out 'warnings per 1,000 neutral sentences' above; the target, at most 3, is its sum with every pack rule's warnings"

echo
echo "== attribution on PolNeAR dev"
python3 scripts/measure-attribution.py --split dev --assay "$assay" | tail -n 6

echo
echo "== speed: analyze over the BBC articles, best of $runs"
python3 - "$assay" "$work" "$runs" <<'PY'
import os, subprocess, sys, time
assay, work, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
def once(models):
    start, before = time.perf_counter(), os.times()
    subprocess.run([assay, "analyze", "--format", "json", "--models", models, work + "/articles"],
                   stdout=subprocess.DEVNULL, check=True)
    after = os.times()
    return time.perf_counter() - start, (after.children_user - before.children_user) + (after.children_system - before.children_system)
# Interleaved, so that a busy moment of the machine falls on both alike.
without, with_model = [], []
for _ in range(runs):
    without.append(once(work + "/no-framing"))
    with_model.append(once("Models"))
wall = min(t for t, _ in without), min(t for t, _ in with_model)
cpu = min(c for _, c in without), min(c for _, c in with_model)
print("packs and check-worthiness only: %.3f s; with the framing model: %.3f s (%+.0f%%); CPU %.2f s and %.2f s (%+.0f%%)"
      % (wall[0], wall[1], (wall[1] / wall[0] - 1) * 100, cpu[0], cpu[1], (cpu[1] / cpu[0] - 1) * 100))
PY
