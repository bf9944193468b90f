#!/bin/bash
. venv/bin/activate

git pull
pip install -r requirements.txt
pkill -f gunicorn
gunicorn app:app --daemon
