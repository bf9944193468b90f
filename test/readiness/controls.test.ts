import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { scan } from '../../src/index.js';
import { SPEC_RULE_IDS } from '../../src/plan/catalog.js';
import { ALL_CONTROLS, evaluateReadiness, type Readiness } from '../../src/readiness/index.js';

const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures', 'readiness');
const EXAMPLE = path.resolve(import.meta.dirname, '..', '..', 'examples', 'legacy-platform');

interface Spec {
  controls: Record<string, { status: string; evidence?: string; contradictedBy?: string }>;
}

const repos = readdirSync(FIXTURES).filter((n) => n.startsWith('repo-') && statSync(path.join(FIXTURES, n)).isDirectory()).sort();
const results = new Map<string, Readiness>();

async function readinessOf(dir: string): Promise<Readiness> {
  const res = await scan(dir, { config: { exclude: ['expected.yaml'] }, cache: false, jobs: 1 });
  return evaluateReadiness(res);
}

test.each(repos)('%s: control verdicts, evidence and contradicting findings match expected.yaml', async (name) => {
  const spec = parseYaml(readFileSync(path.join(FIXTURES, name, 'expected.yaml'), 'utf8')) as Spec;
  const r = await readinessOf(path.join(FIXTURES, name));
  results.set(name, r);
  const byId = new Map(r.controls.map((c) => [c.id, c]));
  const diffs: string[] = [];
  for (const [id, want] of Object.entries(spec.controls)) {
    const got = byId.get(id);
    if (!got) {
      diffs.push(`${id}: unknown control`);
      continue;
    }
    const say = `${got.status} (${got.missing ?? got.why ?? got.evidence.map((e) => e.path).join(', ')})`;
    if (got.status !== want.status) diffs.push(`${id}: expected ${want.status}, got ${say}`);
    if (want.evidence && !got.evidence.some((e) => e.path === want.evidence)) diffs.push(`${id}: no evidence at ${want.evidence} (${got.evidence.map((e) => e.path).join(', ')})`);
    if (want.contradictedBy && !got.contradictedBy.some((f) => f.ruleId === want.contradictedBy)) diffs.push(`${id}: not contradicted by ${want.contradictedBy}`);
  }
  expect(diffs).toEqual([]);
}, 120_000);

test('every control is seen done in some fixture and not done (missing, partial or n/a) in another', async () => {
  for (const name of repos) if (!results.has(name)) results.set(name, await readinessOf(path.join(FIXTURES, name)));
  const all = [...results.values()].flatMap((r) => r.controls);
  const problems = ALL_CONTROLS.filter((c) => !all.some((x) => x.id === c.id && x.status === 'done')).map((c) => `${c.id}: never done`);
  problems.push(...ALL_CONTROLS.filter((c) => !all.some((x) => x.id === c.id && x.status !== 'done')).map((c) => `${c.id}: always done`));
  expect(problems).toEqual([]);
}, 120_000);

test('a control and a rule about the same thing agree: product findings of its rules make it partial or missing, and are listed', async () => {
  const r = await scan(EXAMPLE, { config: {}, cache: false, jobs: 1 });
  const checked: Array<{ findings: typeof r.findings; readiness: Readiness }> = [{ findings: r.findings, readiness: evaluateReadiness(r) }];
  for (const name of repos) {
    const s = await scan(path.join(FIXTURES, name), { config: { exclude: ['expected.yaml'] }, cache: false, jobs: 1 });
    checked.push({ findings: s.findings, readiness: evaluateReadiness(s) });
  }
  let contradicted = 0;
  const problems: string[] = [];
  for (const { findings, readiness } of checked) {
    for (const c of ALL_CONTROLS) {
      const ids = (c.rules ?? []).map((x) => (typeof x === 'string' ? x : x.id));
      const matching = findings.filter((f) => !f.suppressed && (f.context ?? 'product') === 'product' && (c.rules ?? []).some((x) => (typeof x === 'string' ? x === f.ruleId : x.id === f.ruleId && x.message.test(f.message))));
      const got = readiness.controls.find((x) => x.id === c.id)!;
      if (!matching.length) continue;
      contradicted++;
      if (got.status === 'done' || got.status === 'n/a') problems.push(`${c.id} is ${got.status} while ${ids.join('/')} report ${matching.length} findings`);
      if (!got.contradictedBy.length) problems.push(`${c.id} does not list the findings of ${ids.join('/')}`);
    }
  }
  expect(problems).toEqual([]);
  expect(contradicted).toBeGreaterThan(10);
}, 180_000);

test('catalogue: at least 40 controls, ids area/kebab-name, unique, complete docs, known rules and dependencies', () => {
  expect(ALL_CONTROLS.length).toBeGreaterThanOrEqual(40);
  const ids = new Set(ALL_CONTROLS.map((c) => c.id));
  expect(ids.size).toBe(ALL_CONTROLS.length);
  const known = new Set<string>(SPEC_RULE_IDS);
  for (const c of ALL_CONTROLS) {
    expect(c.id).toMatch(new RegExp(`^${c.area}/[a-z0-9]+(-[a-z0-9]+)*$`));
    for (const k of ['why', 'detects', 'partial', 'notApplicable', 'fix'] as const) expect(c.docs[k].length, `${c.id} docs.${k}`).toBeGreaterThan(5);
    for (const r of c.rules ?? []) expect(known.has(typeof r === 'string' ? r : r.id), `${c.id}: rule ${String(r)}`).toBe(true);
    for (const d of c.dependsOn ?? []) expect(ids.has(d), `${c.id}: depends on ${d}`).toBe(true);
    expect(c.effort.hours).toBeGreaterThan(0);
  }
  const areas = new Set(ALL_CONTROLS.map((c) => c.area));
  expect([...areas].sort()).toEqual(['data', 'delivery', 'hygiene', 'observability', 'reliability', 'security']);
});

test('docs/readiness.md lists every control of the catalogue', () => {
  const doc = readFileSync(path.resolve(import.meta.dirname, '..', '..', 'docs', 'readiness.md'), 'utf8');
  expect(ALL_CONTROLS.filter((c) => !doc.includes(`\`${c.id}\``)).map((c) => c.id)).toEqual([]);
});
