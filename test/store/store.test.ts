import { MIGRATIONS } from '../../src/store/migrations.js';
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildPlanFromFindings } from '../../src/plan/index.js';
import type { Finding } from '../../src/rules/types.js';
import { openStore } from '../../src/store/db.js';
import type { RepoIdentity } from '../../src/store/identity.js';
import { harden } from '../helpers/cli.js';
import { BACKENDS, PG_URL, rawQuery, REQUIRE_PG, title } from '../helpers/store-backends.js';
import { tempRepo } from '../helpers/temp-repo.js';

const WRITER = path.resolve(import.meta.dirname, '..', 'helpers', 'store-writer.mjs');

const finding = (ruleId: string, fp: string, p = 'a.py'): Finding => ({
  ruleId, severity: 'medium', confidence: 'high', path: p, line: 3, column: 1, endLine: 3, endColumn: 5,
  message: `m ${fp}`, snippet: 'x', fingerprint: fp, component: '.', category: ruleId.split('/')[0] as Finding['category'],
});

const REPO: RepoIdentity = { identity: 'github.com/acme/api', name: 'api', remote: 'github.com/acme/api', source: 'remote' };

function input(findings: Finding[], extra: { uid?: string } = {}) {
  return {
    recordedAt: '2026-01-01T00:00:00.000Z', rootName: 'r', toolVersion: 't', command: 'audit', files: 1, lines: 10,
    rules: ['reliability/bare-except'], findings, plan: buildPlanFromFindings(findings, []), metrics: { findings: findings.length }, ...extra,
  };
}

/** Runs store-writer.mjs processes at once; resolves with their exit codes and output lines. */
function writers(location: string, n: number, scans: number, repos: number) {
  return Promise.all(
    Array.from({ length: n }, (_, w) =>
      new Promise<{ code: number | null; lines: string[]; err: string }>((resolve) => {
        const p = spawn(process.execPath, [WRITER, location, String(w), String(scans), String(repos)]);
        let out = '';
        let err = '';
        p.stdout.on('data', (d) => (out += d));
        p.stderr.on('data', (d) => (err += d));
        p.on('close', (code) => resolve({ code, lines: out.split('\n').filter(Boolean), err }));
      }),
    ),
  );
}

const count = async (loc: string, sql: string) => Number((await rawQuery(loc, sql))[0].n);

test.runIf(REQUIRE_PG)('HARDEN_REQUIRE_PG=1: a PostgreSQL server is configured for the store tests', () => {
  expect(PG_URL, 'HARDEN_TEST_PG_URL must be set (scripts/ci-postgres.sh start)').toBeTruthy();
});

