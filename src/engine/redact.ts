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
