/**
 * reliability/swallowed-exception: a handler whose silence is explained in prose (`except OperationalError:  # the
 * journal mode was already set by another process`). As SonarQube's empty-block rules accept a block that holds a
 * comment, the choice is documented: the finding stays visible, as an info notice.
 *
 * Not every comment explains: a to-do marker (`# TODO: log this`) says the handler is unfinished, a linter directive
 * (`# pylint: disable=…`, `// eslint-disable-next-line`) silences a tool, and commented-out code (`# log.warning(e)`,
 * `// console.error(err);`) is a statement someone took away. None of these counts.
 */

/** To-do markers: the author says the handler is not finished. */
const TODO = /\b(?:TODO|FIXME|XXX|HACK|BUG)\b/;
/** Directives to a tool, not words to a reader. */
const DIRECTIVE = /^(?:pylint:|noqa\b|type:\s*ignore|nosec\b|pragma\b|fmt:|isort:|mypy:|pyright:|eslint-|@ts-|istanbul\b|c8\b|prettier-ignore|jshint\b|noinspection\b|biome-ignore|deno-lint|NOSONAR\b|(?:todo-)?(?:expect|ok|ruleid|todoruleid|ruleid):)/i;
/**
 * Commented-out code: a call (`log.warning(e)`, `console.error(err);`), an assignment, a statement keyword followed
 * by code, or a line ending like code (`;`, `{`, `}`, `)`).
 */
const CODE =
  /^(?:(?:return|raise|throw|pass|continue|break|await|yield|del|import|from\s+[\w.]+\s+import|print|console\.\w+|logger?\.\w+|logging\.\w+)\b(?!\s+[a-z]+\s+[a-z])|[\w$.[\]'"]+\s*(?:[-+*/|&]?=)(?!=)\s*\S|[\w$.]+\s*\(.*\)\s*;?$|(?:if|for|while|def|function|const|let|var|class)\b.*[:{(]\s*$)|[;{}]\s*$/;

/** The words of a comment, without its markers (`#`, `//`, `/* … *\/`, `*`). */
function words(comment: string): string {
  return comment
    .replace(/^\s*(?:#+|\/\/+|\/\*+)/, '')
    .replace(/\*+\/\s*$/, '')
    .split('\n')
    .map((l) => l.replace(/^\s*\*+\s?/, '').trim())
    .join(' ')
    .trim();
}

/** One comment is an explanation: words a reader can act on, not a marker, a directive or a disabled statement. */
export function isProse(comment: string): boolean {
  const w = words(comment);
  if (!/[A-Za-z]{2}/.test(w) || TODO.test(w) || DIRECTIVE.test(w)) return false;
  return !CODE.test(w);
}

/** Some comment among `comments` explains the handler. */
export function explains(comments: readonly string[]): boolean {
  return comments.some(isProse);
}

/**
 * The comment lines right above a handler's header (1-based `line`), at the header's own indentation: in Python
 * they sit between the try body and `except`, and read as the handler's heading (`# no rows to fetch` / `except
 * ProgrammingError: pass`). Stops at the first line that is not such a comment.
 */
export function headingComments(lines: readonly string[], line: number): string[] {
  const header = lines[line - 1] ?? '';
  const indent = header.length - header.trimStart().length;
  const out: string[] = [];
  for (let i = line - 2; i >= 0 && out.length < 6; i--) {
    const l = lines[i];
    const t = l.trimStart();
    if (!t.startsWith('#') || l.length - t.length !== indent) break;
    out.push(t);
  }
  return out;
}
