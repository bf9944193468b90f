export function api(input: string): string {
  return input.trim();
}
