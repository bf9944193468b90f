/** `s` as a literal inside a regular expression (JS `RegExp` and ast-grep's Rust `regex` alike). */
export const reEscape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
