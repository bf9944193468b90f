#!/usr/bin/env bash
set -euo pipefail
# expect: security/privileged-container
docker run -d --restart=always --privileged --name host-agent \
  -v /var/run/docker.sock:/var/run/docker.sock acme/host-agent:5.0.3
# expect: security/privileged-container
docker run -d --cap-add=SYS_ADMIN --device /dev/fuse --name s3fs acme/s3fs:1.9
# ok: security/privileged-container
docker run -d --cap-add=NET_BIND_SERVICE --name edge -p 443:443 acme/edge:2.2
