#!/usr/bin/env bash
set -euo pipefail
python3 -m venv /opt/app/venv
# ok: ops/unpinned-dependencies
/opt/app/venv/bin/pip install --upgrade pip setuptools wheel
# expect: ops/unpinned-dependencies
/opt/app/venv/bin/pip install gunicorn psycopg2-binary
# ok: ops/unpinned-dependencies
/opt/app/venv/bin/pip install -r requirements.txt
# ok: ops/unpinned-dependencies
pip install "uvicorn==0.30.6"
# expect: ops/unpinned-dependencies
npm install -g pm2
# ok: ops/unpinned-dependencies
npm install -g pm2@5.4.2
# ok: ops/unpinned-dependencies
npm ci
# ok: ops/unpinned-dependencies
npm install
# pip install black   (a comment: not a command)
