export function session(input: string): string {
  return input.trim();
}
