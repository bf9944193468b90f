export function routes(input: string): string {
  return input.trim();
}
