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
}

/**
 * `perDefect`: one entry per place a person would label — a finding whose extra locations all sit in its own file
 * (each `print()` of a file reported once) is one entry; copies in other files stay separate entries. Peer suites
 * label every line, so they read every location.
 */
export async function findingsOf(root: string, opts: { perDefect?: boolean } = {}): Promise<FoundAt[]> {
  const res = await scan(root, { cache: false, jobs: 1 });
  const out: FoundAt[] = [];
  for (const f of res.findings) {
    const sameFile = !!f.locations?.length && f.locations.every((l) => l.path === f.path);
    const locs = f.locations?.length && !(opts.perDefect && sameFile) ? f.locations : [{ path: f.path, line: f.line, endLine: f.endLine }];
    for (const l of locs) out.push({ rule: f.ruleId, path: l.path, line: l.line, endLine: Math.max(l.line, l.endLine), severity: f.severity, confidence: f.confidence, message: f.message });
  }
  return out;
}
