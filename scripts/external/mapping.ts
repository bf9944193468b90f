/** The checked-in peer-rule → harden-rule mapping (test/external/mapping.yaml). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export interface Mapped {
  rule: string;
  why: string;
  /** Keep only peer diagnostics whose message (ruff) or severity (bandit) contains this. */
  only?: string;
  /**
   * Another harden rule that reports the same defect under "one defect, one finding" (SPEC §3): a finding of
   * `rule` whose message contains `message` counts for this mapping (`except: pass` is reported once, by
   * reliability/swallowed-exception, with a message that says the clause is bare).
   */
  alsoBy?: { rule: string; message: string };
}

export interface SourceMapping {
  mapped: Record<string, Mapped>;
  skipped: Record<string, string>;
}

export const MAPPING_FILE = path.resolve(import.meta.dirname, '..', '..', 'test', 'external', 'mapping.yaml');

export function loadMapping(): Record<'ruff' | 'gitleaks' | 'bandit', SourceMapping> {
  return parse(readFileSync(MAPPING_FILE, 'utf8')) as Record<'ruff' | 'gitleaks' | 'bandit', SourceMapping>;
}
