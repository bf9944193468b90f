export function client(x: number): number {
  return x * 2;
}
