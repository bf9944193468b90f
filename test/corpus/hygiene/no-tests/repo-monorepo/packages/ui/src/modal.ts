export function modal(input: string): string {
  return input.trim();
}
