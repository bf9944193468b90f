export function charts(input: string): string {
  return input.trim();
}
