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

export async function findingsOf(root: string): Promise<FoundAt[]> {
  const res = await scan(root, { cache: false, jobs: 1 });
  const out: FoundAt[] = [];
  for (const f of res.findings) {
    const locs = f.locations?.length ? f.locations : [{ path: f.path, line: f.line, endLine: f.endLine }];
    for (const l of locs) out.push({ rule: f.ruleId, path: l.path, line: l.line, endLine: Math.max(l.line, l.endLine), severity: f.severity, confidence: f.confidence, message: f.message });
  }
  return out;
}
