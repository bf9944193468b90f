export function f2() {
  return 2;
}
