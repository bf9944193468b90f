export function retry(x: number): number {
  return x * 2;
}
