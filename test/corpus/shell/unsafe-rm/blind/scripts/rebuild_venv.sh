#!/bin/bash
# usage: rebuild_venv.sh <project-dir>
set -eu -o pipefail

PROJECT="$1"
TARGET="$PREFIX"

# expect: shell/unsafe-rm
rm -rf "$PROJECT/.venv"
python3 -m venv "$PROJECT/.venv"

# expect: shell/unsafe-rm
rm -r -f "$TARGET/lib/python3.11/site-packages/app"

# ok: shell/unsafe-rm
rm -rf "$HOME/.cache/pip"

OUT=${OUT:-./dist}
# ok: shell/unsafe-rm
rm -rf "$OUT"/*

WORK=$(mktemp -d)
# ok: shell/unsafe-rm
trap 'rm -rf "$WORK"' EXIT
