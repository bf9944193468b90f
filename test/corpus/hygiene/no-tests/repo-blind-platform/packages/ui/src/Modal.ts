export function Modal(x: number): number {
  return x * 2;
}
