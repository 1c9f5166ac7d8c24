#!/usr/bin/env bash
# Records what every command prints over a fixed set of inputs, so a change that should not
# alter output (a refactoring, a speed-up) can be checked byte for byte.
#
#   scripts/output-snapshot.sh [--assay PATH] [--bbc N] OUTDIR
#   diff -r before/ after/            # nothing printed: the outputs are identical
#
# Inputs: seeds/, Fuzz/seeds/documents/ and the first N articles (default: all 2,225) of the
# BBC corpus (../shared/corpus/bbc-news.csv beside the repository, or $ASSAY_BENCH_CORPUS;
# without it the BBC part is skipped with a message). It records, one file per command:
#   - analyze (text, json, md, html) and segment (text, json, with and without --assertions);
#   - a workbench: ingest (text, json) of all inputs, sources import, verdicts, a citation, a
#     tag, a new version of a seed; then claims, show, findings, sources list, stats, search,
#     report (every format, one document and --all into a folder), export, diff (every format),
#     match (every format, over the seeds and the first 40 BBC articles: matching is quadratic);
#   - error paths: an unknown claim, a missing file, a bad verdict batch.
# Each file holds stdout, then stderr, then the exit code. Timestamps, the temporary folder's
# path and the tool's version are masked. The release binary is built unless --assay names one.
set -euo pipefail
cd "$(dirname "$0")/.."

assay=""
bbc=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --assay) assay="$2"; shift 2 ;;
        --bbc) bbc="$2"; shift 2 ;;
        -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "output-snapshot.sh: unknown option '$1' (try --help)" >&2; exit 64 ;;
        *) break ;;
    esac
