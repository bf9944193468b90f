# Run by the ops cron as `bash ops/refresh-cache.sh`.
CACHE_DIR=/var/cache/app
curl -fsS "https://api.internal/export" | gzip > "$CACHE_DIR/export.json.gz"
find "$CACHE_DIR" -name '*.gz' -mtime +3 -delete
systemctl reload app
