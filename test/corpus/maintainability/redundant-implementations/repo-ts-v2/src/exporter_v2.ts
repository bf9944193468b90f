export function toCsv(rows: string[]): string {
  return rows.join(";");
}

export function toJson(rows: string[]): string {
  return JSON.stringify(rows);
}
