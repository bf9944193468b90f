#!/bin/bash
rsync -az /var/backups/ backup@vault:/srv/backups/
