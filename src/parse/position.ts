import type { Position, Range } from '../rules/types.js';

/** The one place where 0-based tree-sitter positions become the 1-based positions of findings. */
export function fromSg(range: { start: { line: number; column: number }; end: { line: number; column: number } }): Range {
  return {
    start: { line: range.start.line + 1, column: range.start.column + 1 },
    end: { line: range.end.line + 1, column: range.end.column + 1 },
  };
}

/** Builds an offset → 1-based position function for a text (binary search over line starts). */
export function lineIndex(source: string): (offset: number) => Position {
  const starts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
}

/** A range on one line, from 1-based line and 0-based start/end character columns. */
export function lineRange(line: number, startCol0: number, endCol0: number): Range {
  return { start: { line, column: startCol0 + 1 }, end: { line, column: endCol0 + 1 } };
}
