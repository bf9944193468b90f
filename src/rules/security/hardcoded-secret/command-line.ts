/** Secrets on command lines held as text (compose `command:`, Dockerfile RUN, crontab, systemd). */
import type { Range } from '../../types.js';
import { secretKindOfName } from '../_secret-patterns.js';
import { type Candidate, named } from './candidate.js';
import { COMMAND_PASSWORD, valueRange } from './lines.js';

/**
 * `gcloud secrets versions access latest --secret=web-server-secrets`, `docker build --secret id=npm`: a `--secret`
 * flag naming a secret kept in a secret store (a lower-case, hyphenated name), not holding its value.
 */
export function namesStoredSecret(kind: string, value: string): boolean {
  return kind === 'secret' && /^([a-z][a-z0-9]*([-_.][a-z0-9]+)+|id=[\w.-]+.*)$/.test(value);
}

/** `--password=…` / `--requirepass "…"` in a command line held as text (compose `command:`, Dockerfile RUN). */
export function flagSecrets(text: string, rangeAt: (index: number, value: string) => Range, push: (c: Candidate) => void): void {
  if (!text.includes('--')) return;
  for (const m of text.matchAll(/(?:^|\s)--([A-Za-z][\w-]*)(?:=|\s+)("[^"$]*"|'[^']*'|[^\s"'$-][^\s"'$]*)/g)) {
    const kind = secretKindOfName(m[1]);
    if (!kind) continue;
    const value = unquote(m[2]);
    if (namesStoredSecret(kind, value)) continue;
    named(kind, `--${m[1]}`, value, rangeAt((m.index ?? 0) + m[0].length - m[2].length, value), push);
  }
}

/**
 * A command line that is not parsed as shell (crontab jobs, systemd `Exec*=`): client password flags
 * (`mysqldump -p…`, `sshpass -p`), `--password x` flags and `NAME=value` prefixes (`PGPASSWORD=x pg_dump …`)
 * with a secret-like name and a literal value.
 */
export function commandLineSecrets(text: string, lineNo: number, push: (c: Candidate) => void, offset = 0): void {
  const padded = ' '.repeat(offset) + text;
  COMMAND_PASSWORD.lastIndex = 0;
  for (let c = COMMAND_PASSWORD.exec(text); c; c = COMMAND_PASSWORD.exec(text)) {
    const what = c[1] ? `${c[1]} -p` : /sshpass/.test(c[0]) ? 'sshpass -p' : /PGPASSWORD/.test(c[0]) ? 'PGPASSWORD' : '--password';
    named('password', what, c[3], valueRange(lineNo, padded, c[3], offset + c.index), push);
  }
  flagSecrets(text, (idx, v) => valueRange(lineNo, ' '.repeat(offset) + text, v, offset + idx), push);
  for (const m of text.matchAll(/(?:^|\s)([A-Za-z_][A-Za-z0-9_]*)=("[^"$]*"|'[^']*'|[^\s"'$;|&][^\s;|&]*)/g)) {
    const kind = secretKindOfName(m[1]);
    if (!kind) continue;
    const value = unquote(m[2]);
    if (value.includes('$')) continue;
    named(kind, m[1], value, valueRange(lineNo, ' '.repeat(offset) + text, value, offset + (m.index ?? 0)), push);
  }
}

export function unquote(v: string): string {
  const t = v.trim();
  if (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t[t.length - 1] === t[0]) return t.slice(1, -1);
  return t;
}

