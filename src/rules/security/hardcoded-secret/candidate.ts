/** What every extractor of security/hardcoded-secret produces, and how candidates become findings. */
import type { SgNode } from '@ast-grep/napi';
import { fromSg } from '../../../parse/position.js';
import type { Confidence, FileContext, FindingDraft, Range } from '../../types.js';
import { overrideTags } from './overrides.js';
import { isPlaceholder, secretGroupKey, secretKindOfName, type SecretKind } from '../_secret-patterns.js';

/**
 * One secret found in a file, before it becomes a draft. `value` is the secret itself: it only ever goes
 * into `secrets` (redacted by the engine) and into the group key's hash.
 */
export interface Candidate {
  messageId: 'literal' | 'envDefault' | 'param' | 'url' | 'token' | 'tokenNamed' | 'pem' | 'auth';
  value: string;
  range: Range;
  data: Record<string, string>;
  confidence: Confidence;
  /** Extra strings to redact (the part of a PEM body on the header line …). */
  redact?: string[];
  priority: number;
  /**
   * Found where the credentials belong to a throw-away service or environment: a CI job that starts its own
   * service containers, the `test` block of a settings file, a script that starts its own database container.
   * A word-like value there (isWordLikeValue) is a test credential (info), like a fixture in a test file.
   */
  throwaway?: boolean;
}

/** A `push` that marks what it receives as a throw-away credential (see Candidate.throwaway). */
export function throwawayPush(push: (c: Candidate) => void): (c: Candidate) => void {
  return (c) => push({ ...c, throwaway: true });
}

export const KIND_LABEL: Record<SecretKind, string> = { password: 'password', token: 'token', secret: 'secret', key: 'key', credential: 'credential' };

export const SHELL_KEYS = new Set(['run', 'script', 'before_script', 'after_script', 'command', 'commands', 'pre_script', 'post_script', 'args', 'entrypoint']);

export const PY_ENV_GETTERS = /^(os\.environ\.get|os\.getenv|getenv|environ\.get|os\.environ\.setdefault|environ\.setdefault|config|decouple\.config|env|env\.str|env\.get|settings\.get|os\.environ\.pop)$/;

/* ------------------------------------------------------------------ drafts ------------------------------------------------------------------ */

/** A known token format or a private key: real by its shape, wherever it is written. */
const FORMAT_MESSAGES = new Set<Candidate['messageId']>(['token', 'tokenNamed', 'pem']);

/** Words that say a value is a test fixture, not a credential anyone can use. */
const FIXTURE_WORDS = /test|fake|dummy|mock|example|sample|fixture|stub|invalid|wrong|incorrect|bad|secret|passw|token|key|hunter2|letmein|foo|bar|baz|qwerty|abc|123|changeme/i;

/**
 * A value in a test file that is an obvious fixture: short, word-like or low in entropy, or made of fixture words
 * (`test_secret_key`, `fake-token`, `password123`). A long random value in a test is still reported (one level
 * lower, like every test finding).
 */
export function isFixtureValue(value: string): boolean {
  if (value.length < 20) return true;
  // A UUID: the id of a fixture object (`"token": "fddc87d7-…"`), not a credential format of its own.
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return true;
  if (FIXTURE_WORDS.test(value)) return true;
  // A URL's password is percent-encoded (`P%40ssw0rd%21` is `P@ssw0rd!`), and a fixture word may be spelled with
  // look-alike symbols (`P@ssw0rd`, `s3cr3t`): the words are looked for in the plain spelling too.
  if (FIXTURE_WORDS.test(plainSpelling(value))) return true;
  return shannon(value) < 3.5;
}

const LOOK_ALIKE: Readonly<Record<string, string>> = { '@': 'a', '4': 'a', '0': 'o', '1': 'i', '!': 'i', '3': 'e', $: 's', '5': 's', '7': 't' };

/** The value percent-decoded (when it decodes) with look-alike symbols read as the letters they stand for. */
function plainSpelling(value: string): string {
  let decoded = value;
  if (value.includes('%')) {
    try {
      decoded = decodeURIComponent(value);
    } catch {
      /* not percent-encoded */
    }
  }
  return decoded.replace(/[@4013!$57]/g, (c) => LOOK_ALIKE[c]);
}

/**
 * A password made of a word or words and at most a few digits (`admin`, `GoodNewsEveryone`, `test1234`, `123456`):
 * what people type for a throw-away service. A random-looking value (`Zt8qLm2vXw9r`) is not.
 */
export function isWordLikeValue(value: string): boolean {
  return /^(?:[A-Za-z]+(?:[-_.][A-Za-z]+)*\d{0,6}|\d{4,8})$/.test(value);
}

function shannon(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) h -= (n / s.length) * Math.log2(n / s.length);
  return h;
}

/**
 * A value that names something rather than holds a secret: lower-case words joined by `_`, `-`, `.` or `:`
 * (`assistant_session_id`, `auth.token.cache`), or a camelCase identifier without digits (`sessionKey`).
 * Only asked of key/token/secret names (`SESSION_KEY = 'assistant_session_id'`), never of passwords.
 */
