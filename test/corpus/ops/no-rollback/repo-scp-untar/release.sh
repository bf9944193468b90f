#!/bin/bash
set -euo pipefail
tar czf app.tgz app/
scp app.tgz ops@10.0.0.5:/tmp/
ssh ops@10.0.0.5 "tar -xzf /tmp/app.tgz -C /opt/app && supervisorctl restart app"
