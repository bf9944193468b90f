#!/bin/sh
set -eu
# expect: security/privileged-container
podman run -d --privileged --name node-agent quay.io/acme/node-agent:2.0
