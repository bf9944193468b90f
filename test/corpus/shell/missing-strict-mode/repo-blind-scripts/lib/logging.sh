# Sourced by the bin/ scripts: `. "$(dirname "$0")/../lib/logging.sh"`.
LOG_LEVEL=${LOG_LEVEL:-info}

log_info() {
  printf '%s [INFO] %s\n' "$(date -u +%FT%TZ)" "$*" >&2
}

log_error() {
  printf '%s [ERROR] %s\n' "$(date -u +%FT%TZ)" "$*" >&2
}
