function requireVars(keys) {
  const absent = keys.filter((key) => !process.env[key]);
  if (absent.length) {
    console.error(`Missing environment variables: ${absent.join(', ')}`);
    process.exit(1);
  }
}

if (!process.env.SKIP_CHECKS) {
  requireVars(['DATABASE_URL']);
}
if (process.env.CLOUD_URL) {
  requireVars(['CLOUD_URL', 'REDIS_URL']);
}
