/**
 * Shared knowledge for `security/hardcoded-secret`: which names hold secrets, which values are placeholders,
 * the known token formats and credentials in URLs. Regular expressions live here because secrets are the one
 * thing with no grammar: the rule itself walks syntax trees wherever the language has one.
 */
import { createHash } from 'node:crypto';

/* ------------------------------------------------------------------ names ------------------------------------------------------------------ */

/** Splits `DB_PASSWORD`, `dbPassword`, `db-password`, `db.password` into lower-case words. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** What kind of secret a name holds, or null when it is not a secret-ish name. */
export type SecretKind = 'password' | 'token' | 'secret' | 'key' | 'credential';

const PASSWORD_WORDS = new Set(['password', 'passwd', 'pass', 'pwd', 'pw', 'passphrase', 'passcode', 'passwort', 'contrasena', 'senha', 'requirepass', 'masterauth']);
/** Words before `key` that make it a secret key (`api_key`, `secret_key`, not `cache_key`, `primary_key`). */
const KEY_QUALIFIERS = new Set([
  'api',
  'access',
  'secret',
  'private',
  'signing',
  'sign',
  'encryption',
  'encrypt',
  'crypt',
  'master',
  'auth',
  'client',
  'app',
  'application',
  'consumer',
  'license',
  'licence',
  'hmac',
  'fernet',
  'jwt',
  'ssh',
  'service',
  'subscription',
  'webhook',
  'session',
  'cookie',
  'aes',
  'rsa',
  // Vendors whose `<VENDOR>_KEY` is an API secret: `STRIPE_KEY`, `SENDGRID_KEY`, `OPENAI_KEY`.
  'stripe',
  'sendgrid',
  'mailgun',
  'mailchimp',
  'postmark',
  'twilio',
  'openai',
  'anthropic',
  'algolia',
  'datadog',
  'pagerduty',
]);
/** Token qualifiers that are not credentials (pagination, CSRF, cancellation). */
const HARMLESS_TOKEN = new Set(['page', 'next', 'prev', 'previous', 'continuation', 'cancel', 'cancellation', 'sync', 'csrf', 'xsrf', 'max', 'min', 'num', 'end', 'start', 'eos', 'bos', 'pad', 'unk', 'sep', 'mask', 'special', 'cls']);
/** Single-word names that are secret-ish on their own. */
const SINGLE = new Map<string, SecretKind>([
  ['apikey', 'key'],
  ['apitoken', 'token'],
  ['authtoken', 'token'],
  ['accesstoken', 'token'],
  ['secretkey', 'key'],
  ['privatekey', 'key'],
  ['clientsecret', 'secret'],
  ['dbpass', 'password'],
  ['dbpassword', 'password'],
  ['rootpassword', 'password'],
]);

/** The kind of secret `name` holds (`DB_PASS` → password, `apiKey` → key, `token_url` → null). */
export function secretKindOfName(name: string): SecretKind | null {
  const words = nameWords(name);
  if (!words.length) return null;
  const last = words[words.length - 1];
  const prev = words.length > 1 ? words[words.length - 2] : '';
  if (words.length === 1 && SINGLE.has(last)) return SINGLE.get(last)!;
  // `existingSecret: db-creds` (Helm charts), `existing_password_secret`: the name of a secret object, not a value.
  if (words[0] === 'existing') return null;
  if (PASSWORD_WORDS.has(last)) {
    // `PWD` alone is the shell's working directory; `pass` alone is too vague.
    if (words.length === 1 && (last === 'pwd' || last === 'pass' || last === 'pw')) return null;
    if (words.some((w) => w === 'old' || w === 'oldpwd')) return null;
    return 'password';
  }
  if (last === 'token' || last === 'apitoken' || last === 'accesstoken' || last === 'authtoken') {
    if (HARMLESS_TOKEN.has(prev)) return null;
    return 'token';
  }
  if (last === 'secret' || last === 'clientsecret') return 'secret';
  if (last === 'apikey' || last === 'secretkey' || last === 'privatekey') return 'key';
  if (last === 'key' && KEY_QUALIFIERS.has(prev)) return 'key';
  // Glued words: PGPASSWORD, MYSQLROOTPASSWORD, appsecret, githubtoken, myapikey.
  if (/^[a-z]{2,}(password|passwd|passphrase)$/.test(last)) return 'password';
  if (/^[a-z]{2,}apikey$/.test(last)) return 'key';
  if (/^[a-z]{2,}secret$/.test(last)) return 'secret';
  if (/^[a-z]{2,}(auth|access|api|bot|bearer|github|gitlab|slack|npm|pypi|vault)token$/.test(last)) return 'token';
  // `SECRET_KEY_BASE` (Rails), `AWS_SECRET_ACCESS_KEY_ID` is not secret (id).
  if (last === 'base' && prev === 'key' && words.includes('secret')) return 'key';
  return null;
}

