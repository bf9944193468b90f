import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { controlItems } from '../../src/plan/control-items.js';
import { computeProgress } from '../../src/plan/progress.js';
import { ALL_CONTROLS } from '../../src/readiness/index.js';
import type { ControlResult } from '../../src/readiness/types.js';
import { openStore } from '../../src/store/db.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { harden } from '../helpers/cli.js';
import { tempRepo } from '../helpers/temp-repo.js';

const result = (id: string, status: ControlResult['status'], hasRule = false): ControlResult => {
  const c = ALL_CONTROLS.find((x) => x.id === id)!;
  return { id, area: c.area, phase: 3, title: c.title, status, evidence: [], contradictedBy: [], hasRule };
};

test('store: control states are recorded with the scan (same transaction) and read back per scan', async () => {
  const file = path.join(tempRepo({}), 'h.db');
  const store = await openStore(file);
  try {
    const repo = { identity: 'acme/svc', name: 'svc', source: 'repo-id' as const };
    const base = { recordedAt: '2026-01-01', rootName: 'svc', toolVersion: 't', command: 'audit', files: 1, lines: 1, rules: [], findings: [], plan: { items: [] }, metrics: {} };
    const first = await store.recordScan(repo, base);
    expect((await store.loadScan(first.id))!.controls).toEqual({});
    const second = await store.recordScan(repo, {
      ...base,
      controls: [
        { id: 'delivery/runbook', phase: 5, status: 'done', evidence: [{ path: 'docs/RUNBOOK.md', line: 0, what: 'runbook' }] },
        { id: 'observability/metrics', phase: 3, status: 'missing', evidence: [] },
      ],
    });
    expect((await store.loadScan(second.id))!.controls).toEqual({
      'delivery/runbook': { phase: 5, status: 'done', evidence: 'docs/RUNBOOK.md' },
      'observability/metrics': { phase: 3, status: 'missing' },
    });
    expect(MIGRATIONS.some((m) => /CREATE TABLE controls/.test(m.sql))).toBe(true);
  } finally {
    await store.close();
  }
});

test('plan: a missing control without a rule is a work item that waits for the controls it depends on; one with a rule is not', () => {
  const results = [
    result('observability/request-ids', 'missing'),
    result('observability/structured-logging', 'missing', true),
    result('observability/metrics', 'missing'),
    result('observability/alerts', 'missing'),
    result('observability/tracing', 'done'),
  ];
  const ruleItem = { id: 'OBS-01', rules: ['observability/print-logging'] } as unknown as Parameters<typeof controlItems>[2][number];
  const items = controlItems(results, ALL_CONTROLS, [ruleItem]);
  expect(items.map((i) => i.control).sort()).toEqual(['observability/alerts', 'observability/metrics', 'observability/request-ids']);
  const alerts = items.find((i) => i.control === 'observability/alerts')!;
  const metrics = items.find((i) => i.control === 'observability/metrics')!;
  expect(alerts.blockedBy.map((b) => b.id)).toEqual([metrics.id]);
  // request-ids depends on structured logging, which a rule covers: it waits for the rule's item.
  expect(items.find((i) => i.control === 'observability/request-ids')!.blockedBy.map((b) => b.id)).toEqual(['OBS-01']);
  expect(alerts.fingerprints).toEqual(['control:observability/alerts']);
  expect(alerts.hours).toBeGreaterThan(0);
  // Progress: the item stays open while the control is missing, resolves when it is done.
  const snap = (status: string) => ({ id: 1, recordedAt: 'x', findings: [], items: items.map((i) => ({ ...i, rules: i.rules })), metrics: {}, controls: { 'observability/alerts': { phase: 3, status: status as 'missing' } } });
  expect(computeProgress(snap('missing'), snap('missing')).items.find((i) => i.id === alerts.id)!.state).toBe('open');
  const after = computeProgress(snap('missing'), snap('done'));
  expect(after.items.find((i) => i.id === alerts.id)!.state).toBe('resolved');
  expect(after.controls!.changed).toEqual([{ id: 'observability/alerts', phase: 3, before: 'missing', after: 'done' }]);
});

