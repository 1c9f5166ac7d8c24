#!/usr/bin/env bash
# Check-worthiness quality, measured as the CheckThat! task measures it: leave one transcript out
# over the 19 training transcripts of CLEF-2019 CheckThat! Task 1 (train a model on 18, rank the
# lines of the 19th, repeat), printing MAP, P@10 and P@20 for the learned model and, on the same
# folds, for the hand-set score of earlier versions; then the model's calibration.
#
#   Benchmarks/quality.sh [--assay PATH] [DATA]    # DATA: the shared data folder (default ../shared/data)
#
# Extra options after -- go to 'assay model train' (--l2 16, --min-count 2…) to compare settings.
set -euo pipefail
cd "$(dirname "$0")/.."

assay=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --assay) assay="$2"; shift 2 ;;
        -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        --) shift; break ;;
        -*) echo "quality.sh: unknown option '$1' (try --help)" >&2; exit 64 ;;
        *) data="$1"; shift ;;
    esac
done
data="${data:-../shared/data}"
transcripts="$data/checkthat2019/train"
if [[ ! -d "$transcripts" ]]; then
    echo "quality.sh: skipped: the CheckThat! transcripts are not here ($transcripts)" >&2
    exit 0
fi
if [[ -z "$assay" ]]; then
    swift build -c release --product assay >/dev/null
    assay=.build/release/assay
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$assay" model train checkworthiness --data "$transcripts" -o "$out/checkworthiness.json" "$@"
