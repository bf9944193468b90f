#!/usr/bin/env bash

variant="${1:-default}"

docker build -f "docker/$variant.Dockerfile" -t app:local .

docker rm -f app-local || true

docker run --name app-local --rm -p 9090:9090 app:local
