#!/bin/bash
set -e
cd /srv/app
git pull origin main
sudo systemctl restart app
