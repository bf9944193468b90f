export function format(input: string): string {
  return input.trim();
}