export function isIdentifierValue(value: string): boolean {
  // `super-secret-key`, `my_password`: a weak secret spelled in words, not the name of something.
  if (/secret|pass|pwd|token|key|auth|cred/i.test(value)) return false;
  if (/^[a-z][a-z]+(?:[_.:-][a-z]+)+$/.test(value)) return true;
  return /^[a-z]+(?:[A-Z][a-z]+)+$/.test(value);
}

/**
 * `throwawayFile`: every secret of the file is test data, token formats and keys included: a web page saved as a
 * test fixture (a third party's page and its public widget keys), a test environment that calls its own secrets
 * insecure.
 */
export function toDrafts(cands: Candidate[], context: FileContext = 'product', throwawayFile = false, path = ''): FindingDraft[] {
  // One finding per (line, secret): a token assigned to a secret name is reported as the token.
  const best = new Map<string, Candidate>();
  for (const c of cands) {
    const k = `${c.range.start.line}\0${c.value}`;
    const prev = best.get(k);
    if (!prev || c.priority > prev.priority) best.set(k, c);
  }
  return [...best.values()]
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column)
    .map((c) => {
      const format = FORMAT_MESSAGES.has(c.messageId);
      const fixture = throwawayFile || (!format && ((context === 'test' && isFixtureValue(c.value)) || (c.throwaway === true && isWordLikeValue(c.value))));
      // A fixture in a test is grouped apart from the same value in product code: the test locations are an
      // info notice, not locations of the product's (critical) finding.
      const groupKey = secretGroupKey(c.value) + (fixture ? ':test-fixture' : '');
      // Severity by where it is (SPEC §3): a real-format token or private key in documentation or an example is
      // as leaked as one in code (kept critical); in tests it is one level lower (the engine's default). A
      // name-based literal in a test that is an obvious fixture is an info notice, outside the credentials item.
      const placement: Pick<FindingDraft, 'severity' | 'nonProduct'> =
        format && (context === 'docs' || context === 'example')
          ? { nonProduct: 'keep' }
          : fixture
            ? { severity: 'info', nonProduct: 'keep' }
            : {};
      return {
        ...placement,
        messageId: c.messageId,
        data: c.data,
        range: c.range,
        matched: `${c.messageId}:${Object.values(c.data).join(':')}:${groupKey}`,
        secrets: [c.value, ...(c.redact ?? [])].filter((s) => s.length >= 3),
        groupKey,
        confidence: c.confidence,
        // A name-based literal that the application refuses, or that a production settings module replaces.
        ...(!format && !fixture ? { infoWhenTagged: overrideTags(path, c.data.name, c.value) } : {}),
      };
    });
}

export function named(kind: SecretKind, name: string, value: string, range: Range, push: (c: Candidate) => void): void {
  if (isPlaceholder(value, name)) return;
  // `"password": "LDAP"`, `"password": "OIDC"`: a short upper-case marker stored for accounts that sign in elsewhere.
  if (kind === 'password' && /^[A-Z]{2,6}$/.test(value)) return;
  if (kind !== 'password' && isIdentifierValue(value)) return;
  push({ messageId: 'literal', value, range, data: { kind: KIND_LABEL[kind], name }, confidence: 'medium', priority: 1 });
}

export function envDefault(name: string, lookup: string, value: string, range: Range, push: (c: Candidate) => void): void {
  if (!secretKindOfName(name) || isPlaceholder(value, name)) return;
  push({ messageId: 'envDefault', value, range, data: { name, lookup }, confidence: 'medium', priority: 2 });
}

export function param(name: string, func: string, value: string, range: Range, push: (c: Candidate) => void): void {
  if (!secretKindOfName(name) || isPlaceholder(value, name)) return;
  push({ messageId: 'param', value, range, data: { name, func }, confidence: 'medium', priority: 2 });
}

/** `pass`/`pwd` alone are too vague for a secret name, except next to a user name in the same object. */
export const PASS_BESIDE_USER = /^(pass|pwd|pw)$/i;
export const USER_KEY = /^(user|username|login|user_?name)$/i;


/** `Authorization: Bearer abc…` / `Basic …` with a literal credential. */
export function authHeader(name: string, value: string, range: Range, push: (c: Candidate) => void): boolean {
  if (!/^(x-)?(authorization|auth|proxy-authorization|x-api-key|x-auth-token)$/i.test(name)) return false;
  const m = /^(Bearer|Basic|Token|Bot)\s+([A-Za-z0-9._~+/=-]{8,})$/i.exec(value.trim());
  if (!m || isPlaceholder(m[2])) return true;
  push({ messageId: 'auth', value: m[2], range, data: { scheme: m[1], name }, confidence: 'medium', priority: 2 });
  return true;
}

export function literalFor(name: string, value: string, valueNode: SgNode, push: (c: Candidate) => void): void {
  const kind = secretKindOfName(name);
  if (!kind) return;
  named(kind, name, value, fromSg(valueNode.range()), push);
}

