#!/usr/bin/env bash
set -euo pipefail
HOST="${1:?host}"
KEY="${DEPLOY_KEY_FILE:-$HOME/.ssh/deploy}"

# expect: security/ssh-host-key-check-disabled
ssh -o StrictHostKeyChecking=no -i "$KEY" "deploy@${HOST}" 'sudo systemctl restart api'

# expect: security/ssh-host-key-check-disabled
rsync -az --delete -e "ssh -o StrictHostKeyChecking=no -i $KEY" dist/ "deploy@${HOST}:/srv/api/"

# expect: security/ssh-host-key-check-disabled
export GIT_SSH_COMMAND="ssh -o UserKnownHostsFile=/dev/null -o StrictHostKeyChecking=no"
git fetch origin

# ok: security/ssh-host-key-check-disabled
ssh -o StrictHostKeyChecking=yes -o UserKnownHostsFile=./ops/known_hosts "deploy@${HOST}" uptime
# ok: security/ssh-host-key-check-disabled
ssh -o StrictHostKeyChecking=accept-new "deploy@${HOST}" true
# ok: security/ssh-host-key-check-disabled
# ssh -o StrictHostKeyChecking=no "deploy@${HOST}" 'sudo reboot'
# ok: security/ssh-host-key-check-disabled
ssh-keyscan -H "$HOST" >> ~/.ssh/known_hosts