done
if [[ $# -ne 1 ]]; then
    echo "output-snapshot.sh: give one OUTDIR (try --help)" >&2
    exit 64
fi
out="$(mkdir -p "$1" && cd "$1" && pwd)"
if [[ -z "$assay" ]]; then
    swift build -c release --product assay >&2
    assay="$(swift build -c release --show-bin-path)/assay"
fi
assay="$(cd "$(dirname "$assay")" && pwd)/$(basename "$assay")"
repo="$(pwd)"

work="$(mktemp -d "${TMPDIR:-/tmp}/assay-snapshot.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/inputs/seeds" "$work/inputs/fuzz" "$work/inputs/bbc"
cp seeds/*.txt "$work/inputs/seeds/"
cp Fuzz/seeds/documents/* "$work/inputs/fuzz/"
corpus="${ASSAY_BENCH_CORPUS:-$repo/../shared/corpus/bbc-news.csv}"
if [[ -r "$corpus" ]]; then
    python3 - "$corpus" "$work/inputs/bbc" "${bbc:-0}" <<'EOF'
import csv, os, sys
csv.field_size_limit(1 << 30)
source, folder, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(source, newline="", encoding="utf-8") as handle:
    for number, row in enumerate(csv.DictReader(handle)):
        if limit and number >= limit:
            break
        with open(os.path.join(folder, f"{number:04d}.txt"), "wb") as out:
            out.write(row["text"].encode("utf-8"))
EOF
else
    echo "output-snapshot.sh: no BBC corpus at $corpus; snapshot of the seeds and Fuzz/seeds only" >&2
fi
cd "$work"
export ASSAY_DB="$work/review.sqlite" ASSAY_ANALYST=snapshot NO_COLOR=1 COLUMNS=100
export ASSAY_RULES="$repo/Rules"   # the shipped packs, wherever the binary is

# run NAME ARGS...: the command's stdout, stderr and exit code into OUTDIR/NAME, masked.
run() {
    local name="$1"; shift
    local code=0
    "$assay" "$@" >"$work/stdout" 2>"$work/stderr" </dev/null || code=$?
    { cat "$work/stdout"; echo "--- stderr"; cat "$work/stderr"; echo "--- exit $code"; } \
        | sed -E -e "s#$work#WORK#g" \
                 -e 's/[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?/TIMESTAMP/g' \
                 -e 's/"(dateCreated|datePublished|generatedAt)": ?"[^"]*"/"\1": "DATE"/g' \
        > "$out/$name"
}

# Analysis without a workbench.
for format in text json md html; do run "analyze.$format" analyze --format "$format" inputs/; done
run analyze.seeds.publisher analyze --publisher NCRI --format json inputs/seeds/
run analyze.category analyze --category attribution --rule framing inputs/seeds/
for format in text json; do
    run "segment.$format" segment --format "$format" inputs/
    run "segment.assertions.$format" segment --assertions --format "$format" inputs/
done

# A workbench: ingest, review, then every read command.
run ingest.seeds ingest --format json inputs/seeds/
run ingest.rest ingest inputs/fuzz/ inputs/bbc/
run sources.import sources import "$repo/seeds/sources.yml"
mapfile -t claims < <("$assay" claims 000_0b590991ea34db62 --format json | python3 -c '
import json, sys
for claim in json.load(sys.stdin)[:6]: print(claim["id"])')
run verdict.1 verdict "${claims[0]}" misleading --credibility 4 --confidence medium --note "The NCRI's own figure."
run verdict.2 verdict "${claims[1]}" accurate --note "Checked."
run verdict.3 verdict "${claims[1]}" mixed --note "On second reading."
run cite cite "${claims[0]}" https://example.org/evidence --title "Evidence" --stance refutes --quote "It did not."
run tag tag "${claims[2]}" priority
printf '{"claim": "%s", "rating": "unsupported"}\n{"claim": "%s", "rating": "accurate"}\n' \
    "${claims[3]}" "${claims[4]}" > batch.jsonl
run verdict.batch verdict --batch batch.jsonl
# A new version of seed 000: its first paragraph cut, a sentence reworded, one added.
python3 - "inputs/seeds/000_0b590991ea34db62.txt" "edited.txt" <<'EOF'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
paragraphs = text.split("\n\n")
paragraphs = paragraphs[:1] + paragraphs[2:]
paragraphs.append("An added sentence says 40 people were there, according to officials.")
open(sys.argv[2], "w", encoding="utf-8").write("\n\n".join(paragraphs).replace(" the ", " this ", 3))
EOF
run ingest.version ingest --doc 000_0b590991ea34db62 edited.txt
# A claim of seed 004 with a verdict and a citation, for `show`.
shown="$("$assay" claims 004_7c6fb8ad358d5ed6 --format json | python3 -c '
import json, sys
print(json.load(sys.stdin)[2]["id"])')"
"$assay" verdict "$shown" inaccurate --credibility 5 --note "Shown." >/dev/null
"$assay" cite "$shown" https://example.org/other --stance supports >/dev/null

for format in text json; do
    run "claims.$format" claims --format "$format"
    run "claims.unreviewed.$format" claims 000_0b590991ea34db62 --unreviewed --min-score 0.5 --format "$format"
    run "claims.orphaned.$format" claims --orphaned --format "$format"
    run "show.$format" show "$shown" --format "$format"
    run "findings.$format" findings 004_7c6fb8ad358d5ed6 --format "$format"
    run "sources.$format" sources list --format "$format"
    run "stats.$format" stats --format "$format"
    run "search.$format" search "executions" --limit 50 --format "$format"
done
run claims.category claims --category attribution --kind factual
run claims.tag claims --tag priority
run search.doc search "Iran" --doc 004_7c6fb8ad358d5ed6

for format in md html json csv claimreview; do
    run "report.$format" report 000_0b590991ea34db62 --format "$format"
    run "report.v1.$format" report 000_0b590991ea34db62 --version 1 --format "$format"
    run "report.all.$format" report --all --format "$format" -o "reports-$format/"
    (cd "reports-$format" && cat $(ls | sort) | sed -E -e "s#$work#WORK#g" \
        -e 's/[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?/TIMESTAMP/g' \
        -e 's/"(dateCreated|datePublished|generatedAt)": ?"[^"]*"/"\1": "DATE"/g' | sha256sum) \
        > "$out/report.all.$format.files"
done
for format in text json md html; do
    run "diff.stored.$format" diff 000_0b590991ea34db62 --format "$format"
    run "diff.files.$format" diff inputs/seeds/000_0b590991ea34db62.txt edited.txt --format "$format"
done
run diff.all diff 000_0b590991ea34db62@1 edited.txt --all
run export export

# Matching over a small workbench (it compares all pairs).
mkdir -p match
cp inputs/seeds/*.txt match/
mapfile -t articles < <(ls inputs/bbc)
for file in "${articles[@]:0:40}"; do cp "inputs/bbc/$file" match/; done
for format in text json; do
    run "match.files.$format" match match/ --format "$format"
done
ASSAY_DB="$work/match.sqlite" run match.ingest ingest match/
ASSAY_DB="$work/match.sqlite" run match.stored match
ASSAY_DB="$work/match.sqlite" run match.threshold match --threshold 0.5 --format json

# Errors a user meets.
run error.unknown-claim show ffffffffffff
run error.missing-file analyze no-such-file.txt
echo 'not json' > bad.jsonl
run error.bad-batch verdict --batch bad.jsonl
run error.no-doc report no-such-document
run error.one-version diff 004_7c6fb8ad358d5ed6
echo "output-snapshot.sh: $(ls "$out" | wc -l) outputs in $out" >&2
