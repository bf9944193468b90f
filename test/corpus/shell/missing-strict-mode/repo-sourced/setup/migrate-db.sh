echo "Migrating the database ..."
$dc up -d postgres
$dc run --rm web manage migrate --noinput
