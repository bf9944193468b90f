#!/bin/bash
set -euo pipefail

KEYRING_DIR=/etc/apt/trusted.gpg.d
GNUPGHOME=$(mktemp -d)
trap 'rm -rf "$GNUPGHOME"' EXIT

remove_key() {
    local keyring="$1"
    # A keyring that does not exist has no keys to remove: an input check, not a lock.
    # ok: shell/lockfile-race
    if [ ! -e "$keyring" ]; then
        return
    fi
    gpg --no-default-keyring --keyring "$keyring" --delete-keys "$2"
    gpg --no-default-keyring --keyring "$keyring" --export > "$keyring"
}

list_keys() {
    gpg --list-keys > "$GNUPGHOME/out.log" 2> "$GNUPGHOME/err.log" || true
    # ok: shell/lockfile-race
    if [ ! -s "$GNUPGHOME/out.log" ]; then
        return
    fi
    cat "$GNUPGHOME/out.log" > "$GNUPGHOME/out.log.bak"
}

refresh() {
    local marker="$KEYRING_DIR/.refresh"
    # expect: shell/lockfile-race
    [ ! -f "$marker" ] || exit 0
    touch "$marker"
    gpg --refresh-keys
    rm -f "$marker"
}

remove_key "$KEYRING_DIR/vendor.gpg" "$1"
list_keys
refresh
