export function Button(x: number): number {
  return x * 2;
}
