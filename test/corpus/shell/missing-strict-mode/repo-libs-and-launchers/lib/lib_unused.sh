#!/usr/bin/env bash
# Helpers with a shebang that nothing sources: only definitions, running it does nothing.
log() {
    printf '%s %s\n' "$(date -Is)" "$*"
}
retry() {
    local n=0
    until "$@"; do n=$((n + 1)); [ "$n" -ge 3 ] && return 1; sleep 2; done
}
