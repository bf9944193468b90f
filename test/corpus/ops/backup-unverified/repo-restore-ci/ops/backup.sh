#!/bin/bash
pg_dump app > /var/backups/app.sql
