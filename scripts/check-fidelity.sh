#!/usr/bin/env bash
# Checks the fidelity invariant — every word and figure of an input's prose is in the extracted
# text or its boilerplate, in order (docs/architecture.md, "Fidelity") — on every article of the
# BBC News corpus, the seeds and the fuzz seeds, and prints how many documents keep every word.
#
#   scripts/check-fidelity.sh [--skip-build]
#
# The corpus is ../shared/corpus/bbc-news.csv beside the repository, or $ASSAY_BENCH_CORPUS (a
# CSV with a 'text' column); without it only the seeds and the fuzz seeds are checked, and the
# script says so. Exits 1 when a document loses a word, naming the first one lost in each.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
build=1
case "${1:-}" in
    --skip-build) build=0 ;;
    -h | --help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    "") ;;
    *) echo "check-fidelity: unknown option '$1' (see --help)" >&2; exit 64 ;;
esac

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bbc" "$work/seeds" "$work/fuzz"
cp seeds/*.txt "$work/seeds/"
cp Fuzz/seeds/documents/* "$work/fuzz/"
corpus="${ASSAY_BENCH_CORPUS:-$repo/../shared/corpus/bbc-news.csv}"
if [[ -f "$corpus" ]]; then
    python3 - "$corpus" "$work/bbc" <<'PY'
import csv, sys
csv.field_size_limit(sys.maxsize)
with open(sys.argv[1], newline="", encoding="utf-8") as source:
    for number, row in enumerate(csv.DictReader(source)):
        with open(f"{sys.argv[2]}/{number:04d}.txt", "w", encoding="utf-8") as article:
            article.write(row["text"])
PY
    echo "check-fidelity: $(ls "$work/bbc" | wc -l) BBC articles, $(ls "$work/seeds" | wc -l) seeds, $(ls "$work/fuzz" | wc -l) fuzz seeds" >&2
else
    echo "check-fidelity: skipping the BBC corpus: no $corpus (set ASSAY_BENCH_CORPUS); checking the seeds and the fuzz seeds only" >&2
fi

if ((build)); then swift build --build-tests 2>&1 | tail -n 3 >&2; fi
output=$(ASSAY_FIDELITY_INPUTS="$work" swift test --skip-build --filter FidelityCorpusTests 2>&1) && status=0 || status=$?
grep -E "^(fidelity:|  lost:)" <<<"$output" || { echo "$output" | tail -n 20 >&2; }
exit $((status == 0 ? 0 : 1))
