#!/bin/bash
set -o errexit
set -o nounset
set -o pipefail
find /var/log/app -name '*.log' -size +100M | xargs -r gzip
systemctl reload app
