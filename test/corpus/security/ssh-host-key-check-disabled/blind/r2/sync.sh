#!/bin/bash
set -euo pipefail
# expect: security/ssh-host-key-check-disabled
sshpass -p "$SSH_PASS" ssh -oStrictHostKeyChecking=no "root@$TARGET" 'df -h'
# expect: security/ssh-host-key-check-disabled
scp -o StrictHostKeyChecking=off backup.tar.gz "ops@$TARGET:/srv/"
# ok: security/ssh-host-key-check-disabled
ssh -o StrictHostKeyChecking=ask "ops@$TARGET" true
