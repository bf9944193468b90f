#!/usr/bin/env bash
set -e

git fetch origin
git checkout "$1"
docker compose build
docker compose up -d --remove-orphans
