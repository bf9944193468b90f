import type { ShellSnippet } from './embedded-shell.js';

/**
 * The shell a Dockerfile runs: each `RUN` instruction in shell form (not the JSON exec form
 * `RUN ["cmd", "arg"]`), as its own lines of the Dockerfile with the keyword (and `--mount=…` style flags)
 * blanked out, so that backslash-newline continuations stay shell continuations and every position is the
 * Dockerfile's own. Heredoc bodies (`RUN <<EOF`) are passed through as written.
 */
export function extractDockerfileShell(lines: readonly string[]): ShellSnippet[] {
  const out: ShellSnippet[] = [];
  // `ARG NAME=default` / `ENV NAME=value` seen so far, as shell assignments at their own lines: a RUN's
  // snippet starts with them, so that rules know `$NAME` is set (an `ARG NAME` without a default is not).
  const assignments: Array<{ line: number; text: string }> = [];
  for (let i = 0; i < lines.length; i++) {
    const a = /^\s*(ARG|ENV)\s+([A-Za-z_][A-Za-z0-9_]*)(?:=|\s+(?=\S))(\S.*)?$/i.exec(lines[i]);
    if (a && a[3] !== undefined && !/\\\s*$/.test(lines[i])) assignments.push({ line: i + 1, text: `${a[2]}=${JSON.stringify(a[3].trim().replace(/^["']|["']$/g, ''))}` });
    if (/^\s*FROM\s/i.test(lines[i])) assignments.length = 0; // a new stage starts without the previous one's ARG/ENV
    const m = /^(\s*RUN\s+)((?:--[\w-]+=\S+\s+)*)(.*)$/i.exec(lines[i]);
    if (!m) continue;
    if (/^\[/.test(m[3].trim())) continue; // exec form: no shell
    const body = [' '.repeat(m[1].length + m[2].length) + m[3]];
    let j = i;
    while (/\\\s*$/.test(lines[j]) && j + 1 < lines.length) {
      j++;
      // Docker drops comment lines inside a continued instruction (the continuation goes on after them);
      // the shell sees a bare `\` there, which keeps the continuation and the line numbers.
      while (/^\s*#/.test(lines[j]) && j + 1 < lines.length) {
        body.push('\\');
        j++;
      }
      body.push(lines[j]);
    }
    const first = assignments[0]?.line ?? i + 1;
    const pre: string[] = [];
    for (let l = first; l <= i; l++) pre.push(assignments.find((x) => x.line === l)?.text ?? '');
    out.push({ line: first, columnOffset: 0, text: [...pre, ...body].join('\n') });
    i = j;
  }
  return out;
}
