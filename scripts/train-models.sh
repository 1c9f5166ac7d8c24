#!/usr/bin/env bash
# Retrains the shipped models from the annotated data beside the repository, with Assay's own
# trainer, and prints their figures. Deterministic: the same data and date give the same files.
#
#   scripts/train-models.sh [DATA]        # DATA: the shared data folder (default ../shared/data)
#
# Models/checkworthiness.json ← DATA/checkthat2019/train/ (CLEF-2019 CheckThat! Task 1, 19 debate
# and speech transcripts; "free for general research use").
# Models/framing.json ← DATA/ptc-propaganda (250 annotated articles of SemEval-2020 Task 11) against
# DATA/../corpus/bbc-news.csv (2,225 BBC articles as neutral news), both for research use. The training data is read where it
# is and never copied into the repository. The header's date is today's, or ASSAY_TRAIN_DATE
# (YYYY-MM-DD): with the date of the shipped file, a rerun on unchanged data changes no byte.
set -euo pipefail
cd "$(dirname "$0")/.."

data="${1:-../shared/data}"
transcripts="$data/checkthat2019/train"
if [[ ! -d "$transcripts" ]]; then
    echo "train-models.sh: skipped: the training data is not here ($transcripts); the shipped models stay as they are" >&2
    exit 0
fi
swift build -c release --product assay >/dev/null
date="${ASSAY_TRAIN_DATE:-$(date -u +%F)}"
.build/release/assay model train checkworthiness --data "$transcripts" --date "$date" \
    --licence "CLEF-2019 CheckThat! Task 1 data, released by its organisers free for general research use" \
    -o Models/checkworthiness.json

ptc="$data/ptc-propaganda"
neutral="$data/../corpus/bbc-news.csv"
if [[ ! -d "$ptc" || ! -f "$neutral" ]]; then
    echo "train-models.sh: framing skipped: its data is not here ($ptc, $neutral)" >&2
    exit 0
fi
.build/release/assay model train framing --data "$ptc" --neutral "$neutral" --date "$date" \
    --licence "PTC (SemEval-2020 Task 11) and the BBC News dataset (Greene and Cunningham 2006), both for research use" \
    -o Models/framing.json
