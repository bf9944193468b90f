export function button(input: string): string {
  return input.trim();
}
