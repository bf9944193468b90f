#!/bin/bash
set -euo pipefail
npm run build
scp -r dist/* www@web1:/var/www/site/