/* ------------------------------------------------------------------ values ----------------------------------------------------------------- */

const PLACEHOLDER_WORDS = new Set([
  'changeme',
  'changeit',
  'change_me',
  'change-me',
  'replaceme',
  'replace_me',
  'replace-me',
  'password',
  'passwd',
  'pass',
  'secret',
  'token',
  'apikey',
  'api_key',
  'api-key',
  'key',
  'none',
  'null',
  'nil',
  'undefined',
  'true',
  'false',
  'test',
  'testing',
  'dummy',
  'fake',
  'mock',
  'sample',
  'placeholder',
  'redacted',
  'hidden',
  'masked',
  'todo',
  'tbd',
  'fixme',
  'foo',
  'bar',
  'baz',
  'foobar',
  'required',
  'optional',
  'string',
  'str',
  'value',
  'default',
  'empty',
  'unset',
  'notset',
  'not-set',
  'not_set',
  'secret123',
  'xyz',
  // GitHub Actions `permissions:` values (`id-token: write`, `contents: read`).
  'read',
  'write',
  // Well-known public defaults: Google's PKCS#12 key password.
  'notasecret',
]);

/**
 * True when a value is obviously not a real secret: empty, too short, a template or variable reference, a
 * masked or example value, a file path, an identifier-like env var name, a sentence.
 */
