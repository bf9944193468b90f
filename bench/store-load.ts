/**
 * Load test of the shared history store (part of `npm run bench`; alone: `npm run bench -- --store-load-only`).
 *
 * 32 writer processes × 25 scans each (test/helpers/store-writer.mjs: 5–64 findings, 2 work items and 3 metrics
 * per scan) into one fresh PostgreSQL schema, 16 repositories (so writers of one repository contend on its
 * row), all started at once against a store that is not migrated yet (they race for the migration lock).
 * While they run, a 33rd writer records a 300,000-finding scan and is killed with SIGKILL once its transaction
 * is open. Then:
 *   - scans/s (800 scans / wall time from the first spawn to the last exit, process start-up included) and the
 *     write throughput (800 / time from the first scan's start to the last scan's end);
 *   - p50/p99 of the per-scan write latency (recordScan: repository row, scan transaction, commit);
 *   - exactly once: every expected uid present once, nothing else; per repository, scan numbers 1..n; each
 *     scan's findings are as many as its metric says, all its own; 16 repository rows;
 *   - the killed writer: no scan, no finding, no counter increment of its repository.
 * The same load is run on an SQLite file for comparison (no kill there: test/store covers it).
 *
 * PostgreSQL: HARDEN_TEST_PG_URL, else scripts/ci-postgres.sh starts one (installing Debian's postgresql
 * when missing). Writes bench/store-load.json.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WRITER = path.join(ROOT, 'test', 'helpers', 'store-writer.mjs');
const WRITERS = 32;
const SCANS = 25;
const REPOS = 16;
const VICTIM_FINDINGS = 300_000;

interface Writer {
  code: number | null;
  signal: NodeJS.Signals | null;
  samples: Array<{ uid: string; ms: number; end: number }>;
  err: string;
}

function startWriter(location: string, id: number, scans: number, extra: string[] = [], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, [WRITER, location, String(id), String(scans), String(REPOS), ...extra], { env: { ...process.env, ...env } });
  const done = new Promise<Writer>((resolve) => {
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code, signal) => {
      const samples = out
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { uid: string; ms: number; end: number });
      resolve({ code, signal, samples, err });
    });
  });
  return { child, done };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

function pgUrl(): string {
  if (process.env.HARDEN_TEST_PG_URL) return process.env.HARDEN_TEST_PG_URL;
  const out = execFileSync('bash', [path.join(ROOT, 'scripts', 'ci-postgres.sh'), 'start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const m = /HARDEN_TEST_PG_URL=(\S+)/.exec(out);
  if (!m) throw new Error('scripts/ci-postgres.sh did not print the URL');
  return m[1];
}

async function sql<T = Record<string, unknown>>(url: string, text: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text)).rows as T[];
  } finally {
    await c.end();
  }
}

async function sqliteQuery<T = Record<string, unknown>>(file: string, text: string): Promise<T[]> {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(text).all() as T[];
  } finally {
    db.close();
  }
}

export interface LoadResult {
  backend: 'postgres' | 'sqlite';
  writers: number;
  scansPerWriter: number;
  repositories: number;
  scans: number;
  wallS: number;
  scansPerS: number;
  writeWindowS: number;
  writeScansPerS: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  exactlyOnce: { ok: boolean; problems: string[] };
  kill?: { ok: boolean; killedInTransactionAfterMs: number; problems: string[] };
}

async function runLoad(backend: 'postgres' | 'sqlite', location: string, query: (text: string) => Promise<Array<Record<string, unknown>>>, victimUrl?: string): Promise<LoadResult> {
  const t0 = Date.now();
  const writers = Array.from({ length: WRITERS }, (_, w) => startWriter(location, w, SCANS));
  let kill: LoadResult['kill'];
  let victimDone: Promise<Writer> | undefined;
  if (victimUrl) {
    // The victim: one huge scan, killed once its transaction is open (seen in pg_stat_activity).
    // Its own repository, so that the writers of the 16 do not queue behind its lock.
    const victim = startWriter(location, 99, 1, [String(VICTIM_FINDINGS), 'victim/repo-'], { PGAPPNAME: 'harden-victim' });
    victimDone = victim.done;
    const start = Date.now();
    let seen = false;
    while (Date.now() - start < 120_000 && victim.child.exitCode === null) {
      // Inside its scan transaction, inserting findings (150 statements of 2,000 rows).
      const [row] = await sql<{ n: string }>(victimUrl, "SELECT COUNT(*) AS n FROM pg_stat_activity WHERE application_name = 'harden-victim' AND xact_start IS NOT NULL AND query LIKE 'INSERT INTO findings%'");
      if (Number(row.n) > 0) {
        seen = true;
        break;
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    victim.child.kill('SIGKILL');
    kill = { ok: seen, killedInTransactionAfterMs: Date.now() - start, problems: seen ? [] : ['the victim was never seen inside its transaction'] };
  }
  const results = await Promise.all(writers.map((w) => w.done));
  const wallS = (Date.now() - t0) / 1000;
  const victim = victimDone ? await victimDone : undefined;
  const samples = results.flatMap((r) => r.samples);
  const problems: string[] = [];
  for (const [i, r] of results.entries()) if (r.code !== 0) problems.push(`writer ${i} exited ${r.code ?? r.signal}: ${r.err.trim().split('\n').pop()}`);

  // Exactly once.
  const expected = new Set(Array.from({ length: WRITERS }, (_, w) => Array.from({ length: SCANS }, (_, i) => `w${w}-s${i}`)).flat());
  const uids = (await query('SELECT uid FROM scans')).map((r) => String(r.uid));
  const seen = new Map<string, number>();
  for (const u of uids) seen.set(u, (seen.get(u) ?? 0) + 1);
  for (const u of expected) if (seen.get(u) !== 1) problems.push(`${u}: recorded ${seen.get(u) ?? 0} times`);
  for (const u of seen.keys()) if (!expected.has(u) && !u.startsWith('w99-')) problems.push(`unexpected scan ${u}`);
  const perScan = await query(
    "SELECT s.uid, m.value AS expected, COUNT(f.fingerprint) AS n, SUM(CASE WHEN f.fingerprint LIKE s.uid || '-f%' THEN 1 ELSE 0 END) AS own FROM scans s JOIN metrics m ON m.scan_id = s.id AND m.key = 'findings' LEFT JOIN findings f ON f.scan_id = s.id GROUP BY s.uid, m.value",
  );
  for (const r of perScan) if (Number(r.n) !== Number(r.expected) || Number(r.own) !== Number(r.expected)) problems.push(`${r.uid}: ${r.n} findings (${r.own} its own), expected ${r.expected}`);
  const repos = await query(
    "SELECT r.identity, r.scans, COUNT(s.id) AS n, MIN(s.seq) AS lo, MAX(s.seq) AS hi FROM repositories r LEFT JOIN scans s ON s.repository_id = r.id WHERE r.identity NOT LIKE 'victim/%' GROUP BY r.identity, r.scans",
  );
  if (repos.length !== REPOS) problems.push(`${repos.length} repository rows, expected ${REPOS}`);
  for (const r of repos) if (Number(r.n) !== Number(r.scans) || Number(r.lo) !== 1 || Number(r.hi) !== Number(r.scans)) problems.push(`${r.identity}: scans ${r.n}, numbered ${r.lo}..${r.hi}, counter ${r.scans}`);

  if (kill && victim) {
    if (victim.signal !== 'SIGKILL') kill.problems.push(`the victim ended with ${victim.code ?? victim.signal}, not SIGKILL (too fast?)`);
    const left = await query(
      "SELECT (SELECT COUNT(*) FROM scans WHERE uid LIKE 'w99-%') AS scans, (SELECT COUNT(*) FROM findings WHERE fingerprint LIKE 'w99-%') AS findings, (SELECT COALESCE(SUM(scans), 0) FROM repositories WHERE identity LIKE 'victim/%') AS counter",
    );
    if (Number(left[0].scans) || Number(left[0].findings) || Number(left[0].counter)) {
      kill.problems.push(`the killed writer left ${left[0].scans} scans, ${left[0].findings} findings, scan counter ${left[0].counter}`);
    }
    kill.ok = kill.problems.length === 0;
  }

  const starts = samples.map((s) => s.end - s.ms);
  const windowS = samples.length ? (Math.max(...samples.map((s) => s.end)) - Math.min(...starts)) / 1000 : NaN;
  const lat = samples.map((s) => s.ms);
  return {
    backend,
    writers: WRITERS,
    scansPerWriter: SCANS,
    repositories: REPOS,
    scans: uids.filter((u) => expected.has(u)).length,
    wallS,
    scansPerS: expected.size / wallS,
    writeWindowS: windowS,
    writeScansPerS: expected.size / windowS,
    p50Ms: pct(lat, 50),
    p99Ms: pct(lat, 99),
    maxMs: Math.max(...lat),
    exactlyOnce: { ok: problems.length === 0, problems: problems.slice(0, 20) },
    kill,
  };
}

export async function runStoreLoad(): Promise<LoadResult[]> {
  const loadAvgAtStart = os.loadavg().map((x) => +x.toFixed(2));
  const base = pgUrl();
  const schema = `harden_load_${Date.now()}`;
  await sql(base, `CREATE SCHEMA ${schema}`);
  const u = new URL(base);
  u.searchParams.set('options', `-c search_path=${schema}`);
  const out: LoadResult[] = [];
  try {
    out.push(await runLoad('postgres', u.toString(), (t) => sql(u.toString(), t), u.toString()));
  } finally {
    await sql(base, `DROP SCHEMA ${schema} CASCADE`);
  }
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'harden-load-')), 'history.db');
  out.push(await runLoad('sqlite', file, (t) => sqliteQuery(file, t)));

  const f = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');
  console.log(`\nstore load: ${WRITERS} writer processes × ${SCANS} scans, ${REPOS} repositories, one fresh store each`);
  console.log('backend   | scans/s (wall, incl. start-up) | scans/s (write window) | p50 ms | p99 ms | max ms | exactly once | kill -9 mid-scan');
  for (const r of out) {
    console.log(
      `${r.backend.padEnd(9)} | ${`${f(r.scansPerS)} (${r.scans} in ${f(r.wallS, 2)} s)`.padEnd(30)} | ${`${f(r.writeScansPerS)} (${f(r.writeWindowS, 2)} s)`.padEnd(22)} | ${f(r.p50Ms).padStart(6)} | ${f(r.p99Ms).padStart(6)} | ${f(r.maxMs).padStart(6)} | ${r.exactlyOnce.ok ? 'yes' : `NO: ${r.exactlyOnce.problems.join('; ')}`} | ${r.kill ? (r.kill.ok ? `no partial scan (killed ${r.kill.killedInTransactionAfterMs} ms after start)` : `FAILED: ${r.kill.problems.join('; ')}`) : '— (test/store)'}`,
    );
  }
  writeFileSync(path.join(ROOT, 'bench', 'store-load.json'), `${JSON.stringify({ date: new Date().toISOString(), loadAvgAtStart, loadAvgAtEnd: os.loadavg().map((x) => +x.toFixed(2)), results: out }, null, 2)}\n`);
  const failed = out.filter((r) => !r.exactlyOnce.ok || (r.kill && !r.kill.ok));
  if (failed.length) process.exitCode = 1;
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await runStoreLoad();
