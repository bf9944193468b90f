# Container entrypoint (run with sh): a message, then the command.
echo "Starting the application..."
exec "$@"

gunicorn --bind=0.0.0.0:5000 "app:create_app()"
