#!/usr/bin/env bash
# Installs assay with what it ships beside the binary — the rule packs, the models and the source
# registry — under a prefix, where the installed binary finds them:
#   PREFIX/bin/assay
#   PREFIX/libexec/assay/assay-fetch (fetches web pages for assay, in a process of its own)
#   PREFIX/share/assay/Rules/*.yml (and their README)
#   PREFIX/share/assay/Models/*.json (and their README)
#   PREFIX/share/assay/seeds/sources.yml
#   PREFIX/share/man/man1/assay.1 (the man page, docs/man/assay.1)
#   shell completions: PREFIX/share/bash-completion/completions/assay,
#     PREFIX/share/zsh/site-functions/_assay, PREFIX/share/fish/vendor_completions.d/assay.fish
#
#   swift build -c release && scripts/install.sh /usr/local
#   scripts/install.sh --binary PATH PREFIX      # install another build of assay (assay-fetch beside it)
#
# ASSAY_RULES=DIR and --rules DIR still add or replace packs at run time; ASSAY_MODELS=DIR and
# --models PATH replace the models.
set -euo pipefail
cd "$(dirname "$0")/.."

binary=".build/release/assay"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --binary) binary="$2"; shift 2 ;;
        -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "install.sh: unknown option '$1' (try --help)" >&2; exit 64 ;;
        *) break ;;
    esac
done
if [[ $# -ne 1 ]]; then
    echo "install.sh: give one PREFIX, such as /usr/local (try --help)" >&2
    exit 64
fi
prefix="$1"
if [[ ! -x "$binary" ]]; then
    echo "install.sh: no assay binary at $binary; build it first with 'swift build -c release'" >&2
    exit 2
fi
fetcher="$(dirname "$binary")/assay-fetch"
if [[ ! -x "$fetcher" ]]; then
    echo "install.sh: no assay-fetch beside $binary; build both with 'swift build -c release'" >&2
    exit 2
fi
install -d "$prefix/bin" "$prefix/libexec/assay" "$prefix/share/assay/Rules" "$prefix/share/assay/Models" "$prefix/share/assay/seeds"
install -m 755 "$binary" "$prefix/bin/assay"
install -m 755 "$fetcher" "$prefix/libexec/assay/assay-fetch"
install -m 644 Rules/*.yml Rules/README.md "$prefix/share/assay/Rules/"
install -m 644 Models/*.json Models/README.md "$prefix/share/assay/Models/"
install -m 644 seeds/sources.yml "$prefix/share/assay/seeds/sources.yml"
install -d "$prefix/share/man/man1" "$prefix/share/bash-completion/completions" "$prefix/share/zsh/site-functions" \
    "$prefix/share/fish/vendor_completions.d"
install -m 644 docs/man/assay.1 "$prefix/share/man/man1/assay.1"
"$binary" --generate-completion-script bash > "$prefix/share/bash-completion/completions/assay"
"$binary" --generate-completion-script zsh > "$prefix/share/zsh/site-functions/_assay"
"$binary" --generate-completion-script fish > "$prefix/share/fish/vendor_completions.d/assay.fish"
echo "installed $prefix/bin/assay and $prefix/libexec/assay/assay-fetch; its rule packs, models and source registry in $prefix/share/assay; its man page and shell completions under $prefix/share" >&2
