#!/bin/bash
set -euo pipefail
rel=/srv/app/releases/$(git rev-parse --short HEAD)
rsync -az app/ "deploy@host:$rel/"
ssh deploy@host "ln -sfn $rel /srv/app/current && sudo systemctl restart app"
