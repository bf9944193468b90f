import { spawn } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, test } from 'vitest';
import { openStore } from '../../src/store/db.js';
import { isRetryable, openPostgres } from '../../src/store/postgres.js';
import { harden } from '../helpers/cli.js';
import { BACKENDS, rawQuery, title } from '../helpers/store-backends.js';
import { tempRepo } from '../helpers/temp-repo.js';

/**
 * A dropped PostgreSQL connection (store/postgres.ts): the writer runs its scan's transaction again on a fresh
 * connection, a bounded number of times, and then fails with a StoreError (exit 2); a scan is never recorded twice
 * and never in part. The connection is dropped for real: `pg_terminate_backend` from a second connection, while
 * the writer is inside its transaction.
 */
const WRITER = path.resolve(import.meta.dirname, '..', 'helpers', 'store-writer.mjs');
/** Findings per scan: enough chunks (2,000 rows each) that the writer is seen mid-write. */
const FINDINGS = 60_000;

function writer(loc: string, env: NodeJS.ProcessEnv) {
  const p = spawn(process.execPath, [WRITER, loc, '0', '1', '1', String(FINDINGS), 'victim/repo-'], { env: { ...process.env, ...env } });
  let out = '';
  let err = '';
  p.stdout.on('data', (d) => (out += d));
  p.stderr.on('data', (d) => (err += d));
  const done = new Promise<{ code: number | null; out: string; err: string }>((resolve) => p.on('close', (code) => resolve({ code, out, err })));
  return { p, done };
}

/** Terminates the backends of `app` that are inside a transaction inserting findings; returns how many. */
async function terminateMidWrite(loc: string, app: string): Promise<number> {
  const rows = await rawQuery(
    loc,
    `SELECT pg_terminate_backend(pid) AS t FROM pg_stat_activity WHERE application_name = '${app}' AND xact_start IS NOT NULL AND query LIKE 'INSERT INTO findings%'`,
  );
  return rows.filter((r) => r.t === true).length;
}

const count = async (loc: string, sql: string) => Number((await rawQuery(loc, sql))[0].n);

test('what is retried: connection errors and restarts, not constraint violations', () => {
  const err = (message: string, code?: string) => Object.assign(new Error(message), code ? { code } : {});
  for (const e of [
    err('terminating connection due to administrator command', '57P01'),
    err('the database system is starting up', '57P03'),
    err('connection failure', '08006'),
    err('could not serialize access', '40001'),
    err('read ECONNRESET', 'ECONNRESET'),
    err('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'),
    err('Connection terminated unexpectedly'),
    err('Client has encountered a connection error and is not queryable'),
  ]) {
    expect(isRetryable(e), e.message).toBe(true);
  }
  for (const e of [
    err('duplicate key value violates unique constraint "scans_uid"', '23505'),
    err('null value in column "seq"', '23502'),
    err('syntax error at or near "SELEC"', '42601'),
    err('permission denied for table scans', '42501'),
    err('password authentication failed for user "harden"', '28P01'),
    err('something else'),
  ]) {
    expect(isRetryable(e), e.message).toBe(false);
  }
  expect(isRetryable('57P01')).toBe(false);
});

test('portfolio, status and check on an unreachable store: exit 2, the server named, the password redacted, no stack trace', () => {
  const dir = tempRepo({ 'a.py': 'x = 1\n' });
  const url = 'postgres://harden:hunter2@127.0.0.1:1/nowhere';
  for (const args of [
    ['portfolio', '--store', url],
    ['status', dir, '--no-scan', '--store', url],
    ['check', dir, '--store', url],
    ['portfolio', '--store', 'postgres://harden:hunter2@localhost:1/nowhere'],
  ]) {
    const r = harden(args);
    expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
    expect(r.stderr).toMatch(/cannot open history store postgres:\/\/harden:\*\*\*@(127\.0\.0\.1|localhost):1\/nowhere/);
    expect(r.stderr + r.stdout).not.toContain('hunter2');
    expect(r.stderr).not.toMatch(/^\s+at /m);
  }
  // Everything from the environment: the server is named from PGHOST/PGPORT, never the password.
  const env = { PGHOST: 'localhost', PGPORT: '1', PGUSER: 'harden', PGPASSWORD: 'hunter2', PGDATABASE: 'nowhere' };
  const r = harden(['portfolio', '--store', 'postgres:'], { env });
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).toMatch(/harden@localhost:1\/nowhere/);
  expect(r.stderr).not.toContain('hunter2');
});

