#!/usr/bin/env bash
set -euo pipefail
mkdir -p /var/www/shop/uploads /var/run/shop /tmp/shop-shared
# expect: security/insecure-file-permissions
chmod 777 /var/www/shop/uploads
# expect: security/insecure-file-permissions
chmod -R a+rw /var/run/shop
# expect: security/insecure-file-permissions
chmod 666 /var/run/docker.sock
# ok: security/insecure-file-permissions
chmod 1777 /tmp/shop-shared
# ok: security/insecure-file-permissions
chmod 755 /usr/local/bin/shop-entrypoint
# ok: security/insecure-file-permissions
chmod +x ./bin/*.sh
# ok: security/insecure-file-permissions
chmod 640 /etc/shop/app.conf
# ok: security/insecure-file-permissions
chmod go-rwx /etc/shop/secrets
