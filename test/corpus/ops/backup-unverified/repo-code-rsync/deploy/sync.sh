#!/bin/bash
rsync -az build/ web@host:/srv/www/
