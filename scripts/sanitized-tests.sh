#!/usr/bin/env bash
# The test suite under a sanitizer, in a build folder of its own (.build-address, .build-thread).
#
#   scripts/sanitized-tests.sh address|thread [swift test arguments…]
#
# AddressSanitizer runs without leak detection: the leaks it reports on Linux are all inside
# Foundation (Data(contentsOf:), NSRegularExpression), in the binary and in the test runner
# alike, and would drown any error of ours. Use-after-free, overflows and the like still stop
# the run. A crash or data race makes the run fail, with the sanitizer's report on stderr.
set -euo pipefail
cd "$(dirname "$0")/.."

sanitizer="${1:-}"
case "$sanitizer" in
    address) export ASAN_OPTIONS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}" ;;
    thread) export TSAN_OPTIONS="halt_on_error=1${TSAN_OPTIONS:+:$TSAN_OPTIONS}" ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "sanitized-tests.sh: say address or thread (try --help)" >&2; exit 64 ;;
esac
shift
# A crash would otherwise start Swift's backtracer, which can wait on the crashed process.
export SWIFT_BACKTRACE=enable=no
export ASSAY_SANITIZER="$sanitizer"
swift test --sanitize="$sanitizer" --scratch-path ".build-$sanitizer" "$@"
