#!/usr/bin/env bash
# Assay's sentence segmentation against pysbd, syntok and blingfire: speed and boundary
# agreement on the same articles, in one run. The measuring is in compare_peers.py beside it.
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: Benchmarks/compare-peers.sh [options]

Times Assay's sentence segmentation, its segmentation + assertion splitting and its full
analysis against three Python sentence splitters (pysbd, syntok, blingfire, from PyPI) on the
same articles of the BBC News corpus, and says how often Assay and each peer put a sentence
boundary in the same place.

  --articles N        only the first N articles (default: all 2,225)
  --scale K           repeat the articles K times (default: 1)
  --pysbd-articles N  time pysbd on the first N texts only (default: 200; 0: all) — it is
                      about 190 times slower than blingfire; its MB/s is over what it read
  --runs N            best of N runs for every tool (default: 3)
  --examples N        boundary disagreements shown per peer (default: 3)
  --assay PATH        the assay binary to time (default: build the release one with
                      `swift build -c release --product assay`)
  --scratch-path DIR  swift build's scratch path for that build (default: .build)
  --venv DIR          the virtual environment for the peers (default:
                      ${TMPDIR:-/tmp}/assay-peers-venv, reused when present)
  --fresh             recreate the virtual environment
  -h, --help          this help

The corpus is ../shared/corpus/bbc-news.csv beside the repository, or $ASSAY_BENCH_CORPUS
(a CSV with a 'text' column). It is read in place; the articles are written one .txt file
each into a temporary folder for Assay, removed at the end.

Peers run in this script's Python process, one call per article, after their imports and
models are loaded. Assay runs as whole processes (start-up, reading files, JSON output to
/dev/null) over that folder: `assay segment --format json`, `assay segment --assertions
--format json` and `assay analyze --format json` (every shipped rule pack). Everything runs
on one core. Wall-clock and CPU times are both reported (best of --runs each): on a machine
busy with other work, CPU time is the steadier. The report (Markdown tables on stdout;
progress on stderr) ends with the machine.

Example:
  Benchmarks/compare-peers.sh --articles 450 --assay .build/release/assay
EOF
}

repository=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
venv="${TMPDIR:-/tmp}/assay-peers-venv"
assay=""
scratch_path=""
fresh=0
forwarded=()

while (($# > 0)); do
    case "$1" in
        -h | --help) usage; exit 0 ;;
        --fresh) fresh=1; shift ;;
        --assay | --venv | --scratch-path | --articles | --scale | --pysbd-articles | --runs | --examples)
            if (($# < 2)); then
                echo "error: $1 needs a value (see --help)" >&2
                exit 64
            fi
            case "$1" in
                --assay) assay=$2 ;;
                --venv) venv=$2 ;;
                --scratch-path) scratch_path=$2 ;;
                *)
                    if ! [[ $2 =~ ^[0-9]+$ ]]; then
                        echo "error: $1 takes a whole number, not '$2'" >&2
                        exit 64
                    fi
                    forwarded+=("$1" "$2")
                    ;;
            esac
            shift 2
            ;;
        *) echo "error: unknown argument '$1' (see --help)" >&2; exit 64 ;;
    esac
done

corpus="${ASSAY_BENCH_CORPUS:-$repository/../shared/corpus/bbc-news.csv}"
if [[ ! -r $corpus ]]; then
    if [[ -n ${ASSAY_BENCH_CORPUS:-} ]]; then
        echo "error: no readable corpus at $corpus (named by ASSAY_BENCH_CORPUS)" >&2
    else
        echo "error: no readable corpus at $corpus" >&2
        echo "  (../shared/corpus/bbc-news.csv beside the repository; set ASSAY_BENCH_CORPUS" >&2
        echo "   to a CSV file with a 'text' column to use another)" >&2
    fi
    exit 2
fi

python=${PYTHON:-python3}
if ! command -v "$python" > /dev/null; then
    echo "error: $python not found; install Python 3 (with its venv module) or set PYTHON" >&2
    exit 2
fi

if ((fresh)) && [[ -d $venv ]]; then
    rm -rf -- "$venv"
fi
if [[ ! -x $venv/bin/python ]]; then
    echo "making the virtual environment $venv…" >&2
    "$python" -m venv "$venv"
fi
# Pinned: the versions of the reference figures in ../shared/corpus/README.md.
if ! "$venv/bin/python" -c 'import pysbd, syntok, blingfire' 2> /dev/null; then
    echo "installing pysbd, syntok and blingfire from PyPI…" >&2
    # blingfire 0.1.8 imports numpy without declaring it.
    "$venv/bin/python" -m pip install --quiet pysbd==0.3.4 syntok==1.4.4 blingfire==0.1.8 numpy >&2
fi

if [[ -z $assay ]]; then
    build=(swift build -c release --product assay --package-path "$repository")
    [[ -n $scratch_path ]] && build+=(--scratch-path "$scratch_path")
    echo "building assay: ${build[*]}" >&2
    "${build[@]}" >&2
    assay="$("${build[@]}" --show-bin-path)/assay"
fi
if [[ ! -x $assay ]]; then
    echo "error: no assay binary at $assay" >&2
    exit 2
fi
assay=$(cd "$(dirname "$assay")" && pwd)/$(basename "$assay")

exec "$venv/bin/python" "$repository/Benchmarks/compare_peers.py" \
    --corpus "$corpus" --assay "$assay" ${forwarded[@]+"${forwarded[@]}"}
