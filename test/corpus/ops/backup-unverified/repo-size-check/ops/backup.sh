#!/bin/bash
f=/var/backups/app.sql
pg_dump app > "$f"
[ -s "$f" ] || exit 1
