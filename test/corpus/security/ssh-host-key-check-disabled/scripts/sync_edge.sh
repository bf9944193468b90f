#!/usr/bin/env bash
set -euo pipefail
SSH_OPTS="-o StrictHostKeyChecking=accept-new -o ConnectTimeout=10"
for host in $(cat hosts.txt); do
  # ok: security/ssh-host-key-check-disabled
  ssh $SSH_OPTS "ops@$host" 'df -h /'
  # expect: security/ssh-host-key-check-disabled
  rsync -az -e "ssh -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null" ./edge/ "ops@$host:/opt/edge/"
done
# ok: security/ssh-host-key-check-disabled
ssh-keygen -R "$OLD_HOST" || true
