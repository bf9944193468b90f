# Shared helpers, sourced by the scripts in bin/.
RED='\033[0;31m'
NC='\033[0m'

log() {
  printf '%s %s\n' "$(date -Is)" "$*"
}

fail() {
  printf "${RED}%s${NC}\n" "$*" >&2
  exit 1
}
