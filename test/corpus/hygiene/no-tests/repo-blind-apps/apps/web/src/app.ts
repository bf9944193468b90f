export function app(x: number): number {
  return x * 2;
}
