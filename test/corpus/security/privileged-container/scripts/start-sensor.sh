#!/usr/bin/env bash
# Starts the packet sensor on the edge box.
set -euo pipefail

IMAGE="registry.example.com/sensor:${SENSOR_VERSION:-latest}"

docker pull "$IMAGE"
docker rm -f sensor 2>/dev/null || true
# expect: security/privileged-container
docker run -d --restart=always --name sensor --net=host --privileged \
  -v /var/lib/sensor:/data \
  "$IMAGE"

# The USB reader only needs its device, not --privileged:
# ok: security/privileged-container
docker run -d --restart=always --name reader --device=/dev/ttyUSB0 "$IMAGE" reader
# ok: security/privileged-container
docker ps --filter "name=sensor" --format '{{.Names}} privileged={{.HostConfig.Privileged}}'
# expect: security/privileged-container
docker container run --rm --cap-add ALL "$IMAGE" selftest
