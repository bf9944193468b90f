#!/bin/bash
set -euo pipefail

MODEL_ROOT=/opt/models
KEEP=3

cd "$MODEL_ROOT"
for old in $(ls -1t | tail -n +$((KEEP + 1))); do
  # ok: shell/unsafe-rm
  rm -rf "$old"
done
# ok: shell/unsafe-rm
rm -rf "$MODEL_ROOT/tmp"

if [ -d "$SCRATCH_DIR" ]; then
  # ok: shell/unsafe-rm
  rm -rf "$SCRATCH_DIR"/partial-*
fi

cleanup_target() {
  local target=$1
  # expect: shell/unsafe-rm
  sudo rm -rf "$target"/*
}
cleanup_target "$OUTPUT"
