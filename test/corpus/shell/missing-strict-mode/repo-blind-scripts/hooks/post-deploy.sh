#!/usr/bin/env bash
shopt -s inherit_errexit
readonly SLACK_CHANNEL="#deploys"
set -euxo pipefail

curl -fsS -X POST "$SLACK_WEBHOOK" -d "{\"channel\": \"$SLACK_CHANNEL\", \"text\": \"deployed $GIT_SHA\"}"
kubectl -n prod annotate deploy/api "deployed-sha=$GIT_SHA" --overwrite
