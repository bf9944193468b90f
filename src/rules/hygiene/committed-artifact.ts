import path from 'node:path';
import { defineRule } from '../define.js';
import type { FileFact, RepoFactsView, RepoFindingDraft, TrackedArtifact } from '../types.js';

/** Kinds from discovery that are artifacts of a build or an install, never source. */
const REPORTED = new Set(['virtualenv', 'node_modules', 'build output', 'bytecode cache', 'tool cache', 'coverage report', 'compiled artifact', 'log file', 'OS metadata file']);
/** Kinds of single files, gathered per folder: the kind of a lone file, and of a folder of them. */
const FILE_KINDS = new Map<string, [string, string]>([
  ['compiled artifact', ['compiled file', 'compiled files in']],
  ['log file', ['log file', 'log files in']],
  ['OS metadata file', ['OS metadata file', 'OS metadata files in']],
]);
/** Files a coverage tool writes into `coverage/` (Jest/istanbul/nyc, c8, Cobertura). */
const COVERAGE_FILE = /^(lcov\.info|coverage-final\.json|coverage-summary\.json|clover\.xml|cobertura-coverage\.xml|lcov-report)$/;
/** Desktop metadata that never belongs in a repository. */
const OS_METADATA = /^(\.DS_Store|Thumbs\.db|desktop\.ini|\._.+)$/;

/**
 * Files that a compose service mounts one by one (`./logstash/nginx.log:/home/nginx.log`): a single file mounted
 * into a container is its input (configuration, sample data), not something a run left behind. A mounted folder
 * is not counted: logs in `./logs:/var/log/app` are what the service writes.
 */
