#!/bin/bash
set -eu
source venv/bin/activate
python -m trainer.fit --config configs/prod.yaml | tee logs/train.log
python -m trainer.export
