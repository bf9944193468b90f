/**
 * bandit's examples/ scored by its functional-test counts (tests/functional/test_functional.py): each test gives,
 * per example file, how many issues of each severity bandit reports. A mapped example file names the harden rule
 * and the severity bucket that belongs to the mapped check; harden's findings of that rule in the file are
 * compared by count: TP = min(expected, found), FN = expected − TP, FP = found − expected when positive.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findingsOf } from './harden-run.js';
import type { SourceMapping } from './mapping.js';
import { tally, type Scores } from './score.js';

/** example file → severity → count, from every `expect = {…}` followed by `self.check_example("file", expect)`. */
export function functionalCounts(src: string): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  const re = /expect\s*=\s*\{\s*["']SEVERITY["']\s*:\s*\{([^}]*)\}[\s\S]*?self\.check_example\(\s*["']([^"']+)["']\s*,\s*expect\s*(,\s*ignore_nosec\s*=\s*True)?\)/g;
  for (const m of src.matchAll(re)) {
    if (m[3] || out.has(m[2])) continue;
    const counts: Record<string, number> = {};
    for (const kv of m[1].matchAll(/["'](\w+)["']\s*:\s*(\d+)/g)) counts[kv[1]] = Number(kv[2]);
    out.set(m[2], counts);
  }
  return out;
}

export async function scoreBandit(root: string, mapping: SourceMapping, work: string, scores: Scores, log: string[]): Promise<number> {
  const counts = functionalCounts(readFileSync(path.join(root, 'tests', 'functional', 'test_functional.py'), 'utf8'));
  const cases: Array<{ file: string; rule: string; expected: number; aboveInfo: boolean }> = [];
  for (const [file, map] of Object.entries(mapping.mapped)) {
    const c = counts.get(file);
    const src = path.join(root, 'examples', file);
    if (!c || !existsSync(src)) {
      log.push(`bandit: ${file} has no functional-test count or is missing — skipped`);
      continue;
    }
    const severity = (map as { severity?: string }).severity;
    const expected = severity ? (c[severity] ?? 0) : Object.values(c).reduce((a, b) => a + b, 0);
    mkdirSync(path.join(work, 'service'), { recursive: true });
    copyFileSync(src, path.join(work, 'service', file));
    cases.push({ file: `service/${file}`, rule: map.rule, expected, aboveInfo: (map as { aboveInfo?: boolean }).aboveInfo === true });
  }
  const found = await findingsOf(work);
  let labels = 0;
  for (const c of cases) {
    // `aboveInfo`: the mapped bucket leaves out bandit's LOW "seems safe" variant (a literal command), whose harden
    // counterpart is an info notice; so only harden's findings above info are compared with it.
    const n = new Set(found.filter((f) => f.rule === c.rule && f.path === c.file && (!c.aboveInfo || f.severity !== 'info')).map((f) => f.line)).size;
    const t = tally(scores, 'bandit', c.rule);
    const tp = Math.min(n, c.expected);
    t.tp += tp;
    t.fn += c.expected - tp;
    t.fp += Math.max(0, n - c.expected);
    labels += c.expected;
    if (n !== c.expected) log.push(`bandit ${n < c.expected ? 'miss' : 'false positive'}: ${c.file} expected ${c.expected} ${c.rule}, found ${n}`);
  }
  return labels;
}
