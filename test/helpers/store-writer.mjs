// A writer process for the store's concurrency tests and load test (bench/store-load.ts):
//
//   node test/helpers/store-writer.mjs LOCATION WRITER SCANS REPOS [FINDINGS] [REPO_PREFIX]
//
// Records SCANS scans through the built store (dist/store) into LOCATION, scan i of writer w under repository
// `<REPO_PREFIX>((w + i) % REPOS)` (default prefix `load/repo-`), with uid `w<w>-s<i>` and a deterministic number of findings whose
// fingerprints start with the uid (so that a reader can tell whether one scan's rows ever mixed with
// another's). Prints one JSON line per scan: {"uid", "ms", "end"} (the write latency, the end time in ms). FINDINGS fixes the number of
// findings of every scan (the kill test uses a large one to be killed mid-write).
//
// HARDEN_WRITER_RETRY=ATTEMPTS,BASE_MS sets the store's retry policy for a dropped PostgreSQL connection; each
// retry is reported on stderr as `retry N: MESSAGE`. A StoreError ends the writer with exit code 2 and its
// message on stderr (as the CLI does), anything else with an uncaught error.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { openStore } = await import(path.join(root, 'dist', 'store', 'db.js'));

const [location, writerArg, scansArg, reposArg, findingsArg, prefixArg] = process.argv.slice(2);
const prefix = prefixArg || 'load/repo-';
const writer = Number(writerArg);
const scans = Number(scansArg);
const repos = Number(reposArg);

function findingsFor(w, i) {
  return 5 + ((w * 7 + i * 13) % 60);
}

const [attempts, baseDelayMs] = (process.env.HARDEN_WRITER_RETRY || '').split(',').map(Number);
const retry = {
  ...(attempts ? { attempts, baseDelayMs } : {}),
  onRetry: (r) => process.stderr.write(`retry ${r.attempt}: ${r.error.message}\n`),
};

let store;
try {
  store = await openStore(location, { retry });
  for (let i = 0; i < scans; i++) {
    const uid = `w${writer}-s${i}`;
    const n = findingsArg && findingsArg !== '-' ? Number(findingsArg) : findingsFor(writer, i);
    const k = (writer + i) % repos;
    const findings = Array.from({ length: n }, (_, j) => ({
      fingerprint: `${uid}-f${j}`,
      ruleId: j % 3 ? 'reliability/bare-except' : 'security/hardcoded-secret',
      severity: j % 3 ? 'medium' : 'critical',
      category: j % 3 ? 'reliability' : 'security',
      path: `src/m${j % 17}.py`,
      line: 1 + j,
      component: '.',
      message: `finding ${j} of ${uid}`,
    }));
    const items = [
      { id: 'SEC-01', title: 'Remove secrets', phase: 0, priority: 'P0', hours: 2, rules: ['security/hardcoded-secret'], fingerprints: findings.filter((_, j) => !(j % 3)).map((f) => f.fingerprint) },
      { id: 'REL-01', title: 'Handle errors', phase: 2, priority: 'P2', hours: 5, rules: ['reliability/bare-except'], fingerprints: findings.filter((_, j) => j % 3).map((f) => f.fingerprint) },
    ];
    const t0 = process.hrtime.bigint();
    await store.recordScan(
      { identity: `${prefix}${k}`, name: `repo-${k}`, source: 'repo-id' },
      {
        recordedAt: new Date().toISOString(),
        rootName: `repo-${k}`,
        toolVersion: 'load',
        command: 'audit',
        files: n,
        lines: n * 10,
        rules: ['reliability/bare-except', 'security/hardcoded-secret'],
        findings,
        plan: { items },
        metrics: { findings: n, readiness: 100 - (n % 100), secrets: Math.ceil(n / 3) },
        uid,
      },
    );
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    process.stdout.write(`${JSON.stringify({ uid, ms, end: Date.now() })}\n`);
  }
} catch (e) {
  if (e?.code !== 'STORE') throw e;
  process.stderr.write(`harden: ${e.message}\n`);
  process.exitCode = 2;
} finally {
  await store?.close();
}
