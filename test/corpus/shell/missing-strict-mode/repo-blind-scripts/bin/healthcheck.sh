#!/bin/sh
set -eu

wget -qO- "http://localhost:${PORT:-8000}/healthz" > /dev/null
test -S /run/app/worker.sock
