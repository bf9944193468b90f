export function store(x: number): number {
  return x * 2;
}
