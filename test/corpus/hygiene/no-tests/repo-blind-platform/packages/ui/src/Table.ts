export function Table(x: number): number {
  return x * 2;
}
