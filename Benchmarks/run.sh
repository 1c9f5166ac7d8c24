#!/usr/bin/env bash
# Builds the benchmarks in release mode, runs them and prints one table per metric.
# Extra arguments go to `swift package benchmark`, e.g. `Benchmarks/run.sh --filter 'rules.*'`.
# The BBC corpus is read from ../shared/corpus/bbc-news.csv beside the repository, or from
# $ASSAY_BENCH_CORPUS; without it no benchmark is registered.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//')"
swift --version 2>&1 | head -1
# Do not set BENCHMARK_DISABLE_JEMALLOC: since package-benchmark 1.38 it turns off the malloc
# interposer, and with it the malloc metrics (jemalloc is no longer used).
exec swift package --package-path Benchmarks benchmark --grouping metric --no-progress "$@"
