import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { classify } from '../../src/discover/classify.js';
import { kindOf, signalsIn, SIGNALS } from '../../src/readiness/signals.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

function files(dir: string, out: string[] = []): string[] {
  for (const n of readdirSync(dir)) {
    if (n === 'node_modules' || n === '.git' || n === 'dist' || n === '.harden') continue;
    const p = path.join(dir, n);
    if (statSync(p).isDirectory()) files(p, out);
    else if (statSync(p).size < 400_000) out.push(p);
  }
  return out;
}

test('anchored signal search finds exactly what running every pattern over the whole file finds', () => {
  const diffs: string[] = [];
  let withSignals = 0;
  for (const abs of [...files(path.join(ROOT, 'test', 'fixtures')), ...files(path.join(ROOT, 'examples')), ...files(path.join(ROOT, 'src')), ...files(path.join(ROOT, 'test', 'corpus'))]) {
    const rel = path.relative(ROOT, abs).split(path.sep).join('/');
    const { lang, role } = classify(rel);
    const kind = kindOf({ lang, role, path: rel });
    if (!kind) continue;
    const text = readFileSync(abs, 'utf8');
    const fast = signalsIn(text, kind);
    const ref = signalsIn(text, kind, true);
    if (Object.keys(ref).length) withSignals++;
    if (JSON.stringify(fast) !== JSON.stringify(ref)) diffs.push(`${rel}: ${JSON.stringify(fast)} ≠ ${JSON.stringify(ref)}`);
  }
  expect(diffs).toEqual([]);
  expect(withSignals).toBeGreaterThan(100);
});

test('signals: comment lines do not count, positions are 1-based lines, patterns have no capturing groups', () => {
  expect(signalsIn('import os\n# import sentry_sdk\nx = os.environ["A"]\n', 'code')).toEqual({ 'env-read': [3] });
  expect(signalsIn('// helmet later\nconst h = require("helmet")\n', 'code')['security-headers']).toEqual([2]);
  expect(signalsIn('# Rollback\n\nsteps\n', 'docs')['doc-rollback']).toEqual([1]);
  expect(signalsIn('# comment .env\n.env\n', 'ignore')['gitignore-env']).toEqual([2]);
  for (const s of SIGNALS) expect(new RegExp(`${s.re}|`).exec('')!.length, s.id).toBe(1);
});
