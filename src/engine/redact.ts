import { createHash } from 'node:crypto';

/**
 * The only form in which a secret ever leaves the engine: at most its first 3 characters and a short hash
 * (`osr…#a41f`). Short secrets show fewer characters so that the prefix never gives most of it away.
 */
export function redactSecret(secret: string): string {
  const shown = secret.length >= 12 ? 3 : secret.length >= 6 ? 1 : 0;
  return `${secret.slice(0, shown)}…#${shortHash(secret)}`;
}

export function shortHash(secret: string): string {
  return createHash('sha256').update(`harden:${secret}`).digest('hex').slice(0, 4);
}

/** Replaces every occurrence of each secret in `text` by its redacted form. Longest first. */
export function redactAll(text: string, secrets: readonly string[] | undefined): string {
  if (!secrets?.length) return text;
  let out = text;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) {
    if (s.length < 3) continue;
    out = out.split(s).join(redactSecret(s));
  }
  return out;
}

/**
 * A copy of `value` (facts extracted from a file: compose commands, cron lines, Dockerfile CMDs …) with every
 * string redacted of the secrets the rules found in that file, so that no fact carries one into a report,
 * the cache or the history store.
 */
export function redactDeep<T>(value: T, secrets: readonly string[]): T {
  if (!secrets.length) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return redactAll(v, secrets);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}
