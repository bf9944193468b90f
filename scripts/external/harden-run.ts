/** Runs harden as a user would (default configuration, every rule) and flattens grouped findings to locations. */
import { scan } from '../../src/index.js';

export interface FoundAt {
  rule: string;
  path: string;
  line: number;
  endLine: number;
  severity: string;
  confidence: string;
  message: string;
  /** A further line of a one-file finding (see findingsOf). */
  extra?: boolean;
}

/**
 * Every location of every finding, each marked `extra` when it is a further line of a finding whose locations all
 * sit in its own file (each `print()` of a file reported once): a person labels such a finding once, at its first
 * line, so the real-repository scoring counts the extra lines only where a label names them.
 */
export async function findingsOf(root: string): Promise<FoundAt[]> {
  const res = await scan(root, { cache: false, jobs: 1 });
  const out: FoundAt[] = [];
  for (const f of res.findings) {
    const sameFile = !!f.locations?.length && f.locations.every((l) => l.path === f.path);
    const locs = f.locations?.length ? f.locations : [{ path: f.path, line: f.line, endLine: f.endLine }];
    for (const l of locs) out.push({ extra: sameFile && l.line !== f.line, rule: f.ruleId, path: l.path, line: l.line, endLine: Math.max(l.line, l.endLine), severity: f.severity, confidence: f.confidence, message: f.message });
  }
  return out;
}
