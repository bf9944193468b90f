#!/usr/bin/env bash
set -euo pipefail
ansible-playbook -i inventories/prod site.yml --limit "${1:-all}"
