#!/usr/bin/env bash
# Builds the libFuzzer targets with AddressSanitizer and fuzzes one of them, or each in turn.
#
#   Fuzz/run.sh TARGET SECONDS [LIBFUZZER FLAGS…]
#
# TARGET is decode, segment, rulepack, analyze or all; SECONDS is each target's fuzzing time.
# What each target checks: Tests/TestSupport/FuzzChecks.swift. The inputs libFuzzer finds are
# kept in Fuzz/.work/corpus/TARGET (untracked) and grow from run to run; it starts from the
# seeds (seeds/, Rules/, Fuzz/seeds/). An input that crashes or breaks an invariant is written
# to Fuzz/.work/crashes/ and the script exits 1 naming it: replay it with the printed command,
# fix the bug, and keep the input in Tests/FuzzCrashers/TARGET/ so `swift test` replays it.
set -euo pipefail
cd "$(dirname "$0")"

usage() { sed -n '2,11p' run.sh | sed 's/^# \{0,1\}//'; }
if [[ $# -lt 2 || "$1" == -h || "$1" == --help ]]; then usage; [[ $# -ge 1 && ( "$1" == -h || "$1" == --help ) ]] && exit 0; exit 64; fi
target="$1" seconds="$2"
shift 2
if ! [[ "$seconds" =~ ^[0-9]+$ ]]; then echo "run.sh: SECONDS must be a whole number, not '$seconds'" >&2; exit 64; fi
case "$target" in
    all) targets=(decode segment rulepack analyze) ;;
    decode|segment|rulepack|analyze) targets=("$target") ;;
    *) echo "run.sh: unknown target '$target' (decode, segment, rulepack, analyze or all)" >&2; exit 64 ;;
esac

product() {
    case "$1" in
        decode) echo FuzzDecode ;; segment) echo FuzzSegment ;; rulepack) echo FuzzRulePack ;; analyze) echo FuzzAnalyze ;;
    esac
}

# A crash would otherwise start Swift's backtracer, which can wait on the crashed process.
export SWIFT_BACKTRACE=enable=no
export LSAN_OPTIONS="suppressions=$PWD/lsan-suppressions.txt${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
# lld, because gold fails on the fuzzer runtime beside SwiftPM's own `main`.
flags=(-c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld)
for name in "${targets[@]}"; do
    swift build "${flags[@]}" --product "$(product "$name")" 2>&1 | { grep -v "warning: Cannot export local symbol" || true; } >&2
done
bin="$(swift build "${flags[@]}" --show-bin-path)"

status=0
for name in "${targets[@]}"; do
    corpus=".work/corpus/$name"
    mkdir -p "$corpus" .work/crashes
    if [[ "$name" == rulepack ]]; then
        seeds=(../Rules seeds/rulepacks)
        dictionary=()
    else
        seeds=(../seeds seeds/documents)
        dictionary=(-dict=dictionaries/documents.dict)
    fi
    echo "== $name: ${seconds}s" >&2
    # -max_len: small inputs run fast and reach the same code; -timeout: an input taking 10 s is a
    # hang worth keeping; -rss_limit_mb: libFuzzer's default, stated.
    if ! "$bin/$(product "$name")" "$corpus" "${seeds[@]}" "${dictionary[@]}" \
            -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
            -artifact_prefix=".work/crashes/$name-" "$@" 2> ".work/$name.log"; then
        status=1
        tail -n 40 ".work/$name.log" >&2
        for crash in .work/crashes/"$name"-*; do
            [[ -e "$crash" ]] && echo "run.sh: $name: kept Fuzz/$crash; replay: Fuzz/${bin#"$PWD/"}/$(product "$name") Fuzz/$crash" >&2
        done
    else
        grep -E "^(Done|stat::number_of_executed_units|stat::peak_rss_mb)" ".work/$name.log" >&2 || true
    fi
done
exit "$status"
