#!/usr/bin/env bash
# Regenerates the man page docs/man/assay.1 from the command-line interface itself, with
# ArgumentParser's generate-manual plugin (every command, option and example of `assay --help`).
# Run it after changing a command; scripts/install.sh installs the page.
#
#   scripts/generate-manual.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
swift package --allow-writing-to-directory "$out" generate-manual --configuration debug --date 2026-12-07 \
    --authors "the Assay authors" --output-directory "$out" >/dev/null
mkdir -p docs/man
cp "$out/assay.1" docs/man/assay.1
echo "wrote docs/man/assay.1" >&2
