/** Text helpers shared by the Markdown reporters: escaping for table cells and inline code, hour figures. */
import { printable } from '../engine/printable.js';

export const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
export const num = (n: number) => String(Math.round(n * 100) / 100);
export const fmtH = (h: number) => `${num(h)} h`;
/** A table cell: pipes escaped, control characters (line breaks included) shown as escapes. */
export const cell = (s: string) => printable(s).replace(/\|/g, '\\|');
/** Text that goes between backticks: backticks replaced so the code span cannot be closed early. */
export const tick = (s: string) => printable(s).replace(/`/g, "'");
/** `text` as an inline code span (escaped). */
export const code = (s: string) => `\`${tick(s)}\``;
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
