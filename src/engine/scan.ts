import { closeSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore from 'ignore';
import type { HardenConfig } from '../config/schema.js';
import { classify, fileContext } from '../discover/classify.js';
import { ComponentIndex, summariseComponents } from '../discover/components.js';
import { listFiles } from '../discover/walk.js';
import { gitStorageKind } from '../discover/git.js';
import { vendoredPrefix } from '../discover/vendored.js';
import { InputError } from '../errors.js';
import { formatMessage, isFileRule } from '../rules/define.js';
import type {
  CiPipeline,
  ComposeService,
  CronEntry,
  DockerfileFact,
  EntryPoint,
  FileFact,
  FileRule,
  K8sWorkload,
  PerFileFacts,
  RepoFactsView,
  RepoRule,
  Rule,
  Severity,
  SystemdUnit,
  TrackedArtifact,
} from '../rules/types.js';
import { SEVERITIES } from '../rules/types.js';
import { analyzeFile, lowerSeverity, type FileResult, type FileTask, type Notice, type PerFileExtractor, type RawFinding } from './analyze-file.js';
import { lowerCliOnlyReach } from '../rules/observability/_cli-callers.js';
import { fingerprint } from './fingerprint.js';
import { byLocation, groupFindings } from './group.js';
import { DEFAULT_MAX_FILE_BYTES } from './read-file.js';
import { printable } from './printable.js';
import { redactAll } from './redact.js';

export interface ScanOptions {
  root: string;
  rules: readonly Rule[];
  config?: HardenConfig;
  /** Only these rule ids (after config). */
  only?: readonly string[];
  skip?: readonly string[];
  minSeverity?: Severity;
  perFileExtractors?: readonly PerFileExtractor[];
  /** Runs the file tasks (worker pool, cache); default: in this thread, one by one. */
  runTasks?: (tasks: FileTask[], rules: readonly FileRule[], onDone: (r: FileResult) => void) => Promise<void>;
  onProgress?: (done: number, total: number) => void;
  now?: () => number;
}

export interface SkippedFile {
  path: string;
  reason: string;
  /** A source file that looks written by hand was skipped (it may hide findings): `--strict` fails. */
  handWritten?: boolean;
}

export interface ScanStats {
  filesListed: number;
  filesAnalysed: number;
  filesSkipped: number;
  filesVendored: number;
  /** Left out by `exclude:` in the configuration (the repository's own `.harden.yml` can say so: counted, shown). */
  filesExcluded: number;
  lines: number;
  bytes: number;
  durationMs: number;
}

export interface ScanResult {
  root: string;
  findings: RawFinding[];
  suppressed: RawFinding[];
  skipped: SkippedFile[];
  notices: Notice[];
  stats: ScanStats;
  facts: RepoFactsView;
  rules: readonly Rule[];
  /** The configuration the scan ran with (after loading `.harden.yml`). */
  config: HardenConfig;
}

/** Rules that are on for this scan, after config, --rule and --skip-rule. */
export function activeRules(all: readonly Rule[], config: HardenConfig, only?: readonly string[], skip?: readonly string[]): Rule[] {
  return all.filter((r) => {
    if (only?.length) return only.includes(r.id);
    if (skip?.includes(r.id)) return false;
    const s = config.rules?.[r.id];
    if (s === 'off' || (typeof s === 'object' && s.enabled === false)) return false;
    if (s === 'on' || (typeof s === 'object' && s.enabled === true)) return true;
    if (r.status === 'deprecated') return false;
    if (r.status === 'experimental') return config.experimental === true;
    return true;
  });
}

export async function scanRepository(opts: ScanOptions): Promise<ScanResult> {
  const now = opts.now ?? Date.now;
  const started = now();
  const root = path.resolve(opts.root);
  let st;
  try {
    st = statSync(root);
  } catch {
    throw new InputError(`${opts.root}: no such directory`, 'pass the folder of the repository to scan');
  }
  if (!st.isDirectory()) throw new InputError(`${opts.root}: not a directory`, 'pass the folder of the repository to scan');
  const storage = gitStorageKind(root);
  if (storage === 'bare') throw new InputError(`${opts.root}: a bare git repository (no work tree, no files to scan)`, 'clone it and scan the clone: git clone DIR checkout && harden audit checkout');
  if (storage === 'git-dir') throw new InputError(`${opts.root}: a .git folder (git's own storage, not the repository's files)`, 'pass the folder that contains .git');
  const config = opts.config ?? {};
  const rules = activeRules(opts.rules, config, opts.only, opts.skip);
  const fileRules = rules.filter(isFileRule);
  const repoRules = rules.filter((r): r is RepoRule => !isFileRule(r));

  const listing = listFiles(root, config.exclude ?? []);
  const components = new ComponentIndex(listing.files.map((f) => f.path));
  const venvDirs = listing.files.filter((f) => f.path.endsWith('pyvenv.cfg')).map((f) => path.posix.dirname(f.path));

  const skipped: SkippedFile[] = [];
  const submodules: Notice[] = [];
  const fileFacts: FileFact[] = [];
  const tasks: FileTask[] = [];
  const artifacts = new Map<string, TrackedArtifact>();
  let vendoredCount = 0;
  for (const f of listing.files) {
    let vend = vendoredPrefix(f.path);
    const venv = venvDirs.find((d) => d !== '.' && f.path.startsWith(`${d}/`));
    if (!vend && venv) vend = { path: venv, kind: 'virtualenv' };
    if (vend) {
      vendoredCount++;
      if (f.tracked) {
        const a = artifacts.get(vend.path) ?? { path: vend.path, kind: vend.kind, files: 0, bytes: 0 };
        a.files++;
        a.bytes += f.size;
        artifacts.set(vend.path, a);
      }
      continue;
    }
    if (f.submodule) {
      submodules.push({ kind: 'not-scanned', path: f.path, message: 'git submodule: not scanned (another repository; scan it on its own)' });
      continue;
    }
    if (f.skip) {
      skipped.push({ path: f.path, reason: f.skip });
      continue;
    }
    const { lang, role } = classify(f.path, needsShebang(f.path) ? firstLine(path.join(root, f.path)) : '');
    const context = fileContext(f.path, lang);
    const component = components.of(f.path);
    fileFacts.push({ path: f.path, lang, role, context, component, size: f.size, lines: 0, tracked: f.tracked });
    tasks.push({ abs: path.join(root, f.path), path: f.path, size: f.size, lang, role, context, component });
  }

  const results = new Map<string, FileResult>();
  const runTasks =
    opts.runTasks ??
    (async (ts: FileTask[], rs: readonly FileRule[], onDone: (r: FileResult) => void) => {
      for (const t of ts) onDone(analyzeFile(t, { rules: rs, maxFileBytes: config.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, perFileExtractors: opts.perFileExtractors }));
    });
  let done = 0;
  await runTasks(tasks, fileRules, (r) => {
    results.set(r.path, r);
    opts.onProgress?.(++done, tasks.length);
  });

  const raw: RawFinding[] = [];
  const notices: Notice[] = [...submodules];
  const compose: ComposeService[] = [];
  const ci: CiPipeline[] = [];
  const dockerfiles: DockerfileFact[] = [];
  const k8s: K8sWorkload[] = [];
  const cron: CronEntry[] = [];
  const systemd: SystemdUnit[] = [];
  const entryPoints: EntryPoint[] = [];
  const perFile = new Map<string, PerFileFacts>();
  let lines = 0;
  let bytes = 0;
  const analysed: FileFact[] = [];
  const unanalysed: FileFact[] = [];
  for (const ff of fileFacts) {
    const r = results.get(ff.path);
    if (!r) continue;
    if (r.skipped) {
      skipped.push({ path: ff.path, reason: r.skipped, ...(r.skippedHandWritten ? { handWritten: true } : {}) });
      unanalysed.push(ff);
      continue;
    }
    ff.lines = r.lines;
    ff.hash = r.hash;
    analysed.push(ff);
    lines += r.lines;
    bytes += r.bytes;
    raw.push(...r.findings);
    notices.push(...r.notices);
    if (r.facts.compose) compose.push(...r.facts.compose);
    if (r.facts.ci) ci.push(r.facts.ci);
    if (r.facts.dockerfile) dockerfiles.push(r.facts.dockerfile);
    if (r.facts.k8s) k8s.push(...r.facts.k8s);
    if (r.facts.cron) cron.push(...r.facts.cron);
    if (r.facts.systemd) systemd.push(r.facts.systemd);
    if (r.facts.entryPoint) entryPoints.push(r.facts.entryPoint);
    if (r.facts.perFile) perFile.set(ff.path, r.facts.perFile);
  }

  // A file rule's finding that another file makes moot (FindingDraft.unlessFileExists): decided here, where the
  // whole file list is known (and after the cache, which holds per-file results).
  const listed = new Set(listing.files.map((f) => f.path));
  keepWhere(raw, (f) => {
    const moot = f.unlessFileExists;
    if (moot?.some((p) => listed.has(p))) return false;
    if (moot) delete f.unlessFileExists;
    return true;
  });
  // A file rule's finding that another file turns into a notice (FindingDraft.infoWhenTagged): the application
  // refuses the value at start-up, a sibling settings module replaces it. Grouped apart from the reported ones.
  if (raw.some((f) => f.infoWhenTagged)) {
    const tags = new Set([...perFile.values()].flatMap((pf) => pf.tags ?? []));
    for (const f of raw) {
      const w = f.infoWhenTagged;
      if (!w) continue;
      delete f.infoWhenTagged;
      const hit = w.find((t) => tags.has(t.tag));
      if (!hit) continue;
      f.severity = 'info';
      f.message = `${f.message} (${hit.note})`;
      if (f.groupKey) f.groupKey = `${f.groupKey}:info`;
    }
  }
  // Programs started unattended: named in a compose command, a Dockerfile CMD/ENTRYPOINT, systemd or cron.
  const commands = [
    ...compose.map((c) => c.command ?? ''),
    ...dockerfiles.flatMap((d) => [d.entrypoint ?? '', d.cmd ?? '']),
    ...systemd.map((u) => u.execStart ?? ''),
    ...cron.map((c) => c.command),
  ].filter(Boolean);
  const startedUnattended = memoByPath((p) => commands.some(programStarter(p)));
  // A file rule's finding that holds only for programs started unattended (FindingDraft.onlyIfStartedUnattended).
  if (raw.some((f) => f.onlyIfStartedUnattended)) {
    keepWhere(raw, (f) => {
      if (!f.onlyIfStartedUnattended) return true;
      if (!startedUnattended(f.path)) return false;
      delete f.onlyIfStartedUnattended;
      return true;
    });
  }

  // Code reached only from command-line scripts (FindingDraft.reachedThrough): an info notice.
  if (raw.some((f) => f.reachedThrough)) lowerCliOnlyReach(raw, { root, files: analysed, started: startedUnattended, maxBytes: config.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES });

  // A container healthcheck probe (FindingDraft.unlessHealthcheckProbe): a one-shot script the engine retries.
  if (raw.some((f) => f.unlessHealthcheckProbe)) {
    const probes = [...compose.map((c) => c.healthcheck ?? ''), ...dockerfiles.map((d) => d.healthcheck ?? '')].filter(Boolean);
    const probe = memoByPath((p) => probes.some(programStarter(p)));
    keepWhere(raw, (f) => {
      if (!f.unlessHealthcheckProbe) return true;
      if (probe(f.path)) return false;
      delete f.unlessHealthcheckProbe;
      return true;
    });
  }
  // An image whose app server drops root by its own configuration (FindingDraft.unlessAppServerDropsPrivileges).
  if (raw.some((f) => f.unlessAppServerDropsPrivileges)) {
    const drops = [...perFile.values()].some((pf) => pf.dropsPrivilegesAs);
    keepWhere(raw, (f) => {
      if (!f.unlessAppServerDropsPrivileges) return true;
      if (drops) return false;
      delete f.unlessAppServerDropsPrivileges;
      return true;
    });
  }
  // An image whose entrypoint script re-executes as a non-root user (FindingDraft.unlessScriptDropsPrivileges).
  if (raw.some((f) => f.unlessScriptDropsPrivileges)) {
    const dropping = [...perFile.entries()].filter(([, pf]) => pf.scriptDropsTo).map(([p]) => p);
    keepWhere(raw, (f) => {
      const scripts = f.unlessScriptDropsPrivileges;
      if (!scripts) return true;
      if (scripts.some((s) => dropping.some((p) => p === s || p.endsWith(`/${s}`)))) return false;
      delete f.unlessScriptDropsPrivileges;
      return true;
    });
  }
  // A published Python library's requirements (FindingDraft.unlessPackagedLibrary): ranges on purpose, unless an
  // image of the repository installs that file.
  if (raw.some((f) => f.unlessPackagedLibrary)) {
    const packageDirs = [...perFile.entries()].filter(([, pf]) => pf.pythonPackage).map(([p]) => path.posix.dirname(p));
    const installed = new Set([...perFile.values()].flatMap((pf) => pf.pipInstallsRequirements ?? []));
    keepWhere(raw, (f) => {
      if (!f.unlessPackagedLibrary) return true;
      delete f.unlessPackagedLibrary;
      const dir = path.posix.dirname(f.path);
      const inPackage = packageDirs.some((d) => d === '.' || d === dir || dir.startsWith(`${d}/`));
      return !inPackage || installed.has(path.posix.basename(f.path));
    });
  }
  // Shell strict mode inherited across `source` (FindingDraft.inheritsStrictMode): a file sourced by a script
  // that sets the options, or a script that sources a library setting them, runs with them on.
  // A library of functions sourced by another script: strict mode is that entry script's to set.
  if (raw.some((f) => f.inheritsStrictMode)) dropInheritedStrictMode(raw, perFile);

  const facts: RepoFactsView = {
    root,
    isGit: listing.isGit,
    files: analysed,
    components: summariseComponents(components, analysed.map((f) => ({ component: f.component, context: f.context, analysed: true }))),
    compose,
    ci,
    dockerfiles,
    k8s,
    cron,
    systemd,
    entryPoints,
    trackedArtifacts: [...artifacts.values()].sort((a, b) => a.path.localeCompare(b.path)),
    perFile,
    unanalysed,
  };

  const byPath = new Map(analysed.map((f) => [f.path, f]));
  // Repo rules, and the cross-file part of file rules that have one (FileRule.checkRepo).
  for (const rule of [...repoRules, ...fileRules.filter((r) => r.checkRepo)]) {
    try {
      const drafts = isFileRule(rule) ? rule.checkRepo!(facts) : rule.check(facts);
      const seen = new Map<string, number>();
      for (const d of drafts) {
        const ff = byPath.get(d.path);
        const line = d.range?.start.line ?? 0;
        const message = redactAll(formatMessage(rule.messages[d.messageId] ?? d.messageId, d.data), d.secrets);
        const matched = redactAll(d.matched ?? message, d.secrets);
        const occ = seen.get(matched) ?? 0;
        seen.set(matched, occ + 1);
        let severity = d.severity ?? rule.severity;
        const context = ff?.context ?? (d.path ? fileContext(d.path, classify(d.path).lang) : 'product');
        if (context !== 'product' && (rule.nonProduct ?? 'lower') === 'lower') severity = lowerSeverity(severity);
        raw.push({
          ruleId: rule.id,
          category: rule.category,
          severity,
          confidence: d.confidence ?? rule.confidence,
          path: d.path,
          line,
          column: d.range?.start.column ?? 0,
          endLine: d.range?.end.line ?? line,
          endColumn: d.range?.end.column ?? 0,
          message,
          snippet: '',
          fingerprint: fingerprint(rule.id, d.path, matched, occ),
          component: d.component ?? ff?.component ?? (d.path ? components.of(d.path) : '.'),
          context,
          locations: d.locations?.map((l) => ({ path: l.path, line: l.line, column: 0, endLine: l.line, snippet: '' })),
          groupKey: d.groupKey,
        });
      }
    } catch (e) {
      notices.push({ kind: 'rule-crashed', path: '', ruleId: rule.id, message: `${rule.id} crashed: ${(e as Error).message}` });
    }
  }

  const ruleMap = new Map(opts.rules.map((r) => [r.id, r]));
  applyConfig(raw, config);
  const grouped = groupFindings(raw, ruleMap).sort(byLocation);
  const min = opts.minSeverity ?? config.minSeverity;
  const keep = (f: RawFinding) => !min || SEVERITIES.indexOf(f.severity) <= SEVERITIES.indexOf(min);
  const findings = grouped.filter((f) => !f.suppressed && keep(f)).map(printableFinding);
  const suppressed = grouped.filter((f) => f.suppressed && keep(f)).map(printableFinding);
  for (const s of skipped) s.path = printable(s.path);
  for (const n of notices) {
    n.path = printable(n.path);
    n.message = printable(n.message);
  }
  skipped.sort((a, b) => a.path.localeCompare(b.path));
  notices.sort((a, b) => a.path.localeCompare(b.path) || (a.line ?? 0) - (b.line ?? 0));
  return {
    root,
    findings,
    suppressed,
    skipped,
    notices,
    stats: {
      filesListed: listing.files.length,
      filesAnalysed: analysed.length,
      filesSkipped: skipped.length,
      filesVendored: vendoredCount,
      filesExcluded: listing.excluded,
      lines,
      bytes,
      durationMs: now() - started,
    },
    facts,
    rules,
    config,
  };
}

/**
 * The text of a finding as every output shows it: control characters from the repository escaped (see
 * engine/printable.ts). Fingerprints were computed from the raw text before, so identity does not change.
 */
function printableFinding(f: RawFinding): RawFinding {
  f.path = printable(f.path);
  f.message = printable(f.message);
  f.snippet = printable(f.snippet);
  f.component = printable(f.component);
  if (f.suppressed) f.suppressed = { ...f.suppressed, reason: printable(f.suppressed.reason) };
  if (f.locations) f.locations = f.locations.map((l) => ({ ...l, path: printable(l.path), snippet: printable(l.snippet) }));
  return f;
}

/** Config-level severity overrides and `ignore:` globs (global and per rule): suppress, never drop. */
function applyConfig(findings: RawFinding[], config: HardenConfig): void {
  const global = config.ignore?.length ? ignore().add(config.ignore) : null;
  const perRule = new Map<string, ReturnType<typeof ignore>>();
  for (const [id, s] of Object.entries(config.rules ?? {})) {
    if (typeof s === 'object' && s.ignore?.length) perRule.set(id, ignore().add(s.ignore));
  }
  for (const f of findings) {
    const s = config.rules?.[f.ruleId];
    if (typeof s === 'object' && s.severity) f.severity = s.severity;
    if (f.suppressed || !f.path) continue;
    if (global?.ignores(f.path) || perRule.get(f.ruleId)?.ignores(f.path)) f.suppressed = { reason: 'ignored by .harden.yml', by: 'config' };
  }
}

/** A per-path test computed once per path (thousands of drafts share a few hundred paths). */
function memoByPath(test: (path: string) => boolean): (path: string) => boolean {
  const memo = new Map<string, boolean>();
  return (p) => {
    let v = memo.get(p);
    if (v === undefined) memo.set(p, (v = test(p)));
    return v;
  };
}

/** Keeps, in order and in place, the items `keep` accepts (one pass; `splice` per removal was quadratic). */
function keepWhere<T>(items: T[], keep: (item: T) => boolean): void {
  let n = 0;
  for (const item of items) if (keep(item)) items[n++] = item;
  items.length = n;
}

/**
 * Whether a command line runs this file: its path or a trailing part of it (`python app/worker.py`,
 * `/srv/app/worker.py`, `["python", "worker.py"]`) or its module (`python -m app.worker`). The file's name parts
 * are computed once and the test is applied to every compose/Dockerfile/systemd/cron command: computing them per
 * (command, file) pair was the main thread's largest cost on the 1M-line bench corpus (288 ms).
 */
export function programStarter(file: string): (command: string) => boolean {
  const parts = file.replace(/\.(py|[cm]?[jt]s)$/, '').split('/');
  const base = file.slice(file.lastIndexOf('/') + 1);
  const last = parts[parts.length - 1];
  let modules: string[] | undefined;
  return (command) => {
    // Both tests below need the file's last name in the command: most (command, file) pairs stop here, and
    // neither builds a regex.
    if (!command.includes(last)) return false;
    if (occursDelimited(command, base, WORD_BEFORE, WORD_AFTER)) return true;
    modules ??= parts.map((_, i) => parts.slice(i).join('.'));
    return modules.some((m) => runsModule(command, m));
  };
}

/** Characters around a program's path in a command line: start/end, space, `/`, quotes, brackets, `,`, `=`. */
const WORD_BEFORE = /[\s/"'[,=]/;
const WORD_AFTER = /[\s"',\]]/;

/** `needle` in `text` with a delimiter (or the text's edge) on each side. */
function occursDelimited(text: string, needle: string, before: RegExp, after: RegExp): boolean {
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if ((at === 0 || before.test(text[at - 1])) && (end === text.length || after.test(text[end]))) return true;
  }
  return false;
}

/** `-m <module>` followed by a word boundary (`python -m app.worker`, `-m  app.worker:main`). */
function runsModule(command: string, module: string): boolean {
  for (let at = command.indexOf(module); at >= 0; at = command.indexOf(module, at + 1)) {
    let i = at - 1;
    while (i >= 0 && /\s/.test(command[i])) i--;
    if (i === at - 1 || i < 1 || command[i] !== 'm' || command[i - 1] !== '-') continue;
    // `\b` after the module: a word character on exactly one side.
    const next = command[at + module.length];
    if (/\w/.test(module[module.length - 1]) !== (next !== undefined && /\w/.test(next))) return true;
  }
  return false;
}

function needsShebang(p: string): boolean {
  const base = p.slice(p.lastIndexOf('/') + 1);
  return !base.includes('.') || base.startsWith('.');
}

function firstLine(abs: string): string {
  try {
    const fd = openSync(abs, 'r');
    try {
      const buf = Buffer.alloc(128);
      const n = readSync(fd, buf, 0, 128, 0);
      return buf.subarray(0, n).toString('utf8').split('\n')[0];
    } finally {
      closeSync(fd);
    }
  } catch {
    return '';
  }
}

/** Drops missing-strict-mode findings whose missing options another file sets for them (see above). */
function dropInheritedStrictMode(raw: RawFinding[], perFile: ReadonlyMap<string, PerFileFacts>): void {
  // The options a file runs with: its own, and (through chains of `source`) those of every script sourcing it.
  const eff = new Map<string, Set<string>>();
  for (const [p, pf] of perFile) if (pf.shell) eff.set(p, new Set(pf.shell.strict ?? []));
  for (let round = 0, changed = true; changed && round < 6; round++) {
    changed = false;
    for (const [p, pf] of perFile) {
      const from = eff.get(p);
      if (!from?.size) continue;
      for (const t of pf.shell?.sources ?? []) {
        if (t === p) continue;
        let to = eff.get(t);
        if (!to) eff.set(t, (to = new Set()));
        for (const o of from) {
          if (to.has(o)) continue;
          to.add(o);
          changed = true;
        }
      }
    }
  }
  const sourced = new Set<string>();
  for (const [p, pf] of perFile) for (const t of pf.shell?.sources ?? []) if (t !== p) sourced.add(t);
  for (let i = raw.length - 1; i >= 0; i--) {
    const missing = raw[i].inheritsStrictMode;
    if (!missing) continue;
    delete raw[i].inheritsStrictMode;
    const library = raw[i].sourcedLibrary;
    delete raw[i].sourcedLibrary;
    if (library && sourced.has(raw[i].path)) {
      raw.splice(i, 1);
      continue;
    }
    const inherited = new Set(eff.get(raw[i].path) ?? []);
    // A library it sources that turns the options on for the rest of the script.
    for (const lib of perFile.get(raw[i].path)?.shell?.sources ?? []) for (const o of perFile.get(lib)?.shell?.strict ?? []) inherited.add(o);
    if (missing.every((o) => inherited.has(o))) raw.splice(i, 1);
  }
}
