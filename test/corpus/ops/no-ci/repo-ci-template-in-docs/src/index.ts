export function handler(): string {
  return "ok";
}
