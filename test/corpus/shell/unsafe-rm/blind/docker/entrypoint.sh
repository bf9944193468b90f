#!/bin/sh
set -eu

# Django collects static files into STATIC_ROOT, supplied by the orchestrator.
# expect: shell/unsafe-rm
rm -fr "$STATIC_ROOT/"*
python manage.py collectstatic --noinput

cd /app
# ok: shell/unsafe-rm
rm -rf "$PWD/tmp"
exec gunicorn config.wsgi:application --bind 0.0.0.0:8000
