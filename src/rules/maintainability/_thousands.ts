/**
 * A count with thousands separators, as `n.toLocaleString('en-US')` writes a non-negative integer (`12,345`).
 * Not through ICU: its number-format data is loaded on a thread's first call (≈ 15 ms), and rule modules are
 * loaded (their docs built) in every thread.
 */
export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
