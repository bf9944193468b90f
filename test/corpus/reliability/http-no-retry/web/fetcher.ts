export async function load(url: string) {
  // ok: reliability/http-no-retry
  return fetch(url);
}
