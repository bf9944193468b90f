export function auth(x: number): number {
  return x * 2;
}
