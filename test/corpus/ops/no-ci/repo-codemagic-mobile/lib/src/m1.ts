export function f1() {
  return 1;
}
