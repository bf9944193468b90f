export function table(input: string): string {
  return input.trim();
}
