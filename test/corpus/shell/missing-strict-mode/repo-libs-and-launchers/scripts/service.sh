#!/usr/bin/env bash
cd ../api/src

# run the service with gunicorn
gunicorn --workers=2 --bind=0.0.0.0:5005 "app:create_app()"
