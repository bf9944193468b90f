#!/bin/bash
# Install, then patch the generated settings.
./install.sh --skip-user-creation

echo "CSRF_TRUSTED_ORIGINS = [\"https://$WEB_HOST\"]" >> app/settings.py
