/**
 * The contract between the engine and the rules. Rules depend on this file and on `parse/`; nothing here
 * does I/O.
 */
import type { SgNode } from '@ast-grep/napi';
import type { Document } from 'yaml';

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const CATEGORIES = [
  'security',
  'shell',
  'reliability',
  'config',
  'observability',
  'ops',
  'hygiene',
  'maintainability',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Parsed languages (those with a syntax tree) and text-only formats we still classify. */
export type Lang =
  | 'python'
  | 'bash'
  | 'yaml'
  | 'javascript'
  | 'typescript'
  | 'tsx'
  | 'dockerfile'
  | 'json'
  | 'toml'
  | 'ini'
  | 'env'
  | 'systemd'
  | 'crontab'
  | 'groovy'
  | 'markdown'
  | 'text';

/**
 * What a file is for, beyond its language: decides which rules look at it.
 * `ci-*` roles are the CI systems; `compose`/`k8s` the orchestration files.
 */
export type FileRole =
  | 'source'
  | 'compose'
  | 'k8s'
  | 'ci-github'
  | 'ci-gitlab'
  | 'ci-cloudbuild'
  | 'ci-jenkins'
  | 'ci-other'
  | 'dockerfile'
  | 'env'
  | 'manifest'
  | 'systemd'
  | 'crontab'
  | 'docs'
  | 'config'
  | 'other';

/** Where a file sits: product code, or tests/examples/docs that rules may treat more leniently. */
export type FileContext = 'product' | 'test' | 'example' | 'docs';

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** What one file rule sees. `root` is null for text-only formats (env, Dockerfile, crontab …). */
export interface FileInput {
  path: string;
  lang: Lang;
  role: FileRole;
  context: FileContext;
  component: string;
  source: string;
  /** `source` split on newlines (no terminators). */
  lines: readonly string[];
  root: SgNode | null;
  /** For YAML files: every document of the stream, with positions (yaml package). */
  yaml?: readonly Document.Parsed[];
  /** True when this is shell lifted out of another file (CI `run:` blocks …): lines are those of the host file. */
  embedded?: { host: FileRole; columnOffset: number; firstLine: number };
  /** Converts a 0-based character offset in `source` into a 1-based position. */
  positionAt(offset: number): Position;
}

/** One location of a finding (used for grouped findings: "same password in 9 files"). */
export interface Location {
  path: string;
  line: number;
  column: number;
  endLine: number;
  snippet: string;
}

export interface FindingDraft {
  messageId: string;
  data?: Record<string, string | number>;
  range: Range;
  /** The matched text that identifies the finding, normalised by the engine for the fingerprint. */
  matched?: string;
  /** Secret values in this finding: redacted everywhere, used to group distinct secrets. */
  secrets?: string[];
  /** Findings of one rule sharing a group key are merged into one finding with every location. */
  groupKey?: string;
  severity?: Severity;
  confidence?: Confidence;
  /**
   * Repository-relative paths that make this finding moot: the engine drops it when any of them is in the
   * scanned file list (a file rule reads one file; `requirements.in` is moot beside its compiled `.txt`).
   */
  unlessFileExists?: string[];
  /**
   * Kept only when the file is started unattended — named in a compose `command:`, a Dockerfile `CMD`/`ENTRYPOINT`,
   * a systemd `ExecStart=` or a crontab line (decided by the scan, which has those facts).
   */
  onlyIfStartedUnattended?: boolean;
  /**
   * Dropped by the scan when the file is a container healthcheck probe (named by a Dockerfile `HEALTHCHECK` or
   * a compose `healthcheck: test:`): a one-shot check whose output is the probe's report, retried by the engine.
   */
  unlessHealthcheckProbe?: boolean;
  /**
   * Python functions (of this file) the finding's code sits in: the scan lowers the finding to info when every
   * call of those names from elsewhere in the repository is made by a command-line script that no service
   * manager starts (rules/observability/_cli-callers.ts).
   */
  reachedThrough?: string[];
  /**
   * Dropped by the scan when an app-server configuration in the repository switches to a non-root user
   * (uWSGI `uid =`, Gunicorn `user =`): an image that copies it in runs its server unprivileged.
   */
  unlessAppServerDropsPrivileges?: boolean;
  /**
   * Repository paths (as written in COPY, relative, without `./`) of the entrypoint script the image runs: the scan
   * drops the finding when a file at such a path (or ending with it) re-executes as a non-root user (`exec gosu …`).
   */
  unlessScriptDropsPrivileges?: string[];
  /**
   * Shell strict-mode options this file lacks, which it may inherit from another file: the scan drops the finding
   * when a script that sources this file, or a library this file sources, sets every one of them.
   */
  inheritsStrictMode?: Array<'e' | 'u' | 'pipefail'>;
  /**
   * A shell file made mostly of function definitions: the scan drops the finding when another repository script
   * sources it (strict mode is the entry script's to set, and `set -e` in a sourced file changes its caller).
   */
  sourcedLibrary?: boolean;
  /**
   * A requirements file: the scan drops the finding when the metadata of a published Python package sits in its
   * directory or above and no Dockerfile of the repository installs a file of that name (a library's ranges).
   */
  unlessPackagedLibrary?: boolean;
  /**
   * Made an info notice (the first matching `note` added to its message) when a file of the repository carries one
   * of these per-file tags (PerFileFacts.tags, set by a file-pass extractor): what another file says about this one — the application
   * refuses the value at start-up, a sibling settings module replaces it.
   */
  infoWhenTagged?: Array<{ tag: string; note: string }>;
  /** Overrides the rule's `nonProduct` for this finding (a real token in documentation keeps its severity). */
  nonProduct?: 'keep' | 'lower' | 'drop';
  /**
   * Every place of the defect in this file when one finding stands for several (each `print()` of a file reported
   * once): listed as the finding's locations (text, JSON, SARIF related locations), the first one included.
   */
  related?: Range[];
}

/** A repo-level draft: `path` may be '' for the repository itself; `line` 0 means "the file/repo". */
export interface RepoFindingDraft extends Omit<FindingDraft, 'range'> {
  path: string;
  range?: Range;
  /** Extra locations (each copy of a duplicated module …). */
  locations?: Array<{ path: string; line: number }>;
  component?: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  confidence: Confidence;
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  snippet: string;
  fingerprint: string;
  component: string;
  category: Category;
  /** Every location when the finding groups several (distinct secret in 9 files, one IP in 14 places). */
  locations?: Location[];
  context?: FileContext;
  suppressed?: { reason: string; by: 'inline' | 'config' };
}

export type Size = 'XS' | 'S' | 'M' | 'L' | 'XL';

export interface Remediation {
  /** Size of the first occurrence's fix (plan/effort.ts turns sizes into hours). */
  effort: Size;
  /** Hours for each further occurrence. */
  perExtraOccurrence?: number;
  /** Hours for each further file. */
  perFile?: number;
  /** Upper bound in hours for one work item of this rule. */
  cap?: number;
  kind: 'mechanical' | 'refactor' | 'process';
  /** Parallel track name (security, shell, resilience, observability, ops, quality, testing). */
  track: string;
  /** Rules whose work items must come first (the plan's knowledge base adds the reasons). */
  dependsOn?: string[];
}

export interface DocExample {
  /** File name the example is scanned as (decides language and role), e.g. `app.py`, `docker-compose.yml`. */
  path: string;
  code: string;
  /** Further files of the example repository (path → code), for rules whose pattern spans files (copies of a module). */
  files?: Record<string, string>;
  /** Scan the example as a committed git repository (rules about tracked files). */
  git?: boolean;
}

export interface RuleDocs {
  what: string;
  why: string;
  bad: DocExample;
  good: DocExample;
  fix: string;
  falsePositives?: string;
}

export type RuleScope = { kind: 'file'; languages: readonly Lang[]; roles?: readonly FileRole[] } | { kind: 'repo' };

export interface RuleMeta {
  id: string;
  title: string;
  category: Category;
  status: 'experimental' | 'stable' | 'deprecated';
  since: string;
  severity: Severity;
  confidence: Confidence;
  likelihood?: 'high' | 'medium' | 'low';
  impact?: 'high' | 'medium' | 'low';
  cwe?: string[];
  references?: string[];
  tags?: string[];
  scope: RuleScope;
  /**
   * Cheap text pre-filter: when given, the rule runs on a file only if the file's text contains one of
   * these strings (or matches the RegExp). Saves parsing-level work on files that cannot match.
   */
  prefilter?: readonly string[] | RegExp;
  /** Whether findings in tests/examples/docs are kept (at lower severity) or dropped. Default: 'lower'. */
  nonProduct?: 'keep' | 'lower' | 'drop';
  messages: Record<string, string>;
  /** Message used when a group of findings (groupKey) has more than one location. */
  groupMessage?: string;
  docs: RuleDocs;
  remediation: Remediation;
}

export interface FileRule extends RuleMeta {
  scope: { kind: 'file'; languages: readonly Lang[]; roles?: readonly FileRole[] };
  check(input: FileInput): FindingDraft[];
  /**
   * What the rule can only see across files (a helper in another module): run once after the file pass, with
   * the repository facts, like a repo rule's `check`.
   */
  checkRepo?(facts: RepoFactsView): RepoFindingDraft[];
}

export interface RepoRule extends RuleMeta {
  scope: { kind: 'repo' };
  check(facts: RepoFactsView): RepoFindingDraft[];
}

export type Rule = FileRule | RepoRule;

/* ---------- repository facts (built once by discover/ + the file pass; read-only for rules) ---------- */

export interface FileFact {
  path: string;
  lang: Lang;
  role: FileRole;
  context: FileContext;
  component: string;
  size: number;
  lines: number;
  tracked: boolean;
  /** sha1 of the content (hex), when the file was read. */
  hash?: string;
}

export interface ComposeService {
  file: string;
  name: string;
  line: number;
  image?: string;
  build?: boolean;
  ports: string[];
  volumes: string[];
  privileged: boolean;
  user?: string;
  hasHealthcheck: boolean;
  healthcheckDisabled: boolean;
  /** The healthcheck's `test:` command (a list joined with spaces). */
  healthcheck?: string;
  hasLimits: boolean;
  dependsOn: Array<{ name: string; condition?: string; line: number }>;
  /** `restart:` policy as written (`no`, `always`, `on-failure` …). */
  restart?: string;
  /** `command:` (a list is joined with spaces). */
  command?: string;
  /** With `build:`: the build context and the Dockerfile, both relative to the scanned root (`/`-separated). */
  buildContext?: string;
  dockerfile?: string;
  /** `env_file:` entries as written. */
  envFiles?: string[];
  /** Line of the `image:` entry. */
  imageLine?: number;
}

/** One container of a Kubernetes workload (Deployment, StatefulSet, DaemonSet, Job, CronJob, Pod …). */
export interface K8sContainer {
  name: string;
  /** Line of the container's list item. */
  line: number;
  image?: string;
  imageLine?: number;
  /** An init container (runs to completion before the others). */
  init: boolean;
  hasLiveness: boolean;
  hasReadiness: boolean;
  hasLimits: boolean;
}

export interface K8sWorkload {
  file: string;
  kind: string;
  name: string;
  /** Line of the `kind:` entry. */
  line: number;
  containers: K8sContainer[];
}

export interface CiStep {
  name: string;
  line: number;
  /** The commands or the action (`uses:`) of the step. */
  text: string;
}

export interface CiPipeline {
  file: string;
  system: 'github' | 'gitlab' | 'cloudbuild' | 'jenkins' | 'other';
  steps: CiStep[];
  /** GitHub: the events that start the workflow (`push`, `workflow_run`, `workflow_call` …). */
  triggers?: string[];
}

/** One scheduled job of a crontab (user crontab or `/etc/cron.d` style with a user field). */
export interface CronEntry {
  file: string;
  line: number;
  /** `0 2 * * *` or `@daily`. */
  schedule: string;
  /** The user field of system crontabs (`/etc/crontab`, `cron.d/*`), when present. */
  user?: string;
  command: string;
}

/** A systemd unit file (`*.service`, `*.timer`, `*.socket`). */
export interface SystemdUnit {
  file: string;
  description?: string;
  execStart?: string;
  user?: string;
  restart?: string;
  /** `OnCalendar=` of a timer. */
  onCalendar?: string;
}

export interface DockerfileFact {
  file: string;
  baseImages: Array<{ image: string; line: number }>;
  user?: string;
  hasHealthcheck: boolean;
  /** The last `HEALTHCHECK` instruction as written (with its `CMD`). */
  healthcheck?: string;
  /** The final stage's `ENTRYPOINT` / `CMD` as written (inventory). */
  entrypoint?: string;
  cmd?: string;
}

/** A program that can be started on its own: a Python `__main__` guard, an executable script (inventory). */
export interface EntryPoint {
  file: string;
  line: number;
  kind: 'python-main' | 'script';
}

export interface Component {
  name: string;
  path: string;
  /** Why it is a component: its own manifest, or a services/packages/apps folder. */
  reason: string;
  files: number;
  testFiles: number;
  productFiles: number;
}

/** A tracked file or folder that should not be in git (virtualenv, node_modules, __pycache__ …). */
export interface TrackedArtifact {
  path: string;
  kind: string;
  files: number;
  bytes: number;
}

/** Per-file facts extracted during the file pass, for repo rules (kept small: no sources). */
export interface PerFileFacts {
  /** Python/JS: does the file define or call HTTP routes, rate limiters … (free-form tags). */
  tags?: string[];
  /** Normalised token hash of the whole file (near-duplicate detection). */
  tokenHash?: string;
  /** Number of normalised tokens. */
  tokens?: number;
  /** Lines holding at least one token (no blank or comment-only lines). */
  codeLines?: number;
  /** Token hash with identifiers consistently renamed (copies with renamed variables). */
  renameHash?: string;
  /** MinHash signature (48 × uint32) of 5-token shingles (maintainability/duplicated-module near-copies). */
  minhash?: number[];
  /** Bottom-k sketch (sorted, at most 64 smallest 32-bit hashes) of the file's distinct string literals, line by line (maintainability/duplicated-module). */
  literals?: number[];
  /** Token hash of a product source file too small to compare as a module (signature of its folder). */
  shapeHash?: string;
  /** Test files: the modules they import (hygiene/no-tests attributes tests to components by import). */
  imports?: string[];
  /** Module-level signals for the settings, resilience, operations and dead/redundant-code repo rules (rules/_signals.ts). */
  signals?: FileSignals;
  /** Readiness evidence (src/readiness/signals.ts): signal id → the first lines (1-based) where it appears. */
  readiness?: Record<string, number[]>;
  /** App-server config that switches to this user after start (rules/security/_privilege-drop.ts). */
  dropsPrivilegesAs?: string;
  /** Shell script that re-executes as this user (`exec gosu "$PUID" …`): an entrypoint that drops root. */
  scriptDropsTo?: string;
  /** Shell files (rules/shell/_sourcing.ts): the repository paths they may source, and the strict options they set. */
  shell?: { sources?: string[]; strict?: Array<'e' | 'u' | 'pipefail'> };
  /** Python packaging metadata of a published package (`setup.py`, `setup.cfg`, `pyproject.toml`: rules/ops/_packaging.ts). */
  pythonPackage?: boolean;
  /** Dockerfiles: the requirements files (base names) they `pip install -r`. */
  pipInstallsRequirements?: string[];
}

/**
 * What the repo rules of issue 10 need from one file, extracted once in the file pass (rules/_signals.ts).
 * Small by design: names, lines and short value hashes, never source text or literal values of settings.
 */
export interface FileSignals {
  /** Python: absolute dotted module names imported (relative imports resolved); JS/TS: resolved relative paths or bare specifiers. */
  imports?: string[];
  /** Files and modules named by commands and configuration (entry points): `app/worker.py`, `pkg.cli`, `pkg.api:app`. */
  mentions?: string[];
  /** Top-level functions and classes: [name, line, length in lines]. */
  defs?: Array<[string, number, number]>;
  /** Functions (any depth) of at least LONG_FUNCTION_LINES code lines (rules/_code-lines.ts): [name, line, code lines]. */
  longFunctions?: Array<[string, number, number]>;
  /** Settings blocks: dict/object literals of ≥ 3 settings-like keys, runs of ≥ 3 env reads, connect/config keyword sets. */
  settings?: Array<{ kind: 'dict' | 'env' | 'kwargs'; keys: string[]; vals: string[]; line: number; call?: string }>;
  /** Numeric thresholds compared or passed: [value, meaning (the compared name), line]. */
  thresholds?: Array<[string, string, number]>;
  /** Module-level numeric constants: [NAME, value, line]. */
  constants?: Array<[string, string, number]>;
  /** Environment reads: count, distinct names (first 40), the first line, and each read (first 400): [name, line, 1 when through `import.meta.env`, 2 when handled where read, 3 when optional with a complete default (config/_env-read-checks.ts)]. */
  env?: { reads: number; names: string[]; line: number; hits?: Array<[string, number, (1 | 2 | 3)?]> };
  /** Build configuration (`next.config.*`): the keys of its `env:` block, which the bundler inlines as `process.env.<key>`. */
  buildEnv?: string[];
  /** Direct database connections opened: [callee, backing service, line]. */
  connects?: Array<[string, string, number]>;
  /** Module-level functions that open and hand back a new connection: [name, service, connector, line of the connect]. */
  connectHelpers?: Array<[string, string, string, number]>;
  /**
   * Calls inside a `for` loop of helper-like names imported from another module: [target, line, loop line];
   * the target is the dotted name (Python, relative imports resolved) or `path#name` (JS/TS, path without extension).
   */
  loopCalls?: Array<[string, number, number]>;
  /** Outbound HTTP calls by dependency: [dependency (host or base-URL name), line]. */
  http?: Array<[string, number]>;
  /** Backup commands: [command, line]. */
  backups?: Array<[string, number]>;
  /** In-place deploy commands: [what, line]. */
  deploys?: Array<[string, number]>;
  /** Long-running process declarations outside compose/Dockerfile/systemd (Procfile `web:`): [name, line]. */
  services?: Array<[string, number]>;
  /**
   * Presence flags: metrics, breaker, retry, pool, pool-use, validated-settings, backup-verify, rollback, generated,
   * env-check (a script that checks the environment and stops), browser-app and node-server (package.json of a
   * browser bundle / of a Node server).
   */
  flags?: string[];
}

export interface RepoFactsView {
  root: string;
  isGit: boolean;
  files: readonly FileFact[];
  components: readonly Component[];
  compose: readonly ComposeService[];
  ci: readonly CiPipeline[];
  dockerfiles: readonly DockerfileFact[];
  trackedArtifacts: readonly TrackedArtifact[];
  perFile: ReadonlyMap<string, PerFileFacts>;
  /** Listed files that were not analysed (binary, too large, unreadable …): path, tracked and role only. */
  unanalysed?: readonly FileFact[];
  /** Kubernetes workloads found in YAML files (any role: `k8s` paths and other YAML that declares them). */
  k8s?: readonly K8sWorkload[];
  /** Scheduled jobs of crontab files and systemd units (inventory of the audit). */
  cron?: readonly CronEntry[];
  systemd?: readonly SystemdUnit[];
  entryPoints?: readonly EntryPoint[];
}
