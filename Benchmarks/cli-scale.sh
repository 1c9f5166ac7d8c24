#!/usr/bin/env bash
# Whole-process throughput and peak memory of `assay analyze`, `assay ingest` and `assay match`
# over the BBC corpus at 1×, 4× and 16× its size (2,225 / 8,900 / 35,600 article files; 5 / 20 /
# 80 MB). `match` runs over the workbench ingest made (every document's claims), then as the daily
# case: one new article (`--doc` a file, analyzed and searched against the whole workbench).
#
#   Benchmarks/cli-scale.sh [--scales "1 4 16"] [--assay PATH] [--keep]
#
# The articles are written once as files NNNN.txt (k× = k copies under other names, hard
# links) in a temporary folder, which is removed at the end unless --keep. The release binary
# is built unless --assay names one. For each scale it prints wall-clock seconds, MB/s over the
# articles' UTF-8 bytes, peak resident memory (/usr/bin/time's maximum RSS), and for ingest
# the stored rows (assertions + findings), rows per second and the workbench size (file plus
# WAL) against the corpus; for match the claims compared and claims per second ("match1": the
# one new article). The corpus is ../shared/corpus/bbc-news.csv beside the repository or
# $ASSAY_BENCH_CORPUS; it is never copied into the repository.
set -euo pipefail
cd "$(dirname "$0")/.."

scales="1 4 16"
assay=""
keep=false
while [[ $# -gt 0 ]]; do
    case "$1" in
        --scales) scales="$2"; shift 2 ;;
        --assay) assay="$2"; shift 2 ;;
        --keep) keep=true; shift ;;
        -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "cli-scale.sh: unknown argument '$1' (try --help)" >&2; exit 64 ;;
    esac
done

corpus="${ASSAY_BENCH_CORPUS:-$(pwd)/../shared/corpus/bbc-news.csv}"
if [[ ! -r "$corpus" ]]; then
    echo "cli-scale.sh: no corpus at $corpus (set ASSAY_BENCH_CORPUS to bbc-news.csv)" >&2
    exit 2
fi
if [[ ! -x /usr/bin/time ]]; then
    echo "cli-scale.sh: /usr/bin/time is needed for peak memory (apt-get install time)" >&2
    exit 2
fi
if [[ -z "$assay" ]]; then
    swift build -c release --product assay >&2
    assay="$(swift build -c release --show-bin-path)/assay"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/assay-cli-scale.XXXXXX")"
$keep || trap 'rm -rf "$work"' EXIT

corpus_bytes="$(python3 - "$corpus" "$work/1" <<'EOF'
import csv, os, sys
csv.field_size_limit(1 << 30)
source, folder = sys.argv[1], sys.argv[2]
os.makedirs(folder)
total = 0
with open(source, newline="", encoding="utf-8") as handle:
    for number, row in enumerate(csv.DictReader(handle)):
        data = row["text"].encode("utf-8")
        total += len(data)
        with open(os.path.join(folder, f"{number:04d}.txt"), "wb") as out:
            out.write(data)
print(total)
EOF
)"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//'); $(date -u +%F)"
echo "assay: $assay ($("$assay" --version 2>/dev/null || echo '?'))"
printf '%-8s %-8s %9s %8s %9s %12s %12s %10s\n' scale command seconds "MB/s" "peak MB" "rows" "rows/s" "size/corpus"

for k in $scales; do
    folder="$work/$k"
    if [[ ! -d "$folder" ]]; then
        mkdir "$folder"
        for copy in $(seq 1 "$k"); do
            for file in "$work/1"/*.txt; do ln "$file" "$folder/c${copy}-$(basename "$file")"; done
        done
    fi
    bytes=$((corpus_bytes * k))

    /usr/bin/time -f '%e %M' -o "$work/time" "$assay" analyze --format json "$folder" > /dev/null
    read -r seconds peak_kb < "$work/time"
    awk -v k="${k}x" -v s="$seconds" -v b="$bytes" -v m="$peak_kb" \
        'BEGIN { printf "%-8s %-8s %9.2f %8.1f %9.1f %12s %12s %10s\n", k, "analyze", s, b / 1e6 / s, m / 1024, "-", "-", "-" }'

    db="$work/ingest-$k.sqlite"
    /usr/bin/time -f '%e %M' -o "$work/time" "$assay" ingest --db "$db" "$folder" > /dev/null
    read -r seconds peak_kb < "$work/time"
    rows="$(python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute("SELECT (SELECT COUNT(*) FROM assertions)+(SELECT COUNT(*) FROM findings)").fetchone()[0])' "$db")"
    size=$(( $(stat -c %s "$db") + $(stat -c %s "$db-wal" 2>/dev/null || echo 0) ))
    awk -v k="${k}x" -v s="$seconds" -v b="$bytes" -v m="$peak_kb" -v r="$rows" -v z="$size" \
        'BEGIN { printf "%-8s %-8s %9.2f %8.1f %9.1f %12d %12.0f %10.2f\n", k, "ingest", s, b / 1e6 / s, m / 1024, r, r / s, z / b }'

    claims="$(python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute("SELECT COUNT(*) FROM assertions").fetchone()[0])' "$db")"
    /usr/bin/time -f '%e %M' -o "$work/time" "$assay" match --db "$db" > /dev/null 2> "$work/match-summary"
    read -r seconds peak_kb < "$work/time"
    awk -v k="${k}x" -v s="$seconds" -v b="$bytes" -v m="$peak_kb" -v r="$claims" \
        'BEGIN { printf "%-8s %-8s %9.2f %8.1f %9.1f %12d %12.0f %10s\n", k, "match", s, b / 1e6 / s, m / 1024, r, r / s, "-" }'
    /usr/bin/time -f '%e %M' -o "$work/time" "$assay" match --db "$db" --doc "$work/1/0003.txt" > /dev/null 2>&1
    read -r seconds peak_kb < "$work/time"
    awk -v k="${k}x" -v s="$seconds" -v m="$peak_kb" \
        'BEGIN { printf "%-8s %-8s %9.2f %8s %9.1f %12s %12s %10s\n", k, "match1", s, "-", m / 1024, "-", "-", "-" }'
    sed 's/^/         /' "$work/match-summary" >&2
    rm -f "$db" "$db-wal" "$db-shm"
done