function mountedFiles(facts: RepoFactsView): Set<string> {
  const out = new Set<string>();
  for (const s of facts.compose) {
    for (const v of s.volumes) {
      const src = v.split(':')[0];
      if (/^\.\.?\//.test(src)) out.add(path.posix.join(path.posix.dirname(s.file), src));
    }
  }
  return out;
}

/** Tracked single-file artifacts found from the file list: runtime logs, OS metadata files. */
function strayFiles(files: readonly FileFact[], mounted: ReadonlySet<string>): TrackedArtifact[] {
  const out: TrackedArtifact[] = [];
  for (const f of files) {
    if (!f.tracked) continue;
    const name = base(f.path);
    // Logs of the product's own runs; sample logs under tests/ or docs/ are fixtures, and so is a log a compose
    // service is given as its input.
    const kind = OS_METADATA.test(name) ? 'OS metadata file' : /\.log(\.\d+)?$/.test(name) && f.context === 'product' && !mounted.has(f.path) ? 'log file' : undefined;
    if (kind) out.push({ path: f.path, kind, files: 1, bytes: f.size });
  }
  return out;
}

/** Generated folders that discovery analyses as ordinary files: recognised here from the tracked file list. */
const GENERATED_DIRS = new Map<string, string>([
  ['htmlcov', 'coverage report'],
  ['.nyc_output', 'coverage report'],
  ['.next', 'build output'],
  ['.nuxt', 'build output'],
  ['.svelte-kit', 'build output'],
  ['.parcel-cache', 'tool cache'],
  ['.angular', 'tool cache'],
  ['.gradle', 'tool cache'],
  ['.terraform', 'tool cache'],
  ['.hypothesis', 'tool cache'],
  ['.ipynb_checkpoints', 'tool cache'],
]);
/** Build manifests whose tool writes its output to a sibling `target/` folder (Maven, sbt, Cargo, Leiningen). */
const TARGET_MANIFEST = /^(pom\.xml|build\.sbt|Cargo\.toml|project\.clj)$/;

/** Tracked generated folders found from the file list (`htmlcov/`, `.next/`, a Maven/Cargo `target/` …). */
function generatedFolders(files: readonly FileFact[], compiled: readonly TrackedArtifact[]): TrackedArtifact[] {
  const manifestDirs = new Set(files.filter((f) => TARGET_MANIFEST.test(base(f.path))).map((f) => (f.path.includes('/') ? f.path.slice(0, f.path.lastIndexOf('/')) : '')));
  const found = new Map<string, TrackedArtifact>();
  // Compiled files are counted by `gather` (they merge into the folder found here): they only locate it.
  const located = [...files.filter((f) => f.tracked), ...compiled.map((a) => ({ path: a.path, size: -1 }))];
  // `coverage/` is a coverage report only when a coverage tool's own files are in it.
  const coverageDirs = new Set<string>();
  for (const f of located) {
    const parts = f.path.split('/');
    const i = parts.indexOf('coverage');
    if (i >= 0 && i < parts.length - 1 && COVERAGE_FILE.test(parts[i + 1])) coverageDirs.add(parts.slice(0, i + 1).join('/'));
  }
  for (const f of located) {
    const parts = f.path.split('/');
    for (let i = 0; i < parts.length - 1; i++) {
      let kind = GENERATED_DIRS.get(parts[i]);
      if (!kind && parts[i] === 'coverage' && coverageDirs.has(parts.slice(0, i + 1).join('/'))) kind = 'coverage report';
      if (!kind && parts[i] === 'target') {
        if (manifestDirs.has(parts.slice(0, i).join('/'))) kind = 'build output';
      }
      if (!kind) continue;
      const dir = parts.slice(0, i + 1).join('/');
      const a = found.get(dir) ?? { path: dir, kind, files: 0, bytes: 0 };
      if (f.size >= 0) {
        a.files++;
        a.bytes += f.size;
      }
      found.set(dir, a);
      break;
    }
  }
  return [...found.values()];
}

const base = (p: string) => p.slice(p.lastIndexOf('/') + 1);

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(1)} ${units[i]}`;
}

const count = (n: number) => `${n.toLocaleString('en-US')} file${n === 1 ? '' : 's'}`;

/**
 * Single tracked files (`x.pyc`, `lib.so`) are gathered per folder: one finding per folder, named by the
 * file itself when it is the only one.
 */
function gather(artifacts: readonly TrackedArtifact[]): TrackedArtifact[] {
  const out = new Map<string, TrackedArtifact>();
  const only = new Map<string, string>();
  // A tree inside another artifact (site-packages inside a virtualenv found by its pyvenv.cfg) is part of it.
  const folders = [...artifacts].filter((a) => REPORTED.has(a.kind) && !FILE_KINDS.has(a.kind)).sort((x, y) => x.path.length - y.path.length);
  const outer = new Map<string, TrackedArtifact>();
  for (const a of artifacts) {
    if (!REPORTED.has(a.kind)) continue;
    const parent = folders.find((f) => a.path.startsWith(`${f.path}/`));
    if (parent) {
      const p = outer.get(parent.path) ?? { ...parent, files: 0, bytes: 0 };
      p.files += a.files;
      p.bytes += a.bytes;
      outer.set(parent.path, p);
    }
  }
  for (const a0 of artifacts) {
    if (!REPORTED.has(a0.kind) || folders.some((f) => a0.path.startsWith(`${f.path}/`))) continue;
    const extra = outer.get(a0.path);
    const a = extra ? { ...a0, files: a0.files + extra.files, bytes: a0.bytes + extra.bytes } : a0;
    const isFile = FILE_KINDS.has(a.kind);
    const key = isFile ? `${a.kind}\0${a.path.includes('/') ? a.path.slice(0, a.path.lastIndexOf('/')) : '.'}` : `${a.kind}\0${a.path}`;
    const cur = out.get(key);
    if (cur) {
      cur.files += a.files;
      cur.bytes += a.bytes;
    } else {
      out.set(key, { ...a, path: isFile ? key.split('\0')[1] : a.path, kind: isFile ? FILE_KINDS.get(a.kind)![1] : a.kind });
      if (isFile) only.set(key, `${a.kind}\0${a.path}`);
    }
  }
  for (const [key, a] of out) {
    const file = only.get(key);
    if (!file || a.files !== 1) continue;
    const [kind, path] = file.split('\0');
    out.set(key, { ...a, path, kind: FILE_KINDS.get(kind)![0] });
  }
  return [...out.values()].sort((x, y) => y.bytes - x.bytes || x.path.localeCompare(y.path));
}

export default defineRule({
  id: 'hygiene/committed-artifact',
  title: 'Committed build artifact or environment',
  category: 'hygiene',
  status: 'stable',
  since: '0.1.0',
  severity: 'medium',
  confidence: 'high',
  likelihood: 'high',
  impact: 'medium',
  scope: { kind: 'repo' },
  nonProduct: 'keep',
  messages: {
    tracked: 'tracked {kind} {path} ({files}, {size})',
  },
  docs: {
    what: 'Virtualenvs, `node_modules`, `__pycache__`, `dist/`/`build/` output (also `.next/`, a Maven/Cargo `target/`), `*.egg-info`, tool caches, coverage reports (`htmlcov/`, `.nyc_output/`, a `coverage/` folder with `lcov.info`/`coverage-final.json`), compiled files (`.pyc`, `.so`, `.class`), runtime logs (`*.log`) and desktop metadata (`.DS_Store`, `Thumbs.db`) that are tracked by git. One finding per folder, with its file count and size (a lone compiled file is named itself).',
    why: 'A committed environment pins whatever happened to be installed on one machine (often for another OS or Python), hides the real dependency list, bloats every clone, and shadows the packages the Dockerfile installs. Committed build output drifts from the source it claims to come from.',
    bad: {
      path: '.venv/pyvenv.cfg',
      code: 'home = /usr/bin\ninclude-system-site-packages = false\nversion = 3.11.4\n',
      files: { 'app.py': 'import requests\n', '.venv/lib/python3.11/site-packages/requests/__init__.py': '__version__ = "2.31.0"\n' },
      git: true,
    },
    good: { path: '.gitignore', code: '.venv/\n__pycache__/\n*.pyc\nnode_modules/\ndist/\n', files: { 'app.py': 'import requests\n', 'requirements.txt': 'requests==2.31.0\n' }, git: true },
    fix: 'Declare the dependencies (requirements/lock file), `git rm -r --cached <folder>`, add the folder to `.gitignore`, and rebuild it in CI/Docker from the manifest.',
    falsePositives: 'Only files tracked by git are reported (outside a git repository, a folder with `pyvenv.cfg` counts as a virtualenv). `vendor/` and `third_party/` trees, a web root\'s library folder (`wwwroot/lib/<package>/dist`, `static/lib/…`: the ASP.NET templates and LibMan commit the client libraries the app serves) and minified assets are often committed on purpose (Go vendoring, vendored JS libraries) and are not reported. A folder named `build/` or `dist/` that holds hand-written scripts is reported as build output: suppress it in `.harden.yml`. A `coverage/` folder counts only when a coverage tool\'s files are in it (`lcov.info`, `coverage-final.json`, `clover.xml`); `*.log` files under tests, examples or docs are fixtures and not reported, nor is a log file that a compose service mounts by name (`./logstash/nginx.log:/home/nginx.log`: sample input); logs in a mounted folder are what the service writes and are reported.',
  },
  remediation: { effort: 'S', perExtraOccurrence: 0.5, cap: 12, kind: 'mechanical', track: 'quality' },
  check(facts) {
    const known = new Set(facts.trackedArtifacts.map((a) => a.path));
    const extra = generatedFolders(
      [...facts.files, ...(facts.unanalysed ?? [])],
      facts.trackedArtifacts.filter((a) => a.kind === 'compiled artifact'),
    ).filter((a) => !known.has(a.path));
    const stray = strayFiles([...facts.files, ...(facts.unanalysed ?? [])], mountedFiles(facts)).filter((a) => !known.has(a.path));
    return gather([...facts.trackedArtifacts, ...extra, ...stray]).map(
      (a): RepoFindingDraft => ({
        path: a.path === '.' ? '' : a.path,
        messageId: 'tracked',
        data: { kind: a.kind, path: a.path === '.' ? '(repository root)' : a.path, files: count(a.files), size: formatBytes(a.bytes) },
        matched: `${a.kind} ${a.path}`,
      }),
    );
  },
});
