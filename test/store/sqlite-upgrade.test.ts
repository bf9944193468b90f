import { execFileSync } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { openStore } from '../../src/store/db.js';
import { MIGRATIONS, migrationSql } from '../../src/store/migrations.js';
import { harden } from '../helpers/cli.js';
import { tempRepo } from '../helpers/temp-repo.js';

test('an SQLite store of schema 1 (user_version, no migration table) is upgraded; its scans stay with the repository', async () => {
  const dir = tempRepo({ 'deploy.sh': '#!/bin/bash\nset -euo pipefail\nrm -rf "$TARGET/"*\n' }, { git: true });
  const file = path.join(dir, '.harden', 'history.db');
  // What harden wrote before repositories existed.
  execFileSync('mkdir', ['-p', path.dirname(file)]);
  const old = new Database(file);
  old.exec(migrationSql(MIGRATIONS[0], 'sqlite'));
  old.pragma('user_version = 1');
  const root = path.basename(dir);
  for (let i = 0; i < 2; i++) old.prepare("INSERT INTO scans (recorded_at, root_name, tool_version, command, files, lines, rules) VALUES (?, ?, 'old', 'audit', 1, 3, '[]')").run(`2026-01-0${i + 1}T00:00:00.000Z`, root);
  old.prepare("INSERT INTO metrics VALUES (1, 'readiness', 50)").run();
  old.close();

  const store = await openStore(file);
  const [repo] = await store.listRepositories();
  expect(repo).toMatchObject({ identity: `legacy:${root}`, scans: 2 });
  expect((await store.listScans(repo.id)).map((s) => s.seq)).toEqual([1, 2]);
  await store.close();
  const check = new Database(file);
  expect(check.prepare('SELECT version, applied_at FROM harden_migrations ORDER BY version').all()).toEqual([
    { version: 1, applied_at: 'before the migration table' },
    ...MIGRATIONS.slice(1).map((m) => ({ version: m.version, applied_at: expect.stringMatching(/^20/) })),
  ]);
  expect(check.pragma('user_version', { simple: true })).toBe(MIGRATIONS[MIGRATIONS.length - 1].version);
  check.close();

  // The next audit adopts the old scans under the repository's identity: scan #3, compared with #1.
  expect(harden(['audit', dir, '--quiet']).stdout).toMatch(/recorded as scan #3 in /);
  // A remote added later is the same repository in its own store.
  execFileSync('git', ['remote', 'add', 'origin', 'git@github.com:acme/tool.git'], { cwd: dir });
  const s = JSON.parse(harden(['status', dir, '--format', 'json', '--quiet']).stdout);
  expect([s.baseline.id, s.latest.id]).toEqual([1, 4]);
  const after = await openStore(file);
  expect((await after.listRepositories()).map((r) => [r.identity, r.scans])).toEqual([['github.com/acme/tool', 4]]);
  await after.close();
});

test('an explicit --store that cannot be opened is an error, with the password redacted; the default store only warns', () => {
  const dir = tempRepo({ 'a.py': 'x = 1\n' });
  const r = harden(['scan', dir, '--format', 'json', '--store', 'postgres://harden:hunter2@127.0.0.1:1/nowhere']);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/cannot open history store postgres:\/\/harden:\*\*\*@127\.0\.0\.1:1\/nowhere/);
  expect(r.stderr + r.stdout).not.toContain('hunter2');
  const blocked = tempRepo({ 'a.py': 'x = 1\n', '.harden/history.db': 'not an SQLite database, but a file of text that is long enough to have a header\n'.repeat(20) });
  const w = harden(['scan', blocked, '--format', 'json']);
  expect(w.code).toBe(0);
  expect(w.stderr).toMatch(/scan not recorded in the history store/);
  expect(harden(['portfolio']).code).toBe(2);
});
