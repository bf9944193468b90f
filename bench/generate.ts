/**
 * Deterministic benchmark corpora (no downloads): a seeded generator of a monorepo-like tree mixing Python
 * services, shell scripts, compose files, CI workflows, Dockerfiles and TypeScript, with a utility folder
 * copied into every service (duplicated modules). Each corpus is `git init`ed and committed so discovery is
 * git-based, like a real checkout. The `venv` variant adds an untracked, git-ignored `.venv/` (≈50k files)
 * and `node_modules/` (≈20k files).
 *
 *   node scripts/run-tsx.mjs bench/generate.ts [10k|200k|1m] [--venv]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPORA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'corpora');
export const SIZES: Record<string, number> = { '10k': 10_000, '200k': 200_000, '1m': 1_000_000 };

/** mulberry32: small, fast, deterministic. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
  };
}
type Rng = ReturnType<typeof rng>;

const WORDS = ['order', 'invoice', 'user', 'account', 'payment', 'report', 'ledger', 'session', 'cart', 'stock', 'price', 'audit', 'event', 'queue', 'batch', 'export', 'import', 'sync', 'token', 'profile', 'search', 'index', 'metric', 'alert'];
const name = (r: Rng) => `${r.pick(WORDS)}_${r.pick(WORDS)}${r.int(0, 99)}`;
const camel = (r: Rng) => `${r.pick(WORDS)}${r.pick(WORDS).replace(/^./, (c) => c.toUpperCase())}${r.int(0, 99)}`;

function pyFunction(r: Rng): string {
  const fn = name(r);
  const arg = r.pick(WORDS);
  const body: string[] = [`def ${fn}(${arg}, limit=${r.int(1, 500)}):`, `    """Process ${arg} records for the ${r.pick(WORDS)} service."""`, `    results = []`];
  for (let i = 0, n = r.int(2, 8); i < n; i++) {
    const k = r.int(0, 9);
    if (k === 0) body.push(`    try:`, `        value = int(${arg}.get("${r.pick(WORDS)}", 0))`, r.chance(0.3) ? `    except:` : `    except (ValueError, TypeError) as exc:`, `        log.warning("bad value: %s", ${r.chance(0.5) ? 'exc' : arg})`, `        value = 0`);
    else if (k === 1) body.push(`    resp = requests.get(f"{BASE_URL}/${r.pick(WORDS)}/{${arg}}"${r.chance(0.5) ? ', timeout=10' : ''})`, `    results.append(resp.json())`);
    else if (k === 2) body.push(`    for item in ${arg}.get("items", [])[:limit]:`, `        if item.get("${r.pick(WORDS)}") is None:`, `            continue`, `        results.append(item)`);
    else if (k === 3) body.push(`    cursor.execute("SELECT * FROM ${r.pick(WORDS)} WHERE id = %s", (${arg},))`, `    rows = cursor.fetchall()`, `    results.extend(rows)`);
    else if (k === 4 && r.chance(0.2)) body.push(`    subprocess.run("rm -rf /tmp/${r.pick(WORDS)}", shell=True)`);
    else body.push(`    total = sum(x.get("${r.pick(WORDS)}", 0) for x in results)`, `    log.info("${fn}: %d items, total %s", len(results), total)`);
  }
  body.push(`    return results`, ``);
  return body.join('\n');
}

function pythonModule(r: Rng, targetLines: number): string {
  const head = [`"""${r.pick(WORDS)} module."""`, `import logging`, `import os`, `import subprocess`, ``, `import requests`, ``, `log = logging.getLogger(__name__)`, `BASE_URL = os.environ.get("BASE_URL", "http://localhost:8080")`, ``, ``];
  const out = [...head];
  while (out.length < targetLines) out.push(...pyFunction(r).split('\n'), '');
  return out.join('\n');
}

function shellScript(r: Rng, targetLines: number): string {
  const out = ['#!/bin/bash'];
  if (r.chance(0.6)) out.push('set -euo pipefail');
  out.push(`# ${r.pick(WORDS)} maintenance`, `APP_DIR="/opt/${r.pick(WORDS)}"`, `LOG="/var/log/${r.pick(WORDS)}.log"`, '');
  while (out.length < targetLines) {
    const k = r.int(0, 6);
    if (k === 0) out.push(`rm -rf "$APP_DIR/${r.pick(WORDS)}"`);
    else if (k === 1) out.push(`if [ -f "$APP_DIR/${r.pick(WORDS)}.pid" ]; then`, `  echo "already running" >>"$LOG"`, `  exit 0`, `fi`);
    else if (k === 2) out.push(`for f in "$APP_DIR"/*.${r.pick(['csv', 'json', 'log'])}; do`, `  gzip -9 "$f" || echo "failed $f" >>"$LOG"`, `done`);
    else if (k === 3) out.push(`pg_dump -h db -U ${r.pick(WORDS)} ${r.pick(WORDS)} > "/backups/${r.pick(WORDS)}.sql"`);
    else out.push(`echo "$(date -Iseconds) ${r.pick(WORDS)} step ${r.int(1, 9)}" >>"$LOG"`, `sleep ${r.int(1, 5)}`);
  }
  return out.join('\n') + '\n';
}

function composeFile(r: Rng, services: string[]): string {
  const out = ['services:'];
  for (const s of services) {
    out.push(`  ${s}:`, `    image: registry.example.com/${s}:${r.chance(0.3) ? 'latest' : `1.${r.int(0, 20)}.${r.int(0, 9)}`}`, `    restart: unless-stopped`, `    environment:`, `      - LOG_LEVEL=info`, `      - BASE_URL=http://gateway:8080`);
    if (r.chance(0.5)) out.push(`    healthcheck:`, `      test: ["CMD", "curl", "-f", "http://localhost:8080/health"]`, `      interval: 30s`);
    if (r.chance(0.1)) out.push(`    privileged: true`);
    if (r.chance(0.5)) out.push(`    depends_on:`, `      - db`);
  }
  out.push('  db:', '    image: postgres:16', '    volumes:', '      - pgdata:/var/lib/postgresql/data', 'volumes:', '  pgdata: {}');
  return out.join('\n') + '\n';
}

function workflow(r: Rng, svc: string): string {
  return [
    `name: ${svc}`,
    'on:',
    '  push:',
    `    paths: ["services/${svc}/**"]`,
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - name: Install',
    '        run: |',
    `          pip install -r services/${svc}/requirements.txt`,
    `          ${r.chance(0.3) ? 'curl -sSL https://get.example.com | bash' : 'echo ready'}`,
    r.chance(0.7) ? `      - run: pytest services/${svc}` : `      - run: echo "no tests for ${svc}"`,
    '      - name: Deploy',
    '        run: |',
    `          rm -rf build/${svc}`,
    `          ./scripts/deploy.sh ${svc}`,
    '',
  ].join('\n');
}

function dockerfile(r: Rng, svc: string): string {
  return [
    `FROM python:${r.chance(0.3) ? 'latest' : '3.12-slim'}`,
    'WORKDIR /app',
    'COPY requirements.txt .',
    'RUN pip install --no-cache-dir -r requirements.txt',
    `COPY . /app`,
    r.chance(0.5) ? 'USER app' : `# runs as root (${svc})`,
    `CMD ["python", "-m", "${svc}.main"]`,
    '',
  ].join('\n');
}

function tsModule(r: Rng, targetLines: number): string {
  const out = [`import { fetchJson } from './http';`, '', `export interface ${camel(r)} {`, '  id: string;', '  amount: number;', '}', ''];
  while (out.length < targetLines) {
    const fn = camel(r);
    out.push(`export async function ${fn}(id: string, retries = ${r.int(0, 5)}): Promise<number> {`);
    out.push(`  try {`, `    const data = await fetchJson(\`/api/${r.pick(WORDS)}/\${id}\`);`, `    return Number(data.${r.pick(WORDS)} ?? 0);`);
    out.push(r.chance(0.3) ? `  } catch (e) {}` : `  } catch (e) {\n    console.error('${fn} failed', e);\n    throw e;\n  }`);
    if (r.chance(0.3)) out.push(`  return -1;`);
    out.push('}', '');
  }
  return out.join('\n');
}

/** Utility modules copied verbatim into every service (what duplicated-module detection should find). */
function utilities(): Record<string, string> {
  const r = rng(424242);
  return { 'retry.py': pythonModule(r, 90), 'db.py': pythonModule(r, 120), 'config.py': pythonModule(r, 60), '__init__.py': '' };
}

