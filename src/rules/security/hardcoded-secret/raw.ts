/** Raw text of any file: known token formats, PEM private keys, credentials in URLs. */
import type { FileInput, Range } from '../../types.js';
import { PEM_HEADER, URL_CREDENTIALS, isExampleToken, isPlaceholder, isUrlPassword, pemBody } from '../_secret-patterns.js';
import { entropy, formatsIn } from './providers.js';
import { type Candidate } from './candidate.js';

/* ------------------------------------------------------------------ raw text ----------------------------------------------------------------- */

export function isExampleConfig(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  return /(^|[._-])(example|sample|template|dist|defaults?|tmpl|tpl)([._-]|$)/.test(base) && /(^\.?env|\.env|env\.|\.ini|\.cfg|\.conf|\.ya?ml|\.json|\.toml|\.properties)/.test(base);
}

/** ISO 639-1 language codes: the stems of translation catalogue files (`de.json`, `pt-BR.json`, `zh_Hant.yml`). */
const LANGUAGE_CODES = new Set(
  ('aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ' +
    'ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt ' +
    'lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn ' +
    'so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu').split(' '),
);
const CATALOGUE_FOLDER = /(^|\/)(locales?|i18n|l10n|langs?|languages|translations?|intl)\//i;
const CATALOGUE_EXT = /\.(json|ya?ml|po|properties|[jt]s)$/i;

/**
 * A translation catalogue: a file named after a language (`de.json`, `pt-BR.json`, `sr-Latn-RS.yml`) or any data file
 * in a localisation folder (`locales/`, `i18n/`, `lang/`, `intl/`). Its `"password": "Passwort"` is the word shown on
 * a form, so only the value-shaped checks (token formats, private keys, URLs with credentials) apply there.
 */
export function isTranslationCatalogue(path: string): boolean {
  if (!CATALOGUE_EXT.test(path)) return false;
  const base = path.slice(path.lastIndexOf('/') + 1);
  const stem = base.slice(0, base.indexOf('.'));
  const m = /^([a-z]{2})(?:[-_][A-Za-z]{2,4}){0,2}$/.exec(stem);
  if (m && LANGUAGE_CODES.has(m[1])) return true;
  return CATALOGUE_FOLDER.test(path) && !/\.[jt]s$/i.test(base);
}

export function scanRaw(input: FileInput, push: (c: Candidate) => void, exampleEnv: boolean): void {
  const src = input.source;
  const rangeOf = (start: number, end: number): Range => ({ start: input.positionAt(start), end: input.positionAt(end) });
  for (const f of formatsIn(src)) {
    f.re.lastIndex = 0;
    for (let m = f.re.exec(src); m; m = f.re.exec(src)) {
      const token = m[1];
      if (isExampleToken(token) || (f.entropy && entropy(token) < f.entropy)) continue;
      // A token whose tail is masked (`xoxp-5723…-####################`, `…-****`): a redacted example.
      const after = src.slice(m.index + m[0].length, m.index + m[0].length + 8);
      if (/^[#*•]{4,}/.test(after)) continue;
      // Part of a file name (`video_box.ico-7a38…ab0c.png`, `app.3f2a…9c.js`): a content hash of an asset, not a key.
      if (f.kind === 'token' && /^\.(png|jpe?g|gif|svg|ico|webp|css|js|mjs|map|html?|woff2?)\b/i.test(after)) continue;
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
  if (!exampleEnv && src.includes('://')) queryCredentials(input, push, rangeOf);
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

/**
 * A credential passed in a URL's query string: `https://api.render.com/deploy/srv-1?key=…`, `…/hook?token=…`,
 * `…?access_token=…`, a signed URL's `sig=`. Long, random values only (a `?key=` of a cache or a sort key is a word).
 */
const QUERY_CREDENTIAL =
  /\b(https?):\/\/([A-Za-z0-9.-]+)(?::\d+)?\/[^\s'"<>`]*?[?&](?:api[_-]?key|apikey|key|token|access[_-]?token|auth[_-]?token|private[_-]?token|secret|client[_-]?secret|password|passwd|sig|signature)=([A-Za-z0-9._~%+/-]{16,})/gi;

function queryCredentials(input: FileInput, push: (c: Candidate) => void, rangeOf: (a: number, b: number) => Range): void {
  if (!/[?&][a-z_-]*(key|token|secret|passw|sig)[a-z_]*=/i.test(input.source)) return;
  QUERY_CREDENTIAL.lastIndex = 0;
  for (let m = QUERY_CREDENTIAL.exec(input.source); m; m = QUERY_CREDENTIAL.exec(input.source)) {
    const value = m[3];
    if (!isTokenLike(value) || !/\d/.test(value) || !/[A-Za-z]/.test(value) || isExampleToken(value) || isPlaceholder(value)) continue;
    if (/^(example\.(com|org|net)|localhost|host|hostname|your[\w-]*)$/i.test(m[2])) continue;
    const start = m.index + m[0].length - value.length;
    push({ messageId: 'url', value, range: rangeOf(start, start + value.length), data: { scheme: m[1].toLowerCase(), host: m[2] }, confidence: 'medium', priority: 3 });
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

