#!/usr/bin/env bash
# Precision and recall of `assay match` on the hand-labelled pairs of Benchmarks/match-pairs.tsv.
#
#   Benchmarks/match-quality.sh [--assay PATH] [--keep] [-- MATCH OPTIONS…]
#
# Builds a workbench of the 2,225 BBC articles (named NNNN by row, as cli-scale.sh writes them)
# and the two seeds, runs `assay match --format json --limit 0` over it (options after `--` are
# passed on, e.g. `-- --suggest 0.4`), and counts a labelled pair as found when its two claims
# are in one group or are a suggested pair. Precision: the share of found pairs labelled `same`;
# recall: the share of `same` pairs found. Pairs labelled `figure` that are found are the errors
# the figure-alone rule is there to prevent; they are listed. Skips (exit 0, with a message) when
# the corpus is not there. The corpus is ../shared/corpus/bbc-news.csv beside the repository or
# $ASSAY_BENCH_CORPUS; it is never copied into the repository.
set -euo pipefail
cd "$(dirname "$0")/.."

assay=""
keep=false
match_options=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --assay) assay="$2"; shift 2 ;;
        --keep) keep=true; shift ;;
        --) shift; match_options=("$@"); break ;;
        -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "match-quality.sh: unknown argument '$1' (try --help)" >&2; exit 64 ;;
    esac
done

corpus="${ASSAY_BENCH_CORPUS:-$(pwd)/../shared/corpus/bbc-news.csv}"
if [[ ! -r "$corpus" ]]; then
    echo "match-quality.sh: skipped — no corpus at $corpus (set ASSAY_BENCH_CORPUS to bbc-news.csv)" >&2
    exit 0
fi
if [[ -z "$assay" ]]; then
    swift build -c release --product assay >&2
    assay="$(swift build -c release --show-bin-path)/assay"
fi
export ASSAY_RULES="${ASSAY_RULES:-$(pwd)/Rules}" ASSAY_MODELS="${ASSAY_MODELS:-$(pwd)/Models}"

work="$(mktemp -d "${TMPDIR:-/tmp}/assay-match-quality.XXXXXX")"
$keep || trap 'rm -rf "$work"' EXIT

python3 - "$corpus" "$work/articles" <<'EOF'
import csv, os, sys
csv.field_size_limit(1 << 30)
os.makedirs(sys.argv[2])
with open(sys.argv[1], newline="", encoding="utf-8") as handle:
    for number, row in enumerate(csv.DictReader(handle)):
        with open(os.path.join(sys.argv[2], f"{number:04d}.txt"), "w", encoding="utf-8") as out:
            out.write(row["text"])
EOF
"$assay" ingest --db "$work/workbench.sqlite" "$work/articles" seeds/000_0b590991ea34db62.txt \
    seeds/004_7c6fb8ad358d5ed6.txt > /dev/null
"$assay" match --db "$work/workbench.sqlite" --format json --limit 0 "${match_options[@]}" > "$work/match.json"

python3 - Benchmarks/match-pairs.tsv "$work/match.json" <<'EOF'
import json, sys
pairs = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8") if not line.startswith("#")][1:]
match = json.load(open(sys.argv[2], encoding="utf-8"))
def member(m): return (m["document"], m["text"])
def key(a, b): return frozenset((a, b))
score, grouped = {}, set()
for group in match["groups"]:
    members = [member(m) for m in group["members"]]
    grouped |= {key(a, b) for a in members for b in members if a != b}
    for p in group["pairs"]: score[key(member(p["first"]), member(p["second"]))] = ("grouped", p["score"]["value"])
for p in match["suggested"]: score[key(member(p["first"]), member(p["second"]))] = ("suggested", p["score"]["value"])
suggested = {key(member(p["first"]), member(p["second"])) for p in match["suggested"]}
contradicted = {key(member(p["first"]), member(p["second"])) for p in match["contradictions"]}
t = match["thresholds"]
print(f"thresholds: group {t['group']}, suggest {t['suggest']}; {len(pairs)} labelled pairs "
      f"({sum(p[0] == 'same' for p in pairs)} same, "
      f"{sum(p[0] == 'figure' for p in pairs)} figure, {sum(p[0] == 'unrelated' for p in pairs)} unrelated)")
# The held-out pairs were drawn and labelled after the rules were settled: figures on them alone
# are the honest ones.
for subset, chosen in (("all", pairs), ("held-out", [p for p in pairs if p[1].startswith("held-out:")])):
    if not chosen: continue
    same = sum(p[0] == "same" for p in chosen)
    for name, found in (("grouped", grouped), ("grouped or suggested", grouped | suggested)):
        hits = [p for p in chosen if key((p[2], p[3]), (p[4], p[5])) in found]
        right = sum(p[0] == "same" for p in hits)
        figures = sum(p[0] == "figure" for p in hits)
        print(f"{subset:8} {name:21} precision {right}/{len(hits)} = {right / len(hits) if hits else 0:.3f}   "
              f"recall {right}/{same} = {right / same if same else 0:.3f}   (figure pairs found: {figures})")
flagged = [p for p in pairs if key((p[2], p[3]), (p[4], p[5])) in contradicted]
print(f"contradiction candidates among them: {len(flagged)} ("
      + ", ".join(f"{sum(p[0] == l for p in flagged)} {l}" for l in ("figure", "same", "unrelated")) + ")")
print("errors (how found, score, label):")
for label, pool, doc_a, claim_a, doc_b, claim_b in pairs:
    k = key((doc_a, claim_a), (doc_b, claim_b))
    how = score.get(k) or (("grouped", None) if k in grouped else None)
    if (how is not None) != (label == "same"):
        shown = f"{how[0]} {how[1] if how[1] is not None else '-'}" if how else "missed"
        print(f"  {shown:15} {label:9} {doc_a}: {claim_a[:55]} | {doc_b}: {claim_b[:55]}")
EOF
