#!/bin/bash
set -euo pipefail
chown -R root:root /srv/app/data
exec python -m recipes.server
