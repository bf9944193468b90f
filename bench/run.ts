/**
 * `npm run bench`: generates the corpora (bench/generate.ts) if missing, then measures — medians of N runs —
 * wall time, CPU time (user+sys of the whole process, all threads), peak RSS (max resident set of the child,
 * from /usr/bin/time) of:
 *   - harden cold (`--no-cache`), warm (cache, nothing changed), warm after changing one file;
 *   - the floor (bench/floor.ts: same discovery, read, one parse per file, no rules);
 *   - peers when installed: ripgrep with the rules' pre-filter patterns, shellcheck, jscpd, bandit;
 * prints a table, the ratios, the growth exponents 10k → 1M lines, and writes bench/results.json.
 *
 *   - every reporter on a synthetic scan of a 100,000-file repository (bench/report-bench.ts; --report-files N,
 *     0 to skip): milliseconds per reporter at N/4 and N files and each reporter's growth exponent;
 *
 *   npm run bench -- [--sizes 10k,200k,1m] [--runs 3] [--venv-size 200k] [--install-peers] [--no-peers] [--report-files 100000]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALL_RULES } from '../src/rules/index.js';
import { ensureCorpus } from './generate.js';
import { runStoreLoad } from './store-load.js';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH, '..');
const CLI = path.join(ROOT, 'dist', 'cli', 'main.js');
const TMP = path.join(BENCH, '.tmp');
const JSCPD = path.join(TMP, 'peers', 'node_modules', '.bin', 'jscpd');

const argv = process.argv.slice(2);
const arg = (name: string, def: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : def;
};
// Size names are case-insensitive (`1M` = `1m`): an unknown name would generate an empty corpus.
const SIZES = arg('--sizes', '10k,200k,1m').split(',').map((s) => s.toLowerCase());
const RUNS = Number(arg('--runs', '3'));
const VENV_SIZE = arg('--venv-size', '200k').toLowerCase();
const PEERS = !argv.includes('--no-peers');
const INSTALL = argv.includes('--install-peers');
const TIMEOUT_S = Number(arg('--peer-timeout', '900'));
const REPORT_FILES = Number(arg('--report-files', '100000'));

interface Sample {
  wall: number;
  cpu: number;
  rssMB: number;
  status: number | null;
  timedOut?: boolean;
}

interface Measure extends Sample {
  runs: number;
  samples: Sample[];
}

function timed(cmd: string, args: string[], opts: { cwd?: string; timeoutS?: number; env?: NodeJS.ProcessEnv } = {}): Sample {
  mkdirSync(TMP, { recursive: true });
  const out = path.join(TMP, 'time.txt');
  rmSync(out, { force: true });
  const t = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', '-o', out, cmd, ...args], {
    cwd: opts.cwd ?? ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: (opts.timeoutS ?? 3600) * 1000,
    env: opts.env ?? process.env,
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = Number(process.hrtime.bigint() - t) / 1e9;
  let cpu = NaN;
  let rssMB = NaN;
  try {
    const [u, s, m] = readFileSync(out, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
    cpu = u + s;
    rssMB = m / 1024;
  } catch {
    /* killed by timeout */
  }
  if (r.status !== 0 && r.status !== 1) process.stderr.write(`  ! ${cmd} ${args.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 400)}\n`);
  return { wall, cpu, rssMB, status: r.status, timedOut: r.error !== undefined && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT' };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function repeat(n: number, before: (i: number) => void, run: () => Sample): Measure {
  const samples: Sample[] = [];
  for (let i = 0; i < n; i++) {
    before(i);
    samples.push(run());
  }
  return {
    runs: n,
    samples,
    wall: median(samples.map((s) => s.wall)),
    cpu: median(samples.map((s) => s.cpu)),
    rssMB: median(samples.map((s) => s.rssMB)),
    status: samples[0].status,
    timedOut: samples.some((s) => s.timedOut),
  };
}

/**
 * The engine's own work: scans run with `--no-store` (recording each scan in the history store is measured
 * apart, as `recorded`, on the largest corpus).
 */
const harden = (dir: string, extra: string[] = []) => timed(process.execPath, [CLI, 'scan', dir, '--format', 'json', '--output', '/dev/null', '--no-store', ...extra]);

function scanStats(dir: string): { filesAnalysed: number; lines: number; bytes: number } {
  const out = path.join(TMP, 'stats.json');
  spawnSync(process.execPath, [CLI, 'scan', dir, '--format', 'json', '--output', out], { stdio: 'ignore' });
  return (JSON.parse(readFileSync(out, 'utf8')) as { stats: { filesAnalysed: number; lines: number; bytes: number } }).stats;
}

