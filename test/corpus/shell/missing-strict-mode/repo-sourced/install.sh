#!/usr/bin/env bash
set -eEuo pipefail

source setup/_lib.sh
source setup/create-volumes.sh
source setup/migrate-db.sh
