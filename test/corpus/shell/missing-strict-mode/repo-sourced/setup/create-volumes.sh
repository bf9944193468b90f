echo "Creating volumes ..."
for v in app-data app-postgres; do
  docker volume create --name="$v"
done
