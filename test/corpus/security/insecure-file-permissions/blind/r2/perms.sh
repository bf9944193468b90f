#!/bin/bash
set -euo pipefail
# expect: security/insecure-file-permissions
chmod -R 0777 "$SHARED_DIR"
# expect: security/insecure-file-permissions
chmod ugo+rwx /opt/app/cache
# expect: security/insecure-file-permissions
mysqldump --all-databases --result-file="/backups/all-$(date +%F).sql"
# ok: security/insecure-file-permissions
chmod 2775 /srv/shared/team
# ok: security/insecure-file-permissions
chmod u+x,o-rwx ./run.sh
# ok: security/insecure-file-permissions
chmod 0755 /opt/app/bin
