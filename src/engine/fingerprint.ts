import { createHash } from 'node:crypto';

/** Whitespace- and quote-insensitive form of matched text, so fingerprints survive reformatting. */
export function normaliseMatched(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/["'`]/g, '"').trim().slice(0, 500);
}

/**
 * Stable under line moves: rule + path + normalised matched text + the occurrence index among identical
 * matches in the same file. Never the line number.
 */
export function fingerprint(ruleId: string, path: string, matched: string, occurrence: number): string {
  return createHash('sha1').update(`${ruleId}\0${path}\0${normaliseMatched(matched)}\0${occurrence}`).digest('hex').slice(0, 20);
}

export function groupFingerprint(ruleId: string, groupKey: string): string {
  return createHash('sha1').update(`${ruleId}\0group\0${groupKey}`).digest('hex').slice(0, 20);
}