describe.each(BACKENDS)('history store on $name', (backend) => {
  describe.skipIf(Boolean(backend.skip))(title(backend), () => {
    test('scans, findings, work items and metrics round-trip; migrations are recorded once', async () => {
      const loc = await backend.fresh();
      const store = await openStore(loc);
      const a = await store.recordScan(REPO, input([finding('reliability/bare-except', 'f1'), finding('reliability/bare-except', 'f2')]));
      const b = await store.recordScan(REPO, input([finding('reliability/bare-except', 'f2')]));
      expect([a.seq, b.seq]).toEqual([1, 2]);
      const scans = await store.listScans(a.repositoryId);
      expect(scans.map((s) => s.id)).toEqual([a.id, b.id]);
      const first = (await store.loadScan(a.id))!;
      expect(first.findings.map((f) => f.fingerprint)).toEqual(['f1', 'f2']);
      expect(first.items).toHaveLength(1);
      expect(first.items[0].fingerprints).toEqual(['f1', 'f2']);
      expect(first.metrics).toEqual({ findings: 2 });
      await store.close();
      // Reopening applies no migration twice and keeps everything.
      const again = await openStore(loc);
      expect(await again.listScans()).toHaveLength(2);
      await again.close();
      const migrations = await rawQuery(loc, 'SELECT version FROM harden_migrations ORDER BY version');
      expect(migrations.map((m) => Number(m.version))).toEqual(MIGRATIONS.map((m) => m.version));
    });

    test('repositories are told apart by identity; scans are numbered per repository; a uid is recorded once', async () => {
      const store = await openStore(await backend.fresh());
      const other: RepoIdentity = { identity: 'gitlab.example.com/ops/deploy', name: 'deploy', source: 'remote' };
      const s1 = await store.recordScan(REPO, input([finding('reliability/bare-except', 'a')]));
      const o1 = await store.recordScan(other, input([]));
      const s2 = await store.recordScan(REPO, input([], { uid: 'same' }));
      const s2again = await store.recordScan(REPO, input([finding('reliability/bare-except', 'zzz')], { uid: 'same' }));
      expect([s1.seq, o1.seq, s2.seq]).toEqual([1, 1, 2]);
      expect(s2again).toEqual(s2);
      expect(s1.repositoryId).not.toBe(o1.repositoryId);
      expect((await store.listRepositories()).map((r) => [r.identity, r.scans])).toEqual([
        ['github.com/acme/api', 2],
        ['gitlab.example.com/ops/deploy', 1],
      ]);
      expect((await store.loadScan(s2.id))!.findings).toEqual([]);
      await store.close();
    });

    test('a store migrated by a newer harden is refused, not misread', async () => {
      const loc = await backend.fresh();
      await (await openStore(loc)).close();
      await rawQuery(loc, "INSERT INTO harden_migrations (version, name, applied_at) VALUES (99, 'future', 'x')");
      await expect(openStore(loc)).rejects.toThrow(new RegExp(`newer harden \\(schema 99, this one knows ${MIGRATIONS.length}\\)`));
    });

    test('8 processes migrate a fresh store and write 5 scans each at once: nothing lost, duplicated or mixed', async () => {
      const loc = await backend.fresh();
      const res = await writers(loc, 8, 5, 3);
      for (const r of res) expect(r.code, r.err).toBe(0);
      expect(res.flatMap((r) => r.lines)).toHaveLength(40);
      const migrations = await rawQuery(loc, 'SELECT version FROM harden_migrations ORDER BY version');
      expect(migrations.map((m) => Number(m.version))).toEqual(MIGRATIONS.map((m) => m.version));
      const repos = await rawQuery(loc, 'SELECT identity, scans FROM repositories ORDER BY identity');
      expect(repos.map((r) => r.identity)).toEqual(['load/repo-0', 'load/repo-1', 'load/repo-2']);
      const scans = await rawQuery(loc, 'SELECT s.uid, s.seq, r.identity FROM scans s JOIN repositories r ON r.id = s.repository_id');
      expect(new Set(scans.map((s) => s.uid)).size).toBe(40);
      // Per repository, scans are numbered 1..n without gap or repeat.
      for (const r of repos) {
        const seqs = scans.filter((s) => s.identity === r.identity).map((s) => Number(s.seq)).sort((a, b) => a - b);
        expect(seqs).toEqual(Array.from({ length: Number(r.scans) }, (_, i) => i + 1));
      }
      // Every scan has exactly its own findings: as many as its metric says, all with its uid.
      const rows = await rawQuery(
        loc,
        "SELECT s.uid, m.value AS expected, COUNT(f.fingerprint) AS n, SUM(CASE WHEN f.fingerprint LIKE s.uid || '-f%' THEN 1 ELSE 0 END) AS own FROM scans s JOIN metrics m ON m.scan_id = s.id AND m.key = 'findings' LEFT JOIN findings f ON f.scan_id = s.id GROUP BY s.uid, m.value",
      );
      expect(rows).toHaveLength(40);
      for (const r of rows) {
        expect(Number(r.n), String(r.uid)).toBe(Number(r.expected));
        expect(Number(r.own), String(r.uid)).toBe(Number(r.expected));
      }
    });

    test('a writer killed (SIGKILL) in the middle of a scan leaves no partial scan and the history intact', async () => {
      const loc = await backend.fresh();
      const store = await openStore(loc);
      await store.recordScan(REPO, input([finding('reliability/bare-except', 'kept')]));
      await store.close();
      const victim = spawn(process.execPath, [WRITER, loc, '0', '1', '1', '300000'], { stdio: 'ignore' });
      // Kill it in the middle of its scan transaction: SQLite — it holds the write lock (another writer cannot
      // begin); PostgreSQL — its connection is inside a transaction, inserting the findings.
      const inTransaction = async () => {
        if (backend.name === 'postgres') {
          return (await count(loc, "SELECT COUNT(*) AS n FROM pg_stat_activity WHERE application_name = 'harden' AND xact_start IS NOT NULL AND query LIKE 'INSERT INTO findings%' AND pid <> pg_backend_pid()")) > 0;
        }
        const probe = spawnSync(process.execPath, [
          '-e',
          `const D=require('better-sqlite3');const d=new D(${JSON.stringify(loc)},{timeout:0});try{d.exec('BEGIN IMMEDIATE');d.exec('ROLLBACK');process.exit(0)}catch(e){process.exit(e.code==='SQLITE_BUSY'?7:1)}`,
        ]);
        return probe.status === 7;
      };
      const deadline = Date.now() + 30_000;
      let caught = false;
      while (Date.now() < deadline && victim.exitCode === null) {
        if (await inTransaction()) {
          caught = true;
          break;
        }
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(caught, 'the victim was seen inside its write transaction').toBe(true);
      victim.kill('SIGKILL');
      await new Promise((r) => victim.on('close', r));
      expect(victim.signalCode).toBe('SIGKILL');
      const after = await openStore(loc);
      const scans = await after.listScans();
      expect(scans).toHaveLength(1);
      expect((await after.loadScan(scans[0].id))!.findings.map((f) => f.fingerprint)).toEqual(['kept']);
      await after.close();
      expect(await count(loc, "SELECT COUNT(*) AS n FROM findings WHERE fingerprint LIKE 'w0-%'")).toBe(0);
      expect(await count(loc, 'SELECT scans AS n FROM repositories')).toBe(1);
      if (backend.name === 'sqlite') expect((await rawQuery(loc, 'PRAGMA integrity_check'))[0]).toEqual({ integrity_check: 'ok' });
    });

    test('audit → status → check through the CLI; only redacted data is stored', async () => {
      const loc = await backend.fresh();
      const secret = 'AKIAQWERTYUIOPASDFGH';
      const dir = tempRepo(
        {
          'svc/app.py': `KEY = "${secret}"\ndef f():\n    try:\n        run()\n    except:\n        log()\n`,
          'deploy.sh': '#!/bin/bash\nset -euo pipefail\nrm -rf "$TARGET/"*\n',
        },
        { git: true },
      );
      const a = harden(['audit', dir, '--quiet', '--store', loc, '--repo-id', 'acme/svc']);
      expect(a.code, a.stderr).toBe(0);
      expect(a.stdout).toMatch(/recorded as scan #1 in /);
      writeFileSync(path.join(dir, 'deploy.sh'), '#!/bin/bash\nset -euo pipefail\nrm -rf "${TARGET:?}/"*\n');
      const r = harden(['status', dir, '--format', 'json', '--quiet', '--store', loc, '--repo-id', 'acme/svc']);
      expect(r.code, r.stderr).toBe(0);
      const s = JSON.parse(r.stdout);
      expect([s.baseline.id, s.latest.id]).toEqual([1, 2]);
      const rm = s.items.find((i: { title: string }) => /rm -rf/.test(i.title));
      expect(rm.state).toBe('resolved');
      // each work item carries its rule ids and the fingerprints it tracks
      expect(rm.rules).toEqual(['shell/unsafe-rm']);
      expect(rm.fingerprints).toHaveLength(1);
      expect(rm.remainingFingerprints).toEqual([]);
      expect(s.fixedSinceLast).toBe(1);
      // Another repository in the same store has its own history.
      expect(harden(['status', dir, '--no-scan', '--store', loc, '--repo-id', 'acme/other']).code).toBe(2);
      expect(harden(['status', dir, '--no-scan', '--store', loc, '--repo-id', 'acme/svc', '--since', '9']).code).toBe(2);
      // check --store accepts what the latest recorded scan had, and blocks what is new.
      const ok = harden(['check', dir, '--quiet', '--fail-on', 'medium', '--store', loc, '--repo-id', 'acme/svc']);
      expect(ok.code, ok.stdout + ok.stderr).toBe(0);
      writeFileSync(path.join(dir, 'svc', 'new.py'), 'def g():\n    try:\n        go()\n    except:\n        pass\n');
      const blocked = harden(['check', dir, '--quiet', '--fail-on', 'medium', '--store', loc, '--repo-id', 'acme/svc']);
      expect(blocked.code).toBe(1);
      expect(blocked.stdout).toMatch(/svc\/new\.py/);
      // Nothing stored holds the secret.
      for (const table of ['scans', 'findings', 'items', 'metrics', 'repositories']) {
        expect(JSON.stringify(await rawQuery(loc, `SELECT * FROM ${table}`))).not.toContain(secret);
      }
      expect(JSON.stringify(await rawQuery(loc, 'SELECT rule_id FROM findings'))).toContain('security/hardcoded-secret');
    });
  });
});
