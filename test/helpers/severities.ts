import { rmSync } from 'node:fs';
import { scan } from '../../src/index.js';
import type { Rule } from '../../src/rules/types.js';
import { tempRepo } from './temp-repo.js';

/**
 * Scans `files` (path → content, in a fresh temporary folder removed afterwards) with `rule` alone and returns the
 * severity of each of its findings by `path:line`: for tests of how a rule grades a place (test file, fixture …).
 */
export async function severitiesAt(files: Record<string, string>, rule: Rule): Promise<Record<string, string>> {
  const dir = tempRepo(files);
  try {
    const res = await scan(dir, { rules: [rule], config: {} });
    return Object.fromEntries(res.findings.filter((f) => f.ruleId === rule.id).map((f) => [`${f.path}:${f.line}`, f.severity]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
