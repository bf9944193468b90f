#!/bin/bash
# Copies freshly trained defect models from the training box to the platform host.
# Runs hourly from cron; enrichment picks up /srv/models/current on restart.

TRAIN_HOST=10.40.3.8
PLATFORM_HOST=10.40.2.17
STAGING=/srv/models/incoming

set -e

rsync -az -e "ssh -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null" \
    trainer@$TRAIN_HOST:/home/trainer/models/ "$STAGING/"

latest=$(ls -1t "$STAGING"/*.pkl | head -n 1)
echo "latest model: $latest"

scp -o StrictHostKeyChecking=no "$latest" deploy@$PLATFORM_HOST:/srv/models/current/defect_model.pkl
ssh -o StrictHostKeyChecking=no deploy@$PLATFORM_HOST "docker restart platform-enrichment-1"
