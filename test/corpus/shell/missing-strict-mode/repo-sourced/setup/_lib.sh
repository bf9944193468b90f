# Shared helpers, sourced by install.sh.
if [[ -f .env.local ]]; then
  ENV_FILE=.env.local
else
  ENV_FILE=.env
fi
dc="docker compose --env-file $ENV_FILE"
