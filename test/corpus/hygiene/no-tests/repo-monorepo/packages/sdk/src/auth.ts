export function auth(input: string): string {
  return input.trim();
}
