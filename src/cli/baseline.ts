import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import type { Finding } from '../rules/types.js';

/** A baseline is the set of fingerprints accepted at some point (`harden baseline`). */
export interface Baseline {
  version: 1;
  fingerprints: Array<{ fingerprint: string; ruleId: string; path: string }>;
}

export function makeBaseline(findings: readonly Finding[]): Baseline {
  return {
    version: 1,
    fingerprints: findings
      .map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, path: f.path }))
      .sort((a, b) => a.ruleId.localeCompare(b.ruleId) || a.path.localeCompare(b.path) || a.fingerprint.localeCompare(b.fingerprint)),
  };
}

export function readBaseline(file: string): Set<string> {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new InputError(`${file}: cannot read baseline (${(e as Error).message.split('\n')[0]})`, 'write one with `harden baseline DIR --output FILE`');
  }
  const list = (data as Baseline)?.fingerprints;
  if (!Array.isArray(list)) throw new InputError(`${file}: not a harden baseline (no "fingerprints" list)`);
  return new Set(list.map((x) => x.fingerprint));
}
