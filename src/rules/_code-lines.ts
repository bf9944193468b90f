/**
 * Code lines of a function (maintainability/large-file): lines holding code, not counting blank lines, comment
 * lines and (Python) docstrings and other string statements. Read from the lines only (no tree), and only for
 * functions whose raw length already reaches the limit.
 */

const PY_STRING_START = /^[rRbBuUfF]{0,2}("""|''')/;
/** The characters a string statement can start with (the regex is tried only on those lines). */
const STRING_PREFIX_CHAR = /[rRbBuUfF"']/;

/** Python: code lines of lines[start..end] (0-based, inclusive). */
export function pyCodeLines(lines: readonly string[], start: number, end: number, keep: { blank?: boolean; comments?: boolean } = {}): number {
  let count = 0;
  /** Inside a triple-quoted string: its delimiter, and whether it is a statement (docstring) or a value. */
  let open: { delim: string; statement: boolean } | undefined;
  for (let i = start; i <= end && i < lines.length; i++) {
    const line = lines[i];
    if (open) {
      const at = line.indexOf(open.delim);
      if (!open.statement) count++;
      if (at < 0) continue;
      const wasStatement = open.statement;
      open = undefined;
      // The rest of the line after the closing quotes: a value string's line is counted already.
      if (wasStatement) open = scanRest(line.slice(at + 3));
      continue;
    }
    const t = line.trim();
    if (!t || t.startsWith('#')) {
      if ((!t && keep.blank) || (t && keep.comments)) count++;
      continue;
    }
    const m = STRING_PREFIX_CHAR.test(t[0]) ? PY_STRING_START.exec(t) : null;
    if (m) {
      // A string statement (docstring): not code. Closed on the same line, or open until its delimiter.
      const close = t.indexOf(m[1], m[0].length);
      if (close < 0) open = { delim: m[1], statement: true };
      continue;
    }
    count++;
    open = scanRest(t);
  }
  return count;
}

/** A triple-quoted value string left open at the end of a code line (`sql = """`), if any. */
function scanRest(text: string): { delim: string; statement: boolean } | undefined {
  // Character codes, not `slice(j, j + 3)` per character: this runs over every code line of every Python file.
  let delim = 0; // 0: outside a triple-quoted string; else the quote's code (34 `"`, 39 `'`)
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 35 && !delim) return undefined; // '#'
    if ((c === 34 || c === 39) && text.charCodeAt(j + 1) === c && text.charCodeAt(j + 2) === c) {
      if (!delim) delim = c;
      else if (c === delim) delim = 0;
      j += 2;
    }
  }
  return delim ? { delim: delim === 34 ? '"""' : "'''", statement: false } : undefined;
}

/** JavaScript/TypeScript: code lines of lines[start..end] (0-based, inclusive): no blank, `//` or `/* … *\/` comment lines. */
export function jsCodeLines(lines: readonly string[], start: number, end: number): number {
  let count = 0;
  let inBlock = false;
  for (let i = start; i <= end && i < lines.length; i++) {
    let t = lines[i].trim();
    if (inBlock) {
      const close = t.indexOf('*/');
      if (close < 0) continue;
      inBlock = false;
      t = t.slice(close + 2).trim();
    }
    while (t.startsWith('/*')) {
      const close = t.indexOf('*/', 2);
      if (close < 0) {
        inBlock = true;
        t = '';
        break;
      }
      t = t.slice(close + 2).trim();
    }
    if (!t || t.startsWith('//')) continue;
    count++;
  }
  return count;
}