function have(bin: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${bin}`], { stdio: 'ignore' }).status === 0;
}

function installPeers(): void {
  // Debian packages bandit (1.6.x); PyPI is not reachable here.
  if (!have('rg') || !have('shellcheck') || !have('bandit'))
    spawnSync('sh', ['-c', 'apt-get install -y ripgrep shellcheck bandit || (apt-get update && apt-get install -y ripgrep shellcheck bandit)'], { stdio: 'inherit' });
  // In a private prefix: never touches the project's node_modules (other processes may be using it).
  // jscpd 5.3.2, the current release (a Rust engine shipped as a platform package, jscpd-linux-x64-gnu here).
  if (!existsSync(JSCPD)) spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', path.join(TMP, 'peers'), '-E', 'jscpd@5.3.2'], { cwd: ROOT, stdio: 'inherit' });
}

/** The rules' text pre-filters as ripgrep patterns: what a grep-only tool would have to look for. */
function rgPatterns(): string[] {
  const out: string[] = [];
  for (const r of ALL_RULES) {
    const pf = 'prefilter' in r ? r.prefilter : undefined;
    if (!pf) continue;
    // Each pattern in its own group (ripgrep joins -e patterns with |); `\/` is not a valid Rust-regex escape.
    if (pf instanceof RegExp) out.push(`(?${pf.flags.includes('i') ? 'i' : ''}${pf.flags.includes('m') ? 'm' : ''}:${pf.source.replace(/\\\//g, '/')})`);
    else for (const s of pf) out.push(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  }
  return out;
}

function peers(linkedDir: string): Record<string, Measure | string> {
  // The real path: some peers' file walkers (jscpd's glob) do not enter a symlinked corpus folder.
  const dir = realpathSync(linkedDir);
  const res: Record<string, Measure | string> = {};
  if (have('rg')) {
    const pats = rgPatterns().flatMap((p) => ['-e', p]);
    res.ripgrep = repeat(RUNS, () => {}, () => timed('rg', ['--hidden', '-g', '!.git', '--count-matches', '--no-messages', ...pats, dir]));
  } else res.ripgrep = 'not installed (run with --install-peers)';
  if (have('shellcheck')) {
    res.shellcheck = repeat(1, () => {}, () => timed('sh', ['-c', `git ls-files -z '*.sh' | xargs -0 shellcheck -f json > /dev/null`], { cwd: dir, timeoutS: TIMEOUT_S }));
  } else res.shellcheck = 'not installed (run with --install-peers)';
  const jscpd = existsSync(JSCPD) ? JSCPD : path.join(ROOT, 'node_modules', '.bin', 'jscpd');
  if (existsSync(jscpd)) {
    const report = path.join(TMP, 'jscpd', 'jscpd-report.json');
    res.jscpd = repeat(1, () => rmSync(path.dirname(report), { recursive: true, force: true }), () =>
      timed(jscpd, ['--silent', '--reporters', 'json', '--output', path.dirname(report), '--ignore', '**/.git/**,**/.harden/**', dir], { timeoutS: TIMEOUT_S }),
    );
    // A run that wrote no report did not detect anything (a missing platform package exits at once).
    if (typeof res.jscpd !== 'string' && !res.jscpd.timedOut && !existsSync(report)) res.jscpd = 'failed (no report written)';
  } else res.jscpd = 'not installed (run with --install-peers)';
  for (const [k, v] of Object.entries(res)) if (typeof v !== 'string' && v.status !== 0 && v.status !== 1) res[k] = `failed (exit ${v.status})`;
  res.bandit = have('bandit')
    ? repeat(1, () => {}, () => timed('bandit', ['-r', '-q', '-f', 'json', '-o', '/dev/null', path.join(dir, 'services')], { timeoutS: TIMEOUT_S }))
    : 'not installed (run with --install-peers: Debian package bandit)';
  // harden on the same part of the job as each peer: the Python services (bandit's input, all rules), and
  // duplicate detection alone (jscpd's job); cold, no cache.
  res['harden (services/, all rules)'] = repeat(RUNS, () => {}, () => harden(path.join(dir, 'services'), ['--no-cache']));
  res['harden (duplicated-module only)'] = repeat(RUNS, () => {}, () => harden(dir, ['--no-cache', '--rule', 'maintainability/duplicated-module']));
  // What recording the scan in the history store adds (plan + one SQLite transaction), one cold run.
  res['harden cold, recorded in the history store'] = repeat(1, () => rmSync(path.join(dir, '.harden'), { recursive: true, force: true }), () =>
    timed(process.execPath, [CLI, 'scan', dir, '--format', 'json', '--output', '/dev/null', '--no-cache']),
  );
  return res;
}

interface SizeResult {
  size: string;
  dir: string;
  files: number;
  lines: number;
  bytes: number;
  cold: Measure;
  warm: Measure;
  oneChange: Measure;
  floor: Measure;
  peers?: Record<string, Measure | string>;
}

function benchSize(size: string, venv = false): SizeResult {
  const g = ensureCorpus(size, venv);
  const dir = g.dir;
  process.stderr.write(`\n== ${path.basename(dir)}${g.reused ? ' (reused)' : ` (generated: ${g.files} files, ${g.lines} lines)`}\n`);
  rmSync(path.join(dir, '.harden'), { recursive: true, force: true });
  const stats = scanStats(dir); // also fills the cache for the warm runs below
  process.stderr.write(`   ${stats.filesAnalysed} files analysed, ${stats.lines} lines, ${(stats.bytes / 1e6).toFixed(1)} MB\n`);
  const cold = repeat(RUNS, () => {}, () => harden(dir, ['--no-cache']));
  process.stderr.write(`   cold ${cold.wall.toFixed(2)} s\n`);
  harden(dir);
  const warm = repeat(RUNS, () => {}, () => harden(dir));
  process.stderr.write(`   warm ${warm.wall.toFixed(2)} s\n`);
  const changed = execFileSync('git', ['ls-files', '*.py'], { cwd: dir, encoding: 'utf8' }).split('\n')[0];
  const oneChange = repeat(RUNS, (i) => appendFileSync(path.join(dir, changed), `\n# bench change ${i}\n`), () => harden(dir));
  execFileSync('git', ['checkout', '--', changed], { cwd: dir });
  process.stderr.write(`   one change ${oneChange.wall.toFixed(2)} s\n`);
  const floor = repeat(RUNS, () => {}, () => timed(process.execPath, ['--import', 'tsx', path.join(BENCH, 'floor.ts'), dir]));
  process.stderr.write(`   floor ${floor.wall.toFixed(2)} s\n`);
  return { size: path.basename(dir), dir, files: stats.filesAnalysed, lines: stats.lines, bytes: stats.bytes, cold, warm, oneChange, floor };
}

const fmt = (n: number, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');

async function main(): Promise<void> {
  if (!existsSync(CLI)) {
    process.stderr.write('building dist/ (npm run build)…\n');
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  // The shared-store load test (bench/store-load.ts): alone with --store-load-only, skipped with --no-store-load.
  if (argv.includes('--store-load-only')) {
    await runStoreLoad();
    return;
  }
  if (INSTALL) installPeers();
  const machine = {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    ramGiB: +(totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    loadAvgAtStart: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
  };
  const results: SizeResult[] = [];
  for (const s of SIZES) results.push(benchSize(s));
  const largest = results[results.length - 1];
  if (PEERS && largest) largest.peers = peers(largest.dir);
  let venv: { clean: SizeResult; ignored: SizeResult } | undefined;
  if (VENV_SIZE !== 'none') {
    const clean = results.find((r) => r.size === VENV_SIZE) ?? benchSize(VENV_SIZE);
    venv = { clean, ignored: benchSize(VENV_SIZE, true) };
  }

  let plan: unknown = 'bench/plan-bench.ts not present';
  if (existsSync(path.join(BENCH, 'plan-bench.ts'))) {
    try {
      const mod = (await import('./plan-bench.js')) as { benchPlan?: (n: number) => unknown };
      plan = mod.benchPlan ? await mod.benchPlan(10000) : 'plan-bench.ts has no benchPlan export';
    } catch (e) {
      plan = `plan bench failed: ${(e as Error).message}`;
    }
  }

  let reports: unknown = 'skipped (--report-files 0)';
  if (REPORT_FILES > 0) {
    process.stderr.write(`\n== reporters on a synthetic scan of ${REPORT_FILES} files\n`);
    const mod = await import('./report-bench.js');
    reports = mod.benchReports(REPORT_FILES);
  }

  // ---- table
  const rows = [['corpus', 'files', 'lines', 'MB', 'run', 'wall s', 'cpu s', 'RSS MB', 'files/s', 'lines/s', 'MB/s']];
  const add = (r: SizeResult, name: string, m: Measure) =>
    rows.push([r.size, String(r.files), String(r.lines), fmt(r.bytes / 1e6, 1), name, fmt(m.wall), fmt(m.cpu), fmt(m.rssMB, 0), fmt(r.files / m.wall, 0), fmt(r.lines / m.wall, 0), fmt(r.bytes / 1e6 / m.wall, 2)]);
  for (const r of [...results, ...(venv && !results.includes(venv.ignored) ? [venv.ignored] : [])]) {
    add(r, 'harden cold', r.cold);
    add(r, 'harden warm', r.warm);
    add(r, 'harden 1 change', r.oneChange);
    add(r, 'floor', r.floor);
    for (const [k, v] of Object.entries(r.peers ?? {})) if (typeof v !== 'string') add(r, k, v);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  console.log('\nmachine:', JSON.stringify(machine));
  for (const row of rows) console.log(row.map((c, i) => (i < 1 || i === 4 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));

  // ---- ratios and targets
  const targets: Array<{ target: string; value: string; met: boolean | null }> = [];
  for (const r of results) {
    targets.push({ target: `${r.size}: cold ≤ 1.5× floor (wall)`, value: `${fmt(r.cold.wall / r.floor.wall)}× (cpu ${fmt(r.cold.cpu / r.floor.cpu)}×)`, met: r.cold.wall / r.floor.wall <= 1.5 });
    targets.push({ target: `${r.size}: warm + 1 change ≤ 10% of cold`, value: `${fmt((100 * r.oneChange.wall) / r.cold.wall, 1)}% (warm unchanged ${fmt((100 * r.warm.wall) / r.cold.wall, 1)}%)`, met: r.oneChange.wall / r.cold.wall <= 0.1 });
  }
  if (largest) {
    targets.push({ target: `${largest.size}: peak RSS ≤ 1 GiB`, value: `${fmt(largest.cold.rssMB, 0)} MB`, met: largest.cold.rssMB <= 1024 });
    for (const [k, v] of Object.entries(largest.peers ?? {})) {
      if (k.startsWith('harden')) continue;
      targets.push({ target: `${largest.size}: harden cold ÷ ${k}`, value: typeof v === 'string' ? v : `${fmt(largest.cold.wall / v.wall)}× (${k} ${fmt(v.wall)} s${v.timedOut ? ', timed out' : ''})`, met: null });
    }
    // The same part of the job: bandit vs harden on the Python services; jscpd vs harden's duplicate detection.
    const p = largest.peers ?? {};
    const pair = (peer: string, ours: string, want: number) => {
      const a = p[peer];
      const b = p[ours];
      if (typeof a === 'string' || typeof b === 'string' || !a || !b) return;
      const x = a.wall / b.wall;
      targets.push({ target: `${largest.size}: ${ours} ≥ ${want}× faster than ${peer}`, value: `${fmt(x)}× (${peer} ${fmt(a.wall)} s / ${fmt(a.cpu)} s cpu, harden ${fmt(b.wall)} s / ${fmt(b.cpu)} s cpu)`, met: x >= want });
    };
    pair('bandit', 'harden (services/, all rules)', 10);
    pair('jscpd', 'harden (duplicated-module only)', 5);
    const rec = p['harden cold, recorded in the history store'];
    if (rec && typeof rec !== 'string') targets.push({ target: `${largest.size}: history recording adds`, value: `${fmt(rec.wall - largest.cold.wall)} s to a cold scan (${fmt(rec.wall)} vs ${fmt(largest.cold.wall)} s)`, met: null });
  }
  if (venv) {
    const d = venv.ignored.cold.wall / venv.clean.cold.wall - 1;
    targets.push({ target: `${VENV_SIZE}: ignored .venv/node_modules ≤ +5% (cold)`, value: `${d >= 0 ? '+' : ''}${fmt(100 * d, 1)}%`, met: d <= 0.05 });
  }
  const first = results.find((r) => r.size === '10k');
  const last = results.find((r) => r.size === '1m');
  const growth =
    first && last
      ? {
          time: Math.log(last.cold.wall / first.cold.wall) / Math.log(last.lines / first.lines),
          cpu: Math.log(last.cold.cpu / first.cold.cpu) / Math.log(last.lines / first.lines),
          rss: Math.log(last.cold.rssMB / first.cold.rssMB) / Math.log(last.lines / first.lines),
        }
      : undefined;
  if (growth) targets.push({ target: 'growth 10k → 1M lines: time exponent ≤ 1', value: `time ${fmt(growth.time)}, cpu ${fmt(growth.cpu)}, RSS ${fmt(growth.rss)}`, met: growth.time <= 1.05 });
  console.log('');
  for (const t of targets) console.log(`${t.met === null ? '   ' : t.met ? 'MET' : 'NOT'}  ${t.target}: ${t.value}`);
  console.log('\nplan bench (10,000 findings):', typeof plan === 'string' ? plan : JSON.stringify(plan));
  console.log(`\nreporters (${REPORT_FILES} files):`, JSON.stringify(reports));
  writeFileSync(path.join(BENCH, 'results.json'), JSON.stringify({ machine, date: new Date().toISOString(), runs: RUNS, results, venv: venv && { clean: venv.clean.size, ignored: venv.ignored }, growth, targets, plan, reports }, null, 2) + '\n');
  console.log(`\nwrote ${path.relative(ROOT, path.join(BENCH, 'results.json'))}`);
  if (!argv.includes('--no-store-load')) await runStoreLoad();
}

await main();
