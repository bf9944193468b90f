import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { buildPlanFromFindings } from '../../src/plan/index.js';
import type { Finding } from '../../src/rules/types.js';
import { openStore } from '../../src/store/db.js';
import { listScans, loadScan, recordScan } from '../../src/store/history.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { harden } from '../helpers/cli.js';
import { tempRepo } from '../helpers/temp-repo.js';

const finding = (ruleId: string, fp: string, p = 'a.py'): Finding => ({
  ruleId, severity: 'medium', confidence: 'high', path: p, line: 3, column: 1, endLine: 3, endColumn: 5,
  message: `m ${fp}`, snippet: 'x', fingerprint: fp, component: '.', category: ruleId.split('/')[0] as Finding['category'],
});

function record(db: ReturnType<typeof openStore>, findings: Finding[]) {
  return recordScan(db, {
    recordedAt: '2026-01-01T00:00:00.000Z', rootName: 'r', toolVersion: 't', command: 'audit', files: 1, lines: 10,
    rules: ['reliability/bare-except'], findings, plan: buildPlanFromFindings(findings, []), metrics: { findings: findings.length },
  });
}

test('scans, findings, work items and metrics round-trip through the store', () => {
  const file = path.join(tempRepo({}), 'h.db');
  const db = openStore(file);
  const a = record(db, [finding('reliability/bare-except', 'f1'), finding('reliability/bare-except', 'f2')]);
  const b = record(db, [finding('reliability/bare-except', 'f2')]);
  expect(listScans(db).map((s) => s.id)).toEqual([a, b]);
  const first = loadScan(db, a)!;
  expect(first.findings.map((f) => f.fingerprint)).toEqual(['f1', 'f2']);
  expect(first.items).toHaveLength(1);
  expect(first.items[0].fingerprints).toEqual(['f1', 'f2']);
  expect(first.metrics).toEqual({ findings: 2 });
  expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
  db.close();
  // Reopening applies no migration twice and keeps everything.
  const again = openStore(file);
  expect(listScans(again)).toHaveLength(2);
  again.close();
});

test('a write interrupted by a crash leaves the earlier history intact', () => {
  const file = path.join(tempRepo({}), 'h.db');
  const db = openStore(file);
  record(db, [finding('reliability/bare-except', 'kept')]);
  db.close();
  // A second process starts recording a large scan and is killed (SIGKILL) inside the transaction.
  const store = path.resolve(import.meta.dirname, '..', '..', 'dist', 'store');
  const script = `
    import { openStore } from ${JSON.stringify(path.join(store, 'db.js'))};
    const db = openStore(${JSON.stringify(file)});
    db.exec('BEGIN');
    db.prepare("INSERT INTO scans (recorded_at, root_name, tool_version, command, files, lines, rules) VALUES ('x','r','t','audit',1,1,'[]')").run();
    const ins = db.prepare("INSERT INTO findings VALUES (2, ?, 'r', 'low', 'c', 'p', 1, '.', 'm')");
    for (let i = 0; i < 20000; i++) ins.run('fp' + i);
    process.kill(process.pid, 'SIGKILL');
  `;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script]);
  expect(r.signal).toBe('SIGKILL');
  const check = new Database(file);
  expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
  check.close();
  const after = openStore(file);
  expect(listScans(after)).toHaveLength(1);
  expect(loadScan(after, 1)!.findings.map((f) => f.fingerprint)).toEqual(['kept']);
  after.close();
});

test('status: a fix shows as a resolved work item, fixed findings and a better metric; --since is checked', () => {
  const dir = tempRepo(
    {
      'svc/app.py': 'def f():\n    try:\n        run()\n    except:\n        log()\n',
      'deploy.sh': '#!/bin/bash\nset -euo pipefail\nrm -rf "$TARGET/"*\n',
    },
    { git: true },
  );
  expect(harden(['audit', dir, '--quiet']).code).toBe(0);
  writeFileSync(path.join(dir, 'deploy.sh'), '#!/bin/bash\nset -euo pipefail\nrm -rf "${TARGET:?}/"*\n');
  const r = harden(['status', dir, '--format', 'json', '--quiet']);
  expect(r.code).toBe(0);
  const s = JSON.parse(r.stdout);
  expect(s.baseline.id).toBe(1);
  expect(s.latest.id).toBe(2);
  const rm = s.items.find((i: { title: string }) => /rm -rf/.test(i.title));
  expect(rm.state).toBe('resolved');
  const bare = s.items.find((i: { title: string }) => /bare except/i.test(i.title));
  expect(bare.state).toBe('open');
  expect(s.metrics.find((m: { key: string }) => m.key === 'unsafeRm')).toMatchObject({ before: 1, after: 0 });
  expect(s.fixedSinceLast).toBe(1);
  expect(s.readiness.grade).toMatch(/^[A-F]$/);
  const text = harden(['status', dir, '--no-scan', '--no-color']).stdout;
  expect(text).toMatch(/Critical blockers\s+█+/);
  expect(harden(['status', dir, '--since', '99']).code).toBe(2);
  expect(harden(['status', tempRepo({ 'a.py': 'x = 1\n' }), '--no-scan']).code).toBe(2);
  // A narrowed scan is not recorded (it would make the other items look resolved).
  harden(['scan', dir, '--rule', 'shell/unsafe-rm', '--format', 'json']);
  const db = openStore(path.join(dir, '.harden', 'history.db'));
  expect(listScans(db)).toHaveLength(3);
  db.close();
  expect(readFileSync(path.join(dir, '.harden', 'history.db')).length).toBeGreaterThan(0);
});
