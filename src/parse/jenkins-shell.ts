import type { ShellSnippet } from './embedded-shell.js';

/**
 * Finds the shell a Jenkinsfile runs: the string argument of each `sh` step — `sh 'cmd'`, `sh "cmd"`,
 * `sh '''…'''`, `sh """…"""`, `sh(script: '…', returnStdout: true)`, `sh(label: 'x', script: """…""")`.
 *
 * Groovy has no tree-sitter grammar in our parser set, so this is a small hand scanner that knows
 * Groovy's comments and string forms (which is all it needs to find `sh` calls and their literals; it never
 * evaluates anything). Decisions:
 * - GStrings (`"…"`, `"""…"""`): Groovy interpolates `$x` / `${expr}` before the shell sees the text.
 *   `${env.NAME}` / `${params.NAME}` / `$env.NAME` become the shell variable `${NAME}` (the value comes
 *   from the environment or a build parameter, so it can be empty like any shell variable); any other
 *   `${expr}` becomes `${expr}` with non-word characters turned into `_`. `\$` is a literal `$` for the
 *   shell.
 * - Single-quoted strings are passed through as written (backslash escapes removed).
 * - Each snippet keeps the host file's line numbers; columns are exact on a snippet's first line and
 *   shift left by the characters an escape or interpolation removed on the same line.
 */
export function extractJenkinsShell(source: string): ShellSnippet[] {
  const out: ShellSnippet[] = [];
  const n = source.length;
  let i = 0;
  while (i < n) {
    const c = source[i];
    if (c === '/' && source[i + 1] === '/') {
      i = lineEnd(source, i);
    } else if (c === '/' && source[i + 1] === '*') {
      const e = source.indexOf('*/', i + 2);
      i = e === -1 ? n : e + 2;
    } else if (c === "'" || c === '"') {
      i = readString(source, i)?.end ?? i + 1; // an unterminated quote (slashy string, typo) is skipped
    } else if (isWordStart(c) && (i === 0 || !isWordChar(source[i - 1]))) {
      let j = i;
      while (j < n && isWordChar(source[j])) j++;
      const word = source.slice(i, j);
      if (word === 'sh') {
        const lit = shArgument(source, j);
        if (lit) {
          out.push(toSnippet(source, lit));
          i = lit.end;
          continue;
        }
      }
      i = j;
    } else {
      i++;
    }
  }
  return out;
}

interface StringLit {
  /** Offset of the first character of the body (after the opening quote). */
  bodyStart: number;
  bodyEnd: number;
  /** Offset just after the closing quote. */
  end: number;
  interpolated: boolean;
}

/** The literal that `sh` runs: its first positional argument or its `script:` named argument. */
function shArgument(src: string, from: number): StringLit | undefined {
  let j = skipSpace(src, from);
  if (src[j] === "'" || src[j] === '"') return readString(src, j);
  // `sh(…)`, or Groovy's parenthesis-free named arguments `sh label: 'x', script: '…'` (on one line).
  const parens = src[j] === '(';
  if (parens) j++;
  else if (!/^\w+\s*:/.test(src.slice(j, j + 64))) return undefined;
  // Walk the argument list at depth 0: `name: value` pairs and positional values.
  let first = true;
  for (let guard = 0; guard < 64; guard++) {
    j = skipSpace(src, j, parens);
    if (j >= src.length || src[j] === ')' || src[j] === '\n') return undefined;
    const named = /^(\w+)\s*:\s*/.exec(src.slice(j, j + 64));
    if (named) {
      j += named[0].length;
      if (named[1] === 'script' && (src[j] === "'" || src[j] === '"')) return readString(src, j);
    } else if (first && (src[j] === "'" || src[j] === '"')) {
      return readString(src, j);
    }
    first = false;
    j = skipValue(src, j, parens);
    if (src[j] === ',') j++;
    else return undefined;
  }
  return undefined;
}

/** Skips one argument value up to the `,` or `)` (or, without parentheses, the newline) that ends it. */
function skipValue(src: string, from: number, parens: boolean): number {
  let depth = 0;
  let j = from;
  while (j < src.length) {
    const c = src[j];
    if (c === "'" || c === '"') {
      const s = readString(src, j);
      if (!s) return src.length;
      j = s.end;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return j;
      depth--;
    } else if (depth === 0 && (c === ',' || (!parens && c === '\n'))) return j;
    j++;
  }
  return j;
}

function readString(src: string, at: number): StringLit | undefined {
  const q = src[at];
  const triple = src.startsWith(q.repeat(3), at);
  const open = triple ? 3 : 1;
  let j = at + open;
  while (j < src.length) {
    const c = src[j];
    if (c === '\\') {
      j += 2;
      continue;
    }
    if (!triple && c === '\n') return undefined; // unterminated one-line string
    if (triple ? src.startsWith(q.repeat(3), j) : c === q) {
      return { bodyStart: at + open, bodyEnd: j, end: j + open, interpolated: q === '"' };
    }
    j++;
  }
  return undefined;
}

function toSnippet(src: string, lit: StringLit): ShellSnippet {
  const before = src.slice(0, lit.bodyStart);
  const line = before.split('\n').length;
  const column = lit.bodyStart - (before.lastIndexOf('\n') + 1);
  const body = src.slice(lit.bodyStart, lit.bodyEnd);
  const text = lit.interpolated ? gstringToShell(body) : body.replace(/\\(.)/g, '$1');
  // Pad the first line so that its columns are the host file's; later lines keep their own indentation.
  return { line, columnOffset: 0, text: ' '.repeat(column) + text };
}

/** What the shell receives from a Groovy GString (see the module comment). */
function gstringToShell(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\' && i + 1 < body.length) {
      out += body[i + 1];
      i++;
    } else if (c === '$' && body[i + 1] === '{') {
      const close = body.indexOf('}', i + 2);
      if (close === -1) {
        out += body.slice(i);
        break;
      }
      out += `\${${groovyName(body.slice(i + 2, close))}}`;
      i = close;
    } else if (c === '$' && isWordStart(body[i + 1] ?? '')) {
      const m = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*/.exec(body.slice(i + 1))!;
      out += `\${${groovyName(m[0])}}`;
      i += m[0].length;
    } else {
      out += c;
    }
  }
  return out;
}

function groovyName(expr: string): string {
  const e = expr.trim().replace(/^(env|params)\./, '');
  return e.replace(/\W/g, '_') || '_';
}

function skipSpace(src: string, j: number, newlines = false): number {
  while (j < src.length && (src[j] === ' ' || src[j] === '\t' || (newlines && (src[j] === '\n' || src[j] === '\r')))) j++;
  return j;
}

function lineEnd(src: string, i: number): number {
  const e = src.indexOf('\n', i);
  return e === -1 ? src.length : e;
}

function isWordStart(c: string): boolean {
  return /[A-Za-z_]/.test(c);
}

function isWordChar(c: string): boolean {
  return /\w/.test(c);
}