describe.each(BACKENDS.filter((b) => b.name === 'postgres'))('dropped connection on $name', (backend) => {
  describe.skipIf(Boolean(backend.skip))(title(backend), () => {
    test('a writer whose backend is terminated mid-write retries on a fresh connection: its scan is recorded exactly once', async () => {
      const loc = await backend.fresh();
      await (await openStore(loc)).close();
      const app = `harden-victim-${process.pid}`;
      const w = writer(loc, { PGAPPNAME: app, HARDEN_WRITER_RETRY: '5,100' });
      const deadline = Date.now() + 30_000;
      let terminated = 0;
      while (!terminated && Date.now() < deadline && w.p.exitCode === null) {
        terminated = await terminateMidWrite(loc, app);
        if (!terminated) await new Promise((r) => setTimeout(r, 20));
      }
      expect(terminated, 'the writer was terminated inside its transaction').toBe(1);
      const res = await w.done;
      expect(res.code, res.err).toBe(0);
      // Which error the writer sees first is a race: the server's own message when the next query reaches it, or
      // pg's "not queryable" when the client saw the socket close first. Both are the terminated connection.
      expect(res.err).toMatch(/^retry 1: (terminating connection due to administrator command|Client has encountered a connection error and is not queryable)/m);
      expect(res.out.trim().split('\n')).toHaveLength(1);
      // Exactly once: one scan row, numbered 1, with all its findings and nothing else under its uid.
      expect(await count(loc, "SELECT COUNT(*) AS n FROM scans WHERE uid = 'w0-s0'")).toBe(1);
      expect(await count(loc, 'SELECT COUNT(*) AS n FROM scans')).toBe(1);
      expect(await count(loc, "SELECT scans AS n FROM repositories WHERE identity = 'victim/repo-0'")).toBe(1);
      expect(await count(loc, "SELECT seq AS n FROM scans WHERE uid = 'w0-s0'")).toBe(1);
      expect(await count(loc, "SELECT COUNT(*) AS n FROM findings WHERE fingerprint LIKE 'w0-s0-%'")).toBe(FINDINGS);
      expect(await count(loc, 'SELECT COUNT(*) AS n FROM items')).toBe(2);
      expect(await count(loc, 'SELECT COUNT(*) AS n FROM repositories')).toBe(1);
    });

    test('a writer whose every connection is terminated gives up after its attempts: exit 2, a clear error, nothing recorded', async () => {
      const loc = await backend.fresh();
      await (await openStore(loc)).close();
      const app = `harden-doomed-${process.pid}`;
      const w = writer(loc, { PGAPPNAME: app, HARDEN_WRITER_RETRY: '3,50' });
      let terminated = 0;
      // Terminate each of its connections as soon as it is writing findings, until it gives up.
      while (w.p.exitCode === null && w.p.signalCode === null) {
        terminated += await terminateMidWrite(loc, app);
        await new Promise((r) => setTimeout(r, 10));
      }
      const res = await w.done;
      expect(res.code, res.err).toBe(2);
      expect(terminated).toBe(3);
      expect(res.err.match(/^retry \d: /gm)).toHaveLength(2);
      expect(res.err).toMatch(/lost the connection to the PostgreSQL server harden@127\.0\.0\.1:\d+\/\w+ and could not get it back \(3 attempts\)/);
      expect(res.err).not.toMatch(/^\s+at /m);
      expect(res.out).toBe('');
      expect(await count(loc, 'SELECT COUNT(*) AS n FROM scans')).toBe(0);
      expect(await count(loc, 'SELECT COUNT(*) AS n FROM findings')).toBe(0);
      expect(await count(loc, 'SELECT COALESCE(SUM(scans), 0) AS n FROM repositories')).toBe(0);
    });

    test('a constraint violation is not retried', async () => {
      const loc = await backend.fresh();
      await (await openStore(loc)).close();
      let retries = 0;
      const db = await openPostgres(loc, { attempts: 5, baseDelayMs: 10, onRetry: () => retries++ });
      try {
        await db.query("INSERT INTO repositories (identity, name, created_at) VALUES ('x', 'x', 'now')");
        const dup = db.transaction(() => db.query("INSERT INTO repositories (identity, name, created_at) VALUES ('x', 'x', 'now')"));
        await expect(dup).rejects.toMatchObject({ code: '23505' });
        expect(retries).toBe(0);
      } finally {
        await db.close();
      }
      expect(await count(loc, 'SELECT COUNT(*) AS n FROM repositories')).toBe(1);
    });

    test('a statement outside a transaction is run again after its connection was terminated while idle', async () => {
      const loc = await backend.fresh();
      let retries = 0;
      const app = `harden-idle-${process.pid}`;
      const store = await openStore(loc.replace('?', `?application_name=${app}&`), { retry: { baseDelayMs: 10, onRetry: () => retries++ } });
      try {
        const admin = new pg.Client({ connectionString: loc });
        await admin.connect();
        const r = await admin.query(`SELECT pg_terminate_backend(pid) AS t FROM pg_stat_activity WHERE application_name = $1`, [app]);
        await admin.end();
        expect(r.rows).toEqual([{ t: true }]);
        expect(await store.listRepositories()).toEqual([]);
        expect(retries).toBe(1);
      } finally {
        await store.close();
      }
    });
  });
});
