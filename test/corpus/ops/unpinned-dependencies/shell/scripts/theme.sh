#!/usr/bin/env bash
set -euo pipefail

theme.build() {
    pushd themes/simple
    # ok: ops/unpinned-dependencies
    npm install
    npm run build
    popd
}

theme.analyze() {
    pushd themes/simple
    # ok: ops/unpinned-dependencies
    npm ci
    ANALYZE=true npm run build
    popd
}

# ok: ops/unpinned-dependencies
pip install -e .
# ok: ops/unpinned-dependencies
pip install --trusted-host pypi.org -r requirements.txt
# expect: ops/unpinned-dependencies
pip install --trusted-host pypi.org httpie
