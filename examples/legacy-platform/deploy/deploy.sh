#!/bin/bash
# Stages one service and ships it to the platform host.
# usage: RELEASE_DIR=/var/tmp/release ./deploy/deploy.sh <service>

SERVICE=$1
HOST=10.40.2.17
LOCK=/tmp/platform-deploy.lock

if [ -e "$LOCK" ]; then
    echo "another deploy is running ($LOCK)"
    exit 1
fi
touch "$LOCK"

echo "staging $SERVICE in $RELEASE_DIR"
rm -rf "$RELEASE_DIR/"*
cp -r "services/$SERVICE/." "$RELEASE_DIR/"
tar -czf "/tmp/$SERVICE.tgz" -C "$RELEASE_DIR" .

scp -o StrictHostKeyChecking=no "/tmp/$SERVICE.tgz" deploy@$HOST:/tmp/
ssh -o StrictHostKeyChecking=no deploy@$HOST "cd /opt/platform && tar -xzf /tmp/$SERVICE.tgz -C services/$SERVICE && docker compose up -d --build $SERVICE"

rm -f "$LOCK"
echo "deployed $SERVICE to $HOST"
