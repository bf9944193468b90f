#!/bin/bash
# Laravel-style permission "fix" used on the shared host
cd /var/www/portal
# expect: security/insecure-file-permissions
sudo chmod -R 777 storage bootstrap/cache
# ok: security/insecure-file-permissions
sudo chown -R www-data:www-data storage
# ok: security/insecure-file-permissions
chmod -R g+w storage
# ok: security/insecure-file-permissions
find storage -type d -exec chmod 2775 {} \;
