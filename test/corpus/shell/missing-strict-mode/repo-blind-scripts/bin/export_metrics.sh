#!/bin/bash
set -o errexit
set -o nounset

curl -fsS "http://$PROM_HOST:9090/api/v1/query?query=up" | jq '.data.result' > /var/lib/export/up.json
gsutil cp /var/lib/export/up.json "gs://$EXPORT_BUCKET/"
