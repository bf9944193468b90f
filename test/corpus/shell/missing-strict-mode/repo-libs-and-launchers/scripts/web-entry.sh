#!/bin/sh
set -ex
until psql -h db -c "select 1" > /dev/null 2>&1; do echo "waiting for postgres"; sleep 1; done
npm run build
npm run migrate
node index.js