export interface Generated {
  dir: string;
  files: number;
  lines: number;
}

function write(dir: string, rel: string, content: string, dirs: Set<string>): void {
  const abs = path.join(dir, rel);
  const d = path.dirname(abs);
  if (!dirs.has(d)) {
    mkdirSync(d, { recursive: true });
    dirs.add(d);
  }
  writeFileSync(abs, content);
}

const countLines = (s: string) => (s ? s.split('\n').length - (s.endsWith('\n') ? 1 : 0) : 0);

/** Generates the corpus of ≈`targetLines` lines into `dir` (removed first) and commits it. */
export function generate(dir: string, targetLines: number, opts: { venv?: boolean; seed?: number } = {}): Generated {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const r = rng(opts.seed ?? 1234);
  const dirs = new Set<string>();
  let lines = 0;
  let files = 0;
  const put = (rel: string, content: string) => {
    write(dir, rel, content, dirs);
    lines += countLines(content);
    files++;
  };
  put('.gitignore', '.venv/\nnode_modules/\n__pycache__/\n.harden/\n');
  put('README.md', '# Bench monorepo\n\nGenerated by bench/generate.ts.\n');
  const utils = utilities();
  const serviceNames: string[] = [];
  let s = 0;
  while (lines < targetLines) {
    const svc = `svc-${WORDS[s % WORDS.length]}-${Math.floor(s / WORDS.length)}`;
    serviceNames.push(svc);
    const base = `services/${svc}`;
    const modules = r.int(6, 14);
    for (let m = 0; m < modules; m++) put(`${base}/${svc.replace(/-/g, '_')}/${name(r)}.py`, pythonModule(r, r.int(60, 260)));
    put(`${base}/tests/test_main.py`, pythonModule(r, r.int(30, 80)));
    for (const [f, c] of Object.entries(utils)) put(`${base}/${svc.replace(/-/g, '_')}/utils/${f}`, c);
    put(`${base}/Dockerfile`, dockerfile(r, svc));
    put(`${base}/requirements.txt`, 'requests==2.32.3\nflask==3.0.3\npsycopg2-binary==2.9.9\n');
    put(`.github/workflows/${svc}.yml`, workflow(r, svc));
    for (let k = 0, n = r.int(1, 3); k < n; k++) put(`${base}/scripts/${name(r)}.sh`, shellScript(r, r.int(20, 90)));
    for (let k = 0, n = r.int(3, 8); k < n; k++) put(`web/${svc}/src/${camel(r)}.ts`, tsModule(r, r.int(40, 200)));
    s++;
  }
  for (let i = 0; i < serviceNames.length; i += 6) put(`deploy/compose-${i / 6}.yml`, composeFile(r, serviceNames.slice(i, i + 6)));
  put('scripts/deploy.sh', shellScript(r, 60));
  if (opts.venv) addIgnoredTrees(dir, dirs);
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=bench@example.com', '-c', 'user.name=bench', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'bench corpus', '--no-verify');
  return { dir, files, lines };
}

