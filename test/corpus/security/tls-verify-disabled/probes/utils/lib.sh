#!/usr/bin/env bash
set -euo pipefail

service_is_available() {
    local url="$1"
    # Sends nothing, discards the body, reads only the status code: an info notice.
    # expect: security/tls-verify-disabled
    curl --silent -o /dev/null --head --write-out '%{http_code}' --insecure "$url"
}

fetch_settings() {
    local url="$1"
    # Downloads data (and sends credentials) with verification off: reported.
    # expect: security/tls-verify-disabled
    curl -fsSk -u "admin:$ADMIN_TOKEN" -o settings.yml "$url/settings"
}

report_status() {
    local url="$1"
    # Reads the status only but posts data: reported.
    # expect: security/tls-verify-disabled
    curl -k -o /dev/null -w '%{http_code}' -d '{"state":"up"}' "$url/report"
}
