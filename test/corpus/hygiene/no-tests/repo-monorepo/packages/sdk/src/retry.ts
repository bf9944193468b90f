export function retry(input: string): string {
  return input.trim();
}
