#!/bin/bash
set -o errexit -o nounset -o pipefail

curl -fsS "$FEED_URL" | python -m feeds.import --stdin
python -m feeds.reconcile
