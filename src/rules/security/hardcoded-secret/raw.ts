/** Raw text of any file: known token formats, PEM private keys, credentials in URLs. */
import type { FileInput, Range } from '../../types.js';
import { PEM_HEADER, URL_CREDENTIALS, isExampleToken, isUrlPassword, pemBody } from '../_secret-patterns.js';
import { entropy, formatsIn } from './providers.js';
import { type Candidate } from './candidate.js';

/* ------------------------------------------------------------------ raw text ----------------------------------------------------------------- */

export function isExampleConfig(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  return /(^|[._-])(example|sample|template|dist|defaults?|tmpl|tpl)([._-]|$)/.test(base) && /(^\.?env|\.env|env\.|\.ini|\.cfg|\.conf|\.ya?ml|\.json|\.toml|\.properties)/.test(base);
}

export function scanRaw(input: FileInput, push: (c: Candidate) => void, exampleEnv: boolean): void {
  const src = input.source;
  const rangeOf = (start: number, end: number): Range => ({ start: input.positionAt(start), end: input.positionAt(end) });
  for (const f of formatsIn(src)) {
    f.re.lastIndex = 0;
    for (let m = f.re.exec(src); m; m = f.re.exec(src)) {
      const token = m[1];
      if (isExampleToken(token) || (f.entropy && entropy(token) < f.entropy)) continue;
      const start = f.kind === 'token' ? m.index : m.index + m[0].length - token.length;
      const name = nameBefore(src, start);
      push({
        messageId: name ? 'tokenNamed' : 'token',
        value: token,
        range: rangeOf(start, start + token.length),
        data: name ? { format: f.provider, name } : { format: f.provider },
        confidence: f.confidence ?? 'high',
        priority: 5,
      });
    }
  }
  if (src.includes('PRIVATE KEY')) {
    PEM_HEADER.lastIndex = 0;
    for (let m = PEM_HEADER.exec(src); m; m = PEM_HEADER.exec(src)) {
      const body = pemBody(src, m.index + m[0].length);
      if (!body) continue;
      const lineEnd = src.indexOf('\n', m.index);
      const restOfLine = src.slice(m.index + m[0].length, lineEnd < 0 ? src.length : lineEnd);
      push({
        messageId: 'pem',
        value: body,
        range: rangeOf(m.index, m.index + m[0].length),
        data: { format: m[1].replace('PRIVATE KEY', 'private key').trim() },
        confidence: 'high',
        redact: restOfLine.length >= 3 ? [restOfLine.replace(/^["',\s]+|["',\s]+$/g, '')] : [],
        priority: 6,
      });
    }
  }
  const ci = input.role.startsWith('ci-');
  if (!exampleEnv && src.includes('://')) {
    URL_CREDENTIALS.lastIndex = 0;
    for (let m = URL_CREDENTIALS.exec(src); m; m = URL_CREDENTIALS.exec(src)) {
      const [, scheme, user, pw, host] = m;
      if (!isUrlPassword(pw)) continue;
      if (/^(example\.(com|org|net)|host|hostname|server|domain|your[\w-]*)$/i.test(host) || /^(user|username|usr)$/i.test(user) && /^(pass\w*|pw|pwd)$/i.test(pw)) continue;
      // In a CI pipeline, a database on the runner itself or in a service container of the job (a host with no
      // dot: `postgres`, `db`) is created for the run and thrown away: `postgresql://postgres:postgres@localhost/test`.
      if (ci && !isTokenLike(pw) && (LOOPBACK_HOST.test(host) || !host.includes('.'))) continue;
      const start = m.index + scheme.length + 3 + user.length + 1;
      push({
        messageId: 'url',
        value: pw,
        range: rangeOf(start, start + pw.length),
        data: { scheme: scheme.toLowerCase(), host },
        confidence: 'high',
        priority: 3,
      });
    }
  }
}

const LOOPBACK_HOST = /^(localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[?::1\]?)(?::\d+)?$/i;
/** A password that has a known token's shape (long and random): real whatever the host. */
function isTokenLike(pw: string): boolean {
  return pw.length >= 20 && entropy(pw) >= 3.5;
}

/** The identifier a literal on this line is assigned to (`GITHUB_TOKEN = "ghp_…"` → GITHUB_TOKEN), if any. */
export function nameBefore(src: string, offset: number): string | undefined {
  const lineStart = src.lastIndexOf('\n', offset - 1) + 1;
  const head = src.slice(lineStart, offset);
  const m = /([A-Za-z_][\w.-]*)["']?\s*(?:=|:|=>)\s*["'`]?(?:Bearer\s+|token\s+)?$/i.exec(head);
  const name = m ? m[1].replace(/^.*\./, '') : undefined;
  return name && !/^(value|default|data|content|text|str|string|result|res|x|s|v)$/i.test(name) ? name : undefined;
}

