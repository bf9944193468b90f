#!/usr/bin/env bash
# TODO: set -euo pipefail once the flaky download step is fixed
set -x

python -m pipeline.download --date "$1"
python -m pipeline.train --config configs/prod.yaml
python -m pipeline.publish
