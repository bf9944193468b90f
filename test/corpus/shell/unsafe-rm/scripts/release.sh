#!/usr/bin/env bash
# Publishes a release build to the web root.
set -euo pipefail

VERSION="$(git describe --tags)"
echo "Releasing ${VERSION} to ${RELEASE_DIR}"

# expect: shell/unsafe-rm
rm -rf "$RELEASE_DIR/"*
cp -a build/. "$RELEASE_DIR/"

# ok: shell/unsafe-rm
rm -rf build/ dist/ .cache/
