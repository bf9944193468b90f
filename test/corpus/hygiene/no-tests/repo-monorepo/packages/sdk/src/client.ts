export function client(input: string): string {
  return input.trim();
}
