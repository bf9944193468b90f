export function routes(x: number): number {
  return x * 2;
}
