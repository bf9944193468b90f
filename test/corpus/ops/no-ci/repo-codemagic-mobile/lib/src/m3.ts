export function f3() {
  return 3;
}