/** ≈50k files in `.venv/` and ≈20k in `node_modules/`: small, untracked, git-ignored. */
function addIgnoredTrees(dir: string, dirs: Set<string>): void {
  const r = rng(99);
  write(dir, '.venv/pyvenv.cfg', 'home = /usr/bin\nversion = 3.12.3\n', dirs);
  for (let p = 0; p < 1000; p++) {
    const pkg = `.venv/lib/python3.12/site-packages/pkg_${p}`;
    for (let f = 0; f < 50; f++) write(dir, `${pkg}/mod_${f}.py`, `def f_${f}():\n    try:\n        return ${r.int(0, 9)}\n    except:\n        pass\n`, dirs);
  }
  for (let p = 0; p < 1000; p++) {
    const pkg = `node_modules/pkg-${p}`;
    write(dir, `${pkg}/package.json`, `{"name":"pkg-${p}","version":"1.0.${p}"}\n`, dirs);
    for (let f = 0; f < 19; f++) write(dir, `${pkg}/lib/m${f}.js`, `module.exports = function m${f}(x) { try { return x + ${f}; } catch (e) {} };\n`, dirs);
  }
}

export function corpusDir(size: string, venv = false): string {
  return path.join(CORPORA_DIR, `${size}${venv ? '-venv' : ''}`);
}

/** Generates the corpus unless a committed one already exists. */
export function ensureCorpus(size: string, venv = false): Generated & { reused: boolean } {
  if (!(size in SIZES)) throw new Error(`unknown corpus size ${size} (known: ${Object.keys(SIZES).join(', ')})`);
  const dir = corpusDir(size, venv);
  if (existsSync(path.join(dir, '.git'))) return { dir, files: -1, lines: -1, reused: true };
  return { ...generate(dir, SIZES[size], { venv }), reused: false };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const size = process.argv[2] ?? '10k';
  const venv = process.argv.includes('--venv');
  const t = Date.now();
  const g = generate(corpusDir(size, venv), SIZES[size], { venv });
  console.log(`${g.dir}: ${g.files} tracked files, ${g.lines} lines, ${((Date.now() - t) / 1000).toFixed(1)} s`);
}
