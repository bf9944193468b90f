export async function POST() {
  if (process.env.DISABLE_LOGIN || process.env.CLOUD_MODE) {
    return new Response(null, { status: 403 });
  }
  return new Response('ok');
}
