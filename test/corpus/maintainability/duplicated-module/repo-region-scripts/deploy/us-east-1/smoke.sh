#!/bin/bash
set -euo pipefail
for path in /healthz /readyz; do
  curl -fsS --max-time 5 "https://us.app.example.com${path}" >/dev/null
done
echo ok
