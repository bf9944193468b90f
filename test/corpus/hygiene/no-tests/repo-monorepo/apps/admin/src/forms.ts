export function forms(input: string): string {
  return input.trim();
}
