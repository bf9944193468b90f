#!/usr/bin/env bash
# Publishes the static site built by CI into the web root of the host.
set -euo pipefail

SITE_SRC=public
: "${WEB_ROOT:?WEB_ROOT must point at the nginx document root}"

log() { printf '[publish] %s\n' "$*"; }

# ok: shell/unsafe-rm
rm -rf "$WEB_ROOT"/*
cp -a "$SITE_SRC"/. "$WEB_ROOT"/

# The CDN cache directory comes from the environment of the deploy user.
# expect: shell/unsafe-rm
rm -rf "$CDN_CACHE_DIR"/*

# A typo-safe variant for the preview tree.
# ok: shell/unsafe-rm
rm -rf "${PREVIEW_ROOT:?}/"*

log "printing what would be removed: rm -rf $OLD_ROOT"
# ok: shell/unsafe-rm
echo "to clean manually: rm -rf $OLD_ROOT/*"

STAMP_DIR=/var/lib/publish/stamps
# ok: shell/unsafe-rm
rm -rf "$STAMP_DIR"/old
