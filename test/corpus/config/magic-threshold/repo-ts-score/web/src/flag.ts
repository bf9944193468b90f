export function flag(result: { score: number }): boolean {
  if (result.score > 0.75) {
    return true;
  }
  return false;
}
