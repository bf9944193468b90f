export function total(items: number[]): number {
  // expect: hygiene/todo-markers
  // FIXME: rounding is wrong for JPY
  return items.reduce((a, b) => a + b, 0);
}

/**
 * ok: hygiene/todo-markers
 * Computes the tax. See docs/TODO.md for the roadmap.
 */
export function tax(n: number): number {
  return n * 0.2;
}
