#!/bin/bash
set -euo pipefail
rsync -az --delete app/ deploy@app-host:/srv/app/
ssh deploy@app-host "sudo systemctl restart app"