export function isPlaceholder(value: string, name = ''): boolean {
  const v = value.trim();
  if (v.length < 4) return true;
  const lower = v.toLowerCase();
  if (PLACEHOLDER_WORDS.has(lower)) return true;
  if (name && lower === name.toLowerCase()) return true;
  // A field name held in a constant: `_JSON_FILE_PRIVATE_KEY = "private_key"`, `TOKEN_KEY = "refreshToken"`.
  // Two or more words, the last one the name's own secret word, so `POSTGRES_PASSWORD = "postgres"` still counts.
  if (name && /^[A-Za-z]+([_.-]?[A-Za-z]+)+$/.test(v)) {
    const vw = nameWords(v);
    const nw = nameWords(name);
    if (vw.length >= 2 && vw[vw.length - 1] === nw[nw.length - 1] && isWordRun(vw, nw)) return true;
  }
  // The name minus its secret word, as a snake/kebab identifier: `STORAGE_V1_CLIENT_KEY = "storage_v1_client"`.
  if (name && /^[a-z][a-z0-9]*([_-][a-z0-9]+)+$/.test(v)) {
    const vw = nameWords(v);
    const nw = nameWords(name);
    if (vw.length >= 2 && vw.length === nw.length - 1 && vw.every((w, i) => w === nw[i])) return true;
  }
  // A host name: `SERVICE_TOKEN = "sql-component.googleapis.com"`.
  if (/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\.(com|net|org|io|dev|app|cloud|co|ai|internal|local|lan|svc|cluster\.local)$/.test(v)) return true;
  if (/\s/.test(v)) return true; // prose: labels, prompts, help texts
  if (/^(.)\1+$/.test(v)) return true; // xxxx, ****, 0000
  if (/[*•]{3,}|x{4,}|X{4,}|\.\.\./.test(v)) return true;
  if (/example|not[_-]?(a[_-]?)?secret|change[_-]?(?:me|this)|placeholder|dummy|redacted|replace[_-]?(me|this|with)|insert[_-]|your[_-]|[_-]here$|^my[_-]?(secret|pass|password|token|key|api)|^some[_-]?(secret|pass|password|token|key)|^fake[_-]|^dummy[_-]|^test[_-]?(secret|password|token|key)$/i.test(v)) return true;
  // References: ${VAR}, $VAR, {{ var }}, %(x)s, %VAR%, <password>, [secret], @VAR@, __VAR__, {name}
  if (/\$\{|^\$[A-Za-z_({]|\{\{|\{%|<%|%\(|%[sdr]\b|^%[A-Za-z_]+%$|^<[^>]*>$|^\[[^\]]*\]$|^@[A-Za-z_]+@$|^__[A-Z_]+__$|\{[A-Za-z_][\w.]*\}|^\{\}$/.test(v)) return true;
  if (/^(env|vault|ssm|secretsmanager|secret|arn|ref|file|op|awssm|gcpsm|azurekv|sops):/i.test(v)) return true;
  if (/^(process\.env|os\.environ|os\.getenv|env\.|ENV\[|getenv\(|System\.getenv)/.test(v)) return true;
  // Paths and file names rather than contents.
  if (/^(\.{0,2}\/|~\/|[A-Za-z]:\\)/.test(v) || /\.(pem|key|crt|cer|txt|json|ya?ml|env|p12|pfx|jks|keystore|gpg|asc|pub)$/i.test(v)) return true;
  // URLs (credentials in URLs are found separately).
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) return true;
  // An env var / setting name used as a value: `PASSWORD_ENV = "DB_PASSWORD"`.
  if (/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(v)) return true;
  // Dotted identifiers: `settings.DB_PASSWORD`, `auth.password`, and message ids of a translation catalogue
  // (`label.new-password`, `message.no-match-password`): the name of a text, not a secret.
  if (/^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)+$/.test(v) && !/\d/.test(v)) return true;
  // A CSS class, data-attribute or event namespace: `DATA_API_KEY = '.data-api'`.
  if (/^\.[a-z][a-z-]*$/.test(v)) return true;
  return false;
}

/** True when `part` (one or more words) occurs as a contiguous run of words in `whole`. */
function isWordRun(part: string[], whole: string[]): boolean {
  if (!part.length || part.length > whole.length) return false;
  for (let i = 0; i + part.length <= whole.length; i++) if (part.every((w, k) => whole[i + k] === w)) return true;
  return false;
}

/* ------------------------------------------------------------- known token formats ------------------------------------------------------------- */

export interface TokenFormat {
  name: string;
  re: RegExp;
  /** Group of the secret in `re` (0 = whole match). */
  group?: number;
}

/** Known token formats: their prefix and shape make them secrets whatever name they are assigned to. */
export const TOKEN_FORMATS: readonly TokenFormat[] = [
  { name: 'AWS access key ID', re: /\b((?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16})\b/g, group: 1 },
  { name: 'GitHub token', re: /\b(gh[pousr]_[A-Za-z0-9]{36,255})\b/g, group: 1 },
  { name: 'GitHub fine-grained token', re: /\b(github_pat_[A-Za-z0-9_]{22,255})\b/g, group: 1 },
  { name: 'GitLab token', re: /\b(glpat-[A-Za-z0-9_-]{20,})\b/g, group: 1 },
  { name: 'Slack token', re: /\b(xox[baprse]-[A-Za-z0-9-]{10,})\b/g, group: 1 },
  { name: 'Slack webhook URL', re: /(https:\/\/hooks\.slack\.com\/services\/T[A-Za-z0-9]+\/B[A-Za-z0-9]+\/[A-Za-z0-9]{16,})/g, group: 1 },
  { name: 'Stripe live key', re: /\b([sr]k_live_[A-Za-z0-9]{20,})\b/g, group: 1 },
  { name: 'Stripe test key', re: /\b([sr]k_test_[A-Za-z0-9]{20,})\b/g, group: 1 },
  { name: 'Google API key', re: /\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g, group: 1 },
  { name: 'OpenAI API key', re: /\b(sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}|sk-proj-[A-Za-z0-9_-]{40,})(?![A-Za-z0-9_-])/g, group: 1 },
  { name: 'Anthropic API key', re: /\b(sk-ant-(?:api|admin)\d\d-[A-Za-z0-9_-]{40,})(?![A-Za-z0-9_-])/g, group: 1 },
  { name: 'npm token', re: /\b(npm_[A-Za-z0-9]{36})\b/g, group: 1 },
  { name: 'PyPI token', re: /\b(pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,})(?![A-Za-z0-9_-])/g, group: 1 },
  { name: 'SendGrid API key', re: /\b(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g, group: 1 },
  { name: 'Telegram bot token', re: /\b(\d{8,10}:AA[0-9A-Za-z_-]{33})(?![0-9A-Za-z_-])/g, group: 1 },
  { name: 'JWT', re: /\b(eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{16,})(?![A-Za-z0-9_-])/g, group: 1 },
];

/**
 * Published sample keys: real in shape, public by design — the test API keys of the Firebase Android SDK, which
 * copies of its sample apps and tests carry everywhere (gitleaks allowlists the same list for `gcp-api-key`).
 */
const PUBLISHED_SAMPLE_TOKENS = new Set([
  'AIzaSyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs',
  'AIzaSyCkEhVjf3pduRDt6d1yKOMitrUEke8agEM',
  'AIzaSyDMAScliyLx7F0NPDEJi1QmyCgHIAODrlU',
  'AIzaSyD3asb-2pEZVqMkmL6M9N6nHZRR_znhrh0',
  'AIzayDNSXIbFmlXbIE6mCzDLQAqITYefhixbX4A',
  'AIzaSyAdOS2zB6NCsk1pCdZ4-P6GBdi_UUPwX7c',
  'AIzaSyASWm6HmTMdYWpgMnjRBjxcQ9CKctWmLd4',
  'AIzaSyANUvH9H9BsUccjsu2pCmEkOPjjaXeDQgY',
  'AIzaSyA5_iVawFQ8ABuTZNUdcwERLJv_a_p4wtM',
  'AIzaSyA4UrcGxgwQFTfaI3no3t7Lt1sjmdnP5sQ',
  'AIzaSyDSb51JiIcB6OJpwwMicseKRhhrOq1cS7g',
  'AIzaSyBF2RrAIm4a0mO64EShQfqfd2AFnzAvvuU',
  'AIzaSyBcE-OOIbhjyR83gm4r2MFCu4MJmprNXsw',
  'AIzaSyB8qGxt4ec15vitgn44duC5ucxaOi4FmqE',
  'AIzaSyA8vmApnrHNFE0bApF4hoZ11srVL_n0nvY',
]);

/** A token that has the right shape but is an obvious example (`AKIAIOSFODNN7EXAMPLE`, `ghp_xxxx…`) or a published sample key. */
export function isExampleToken(token: string): boolean {
  if (PUBLISHED_SAMPLE_TOKENS.has(token)) return true;
  // `…-RANDOMSTRINGHERE`, `…AccessTokenHere`: a slot to fill in. `xoxp-1234-1234-1234-…`: one segment typed three times.
  if (/here$/i.test(token) || /(?:^|[-_.])([A-Za-z0-9]{3,})[-_.]\1[-_.]\1(?:[-_.]|$)/.test(token)) return true;
  return /example|sample|dummy|fake|placeholder|(x){8,}|(X){8,}|(.)\3{9,}|0123456789|1234567890|abcdefghij/i.test(token) || hasSequentialRun(token, 7);
}

/** A run of `n` characters in alphabet or digit order (`klmnopq`, `3456789`): typed by a person, not random. */
function hasSequentialRun(s: string, n: number): boolean {
  let run = 1;
  for (let i = 1; i < s.length; i++) {
    const a = s.charCodeAt(i - 1) | 0x20;
    const b = s.charCodeAt(i) | 0x20;
    const alnum = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
    run = b === a + 1 && alnum(a) && alnum(b) ? run + 1 : 1;
    if (run >= n) return true;
  }
  return false;
}

export const PEM_HEADER = /-----BEGIN ((?:RSA |DSA |EC |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----/g;

/**
 * The body of a PEM private key that starts at `headerEnd` in `text` (up to the END line, across real or
 * `\n`-escaped newlines). Returns null when there is no real key material (a string used to detect keys).
 */
export function pemBody(text: string, headerEnd: number): string | null {
  const rest = text.slice(headerEnd, headerEnd + 20000);
  const end = rest.search(/-----END [A-Z ]*PRIVATE KEY(?: BLOCK)?-----/);
  const body = (end >= 0 ? rest.slice(0, end) : rest.split(/\r?\n\s*\r?\n/)[0]).replace(/\\n|\\r|[\s"',+]/g, '');
  const b64 = body.replace(/^(Proc-Type:[^]*?DEK-Info:[A-Z0-9-]+,[0-9A-F]+)/, '');
  if (!/^[A-Za-z0-9+/=]{64,}/.test(b64)) return null;
  return b64;
}

/* ------------------------------------------------------------------ URLs ------------------------------------------------------------------- */

/** `scheme://user:password@host` — the password group is 3, host group 4. */
export const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]{1,20}):\/\/([^\s:@/'"`<>]*):([^\s@/'"`<>]+)@([A-Za-z0-9_.-]+|\[[0-9a-f:]+\])/gi;

/** True when a URL's password part is a real value (not `{password}`, `${PW}`, `$PW`, `<pass>`, `****`). */
export function isUrlPassword(pw: string): boolean {
  if (/[{}$<>]|%(?![0-9A-Fa-f]{2})|^\*+$|^x+$/i.test(pw)) return false;
  if (/^(password|pass|passwd|pwd|secret|pw|changeme|token|user|username|pass(word)?123)$/i.test(pw)) return false;
  if (pw.length < 4) return pw.length > 0;
  return !isPlaceholder(pw);
}

/* ---------------------------------------------------------------- grouping ---------------------------------------------------------------- */

/** The group key of a secret value: a hash, never the value. */
export function secretGroupKey(value: string): string {
  return `secret:${createHash('sha256').update(value).digest('hex').slice(0, 16)}`;
}