const SERVICE = {
  'app.py': 'import os\nfrom flask import Flask\napp = Flask(__name__)\nTOKEN = os.environ["TOKEN"]\n\n@app.route("/items")\ndef items():\n    return []\n',
  'requirements.txt': 'flask==3.0.3\n',
  'Dockerfile': 'FROM python:3.12-slim\nCOPY . /app\nCMD ["python", "/app/app.py"]\n',
  'docker-compose.yml': 'services:\n  "<img src=x onerror=alert(1)>":\n    build: .\n    restart: always\n',
};

test('audit writes the checklist (AUDIT.md, escaped HTML) and plans missing controls; status shows a control turning done and its item resolved', () => {
  const dir = tempRepo(SERVICE, { git: true });
  const r = harden(['audit', dir, '--quiet', '--no-cache']);
  expect(r.code, r.stderr).toBe(0);
  const audit = readFileSync(path.join(dir, '.harden', 'AUDIT.md'), 'utf8');
  expect(audit).toContain('## Readiness checklist');
  expect(audit).toMatch(/\| ❌ \| Automated dependency updates \(Dependabot\/Renovate\) `security\/dependency-updates`/);
  const html = readFileSync(path.join(dir, '.harden', 'harden-report.html'), 'utf8');
  expect(html).toContain('<section id="readiness">');
  expect(html).not.toContain('<img src=x');
  expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  const plan = readFileSync(path.join(dir, '.harden', 'HARDENING.md'), 'utf8');
  expect(plan).toContain('Add: Automated dependency updates');

  mkdirSync(path.join(dir, '.github'), { recursive: true });
  writeFileSync(path.join(dir, '.github', 'dependabot.yml'), 'version: 2\nupdates:\n  - package-ecosystem: pip\n    directory: /\n    schedule: {interval: weekly}\n');
  const s = harden(['status', dir, '--format', 'json', '--quiet', '--no-cache']);
  expect(s.code, s.stderr).toBe(0);
  const p = JSON.parse(s.stdout) as {
    controls: { phases: Array<{ phase: number; before: number; after: number }>; changed: Array<{ id: string; before: string; after: string }> };
    items: Array<{ title: string; state: string }>;
  };
  expect(p.controls.changed).toContainEqual(expect.objectContaining({ id: 'security/dependency-updates', before: 'missing', after: 'done' }));
  const ph1 = p.controls.phases.find((x) => x.phase === 1)!;
  expect(ph1.after).toBeGreaterThan(ph1.before);
  expect(p.items.find((i) => i.title.includes('Automated dependency updates'))!.state).toBe('resolved');
  const text = harden(['status', dir, '--no-scan']).stdout;
  expect(text).toMatch(/Phase 1 \d+% \(was \d+%\)/);
  expect(text).toMatch(/security\/dependency-updates\s+missing → done \(\.github\/dependabot\.yml\)/);
}, 120_000);

test('harden readiness: text, md and json formats', () => {
  const dir = tempRepo(SERVICE, { git: true });
  const json = JSON.parse(harden(['readiness', dir, '--format', 'json', '--quiet', '--no-cache']).stdout) as { controls: unknown[]; phases: unknown[]; score: { score: number } };
  expect(json.controls.length).toBe(ALL_CONTROLS.length);
  expect(json.phases.length).toBe(6);
  expect(json.score.score).toBeGreaterThanOrEqual(0);
  expect(harden(['readiness', dir, '--format', 'md', '--quiet', '--no-cache']).stdout).toContain('# Readiness checklist');
  const text = harden(['readiness', dir, '--quiet', '--no-cache']).stdout;
  expect(text).toMatch(/\[ \] security\/dependency-updates/);
  expect(harden(['readiness', dir, '--format', 'xml']).code).toBe(2);
}, 60_000);
