#!/bin/sh
set -u

rsync -az --delete /srv/media/ "media@$MEDIA_HOST:/data/media/"
find /srv/media/tmp -mtime +2 -delete
