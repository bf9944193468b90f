/**
 * Plan knowledge per rule, kept as data: which phase a rule's work item belongs to, its title, its parallel
 * track, the effort model parameters (calibrated in docs/effort-model.md), the testing effort, the scope-of-work
 * steps (templates filled with the repository's own names) and how it relates to module consolidation.
 *
 * Rule ids are those of SPEC §4; `SPEC_RULE_IDS` lists every one of them so the knowledge base can be
 * validated even for rules that are not implemented yet.
 */
import type { Category, Severity } from '../rules/types.js';

export const SPEC_RULE_IDS = [
  'security/hardcoded-secret',
  'security/committed-secret-file',
  'security/code-eval',
  'security/unsafe-deserialization',
  'security/shell-injection',
  'security/ssh-host-key-check-disabled',
  'security/tls-verify-disabled',
  'security/insecure-file-permissions',
  'security/privileged-container',
  'security/container-runs-as-root',
  'security/cors-wildcard',
  'security/api-no-rate-limit',
  'security/debug-enabled',
  'shell/unsafe-rm',
  'shell/missing-strict-mode',
  'shell/lockfile-race',
  'reliability/bare-except',
  'reliability/swallowed-exception',
  'reliability/broad-exception',
  'reliability/resource-leak',
  'reliability/http-no-timeout',
  'reliability/http-no-retry',
  'reliability/no-circuit-breaker',
  'reliability/connection-in-loop',
  'reliability/no-connection-pool',
  'reliability/silent-default',
  'config/hardcoded-ip',
  'config/duplicated-settings',
  'config/magic-threshold',
  'config/env-unvalidated',
  'observability/print-logging',
  'observability/no-healthcheck',
  'observability/no-metrics',
  'ops/no-resource-limits',
  'ops/depends-on-unhealthy',
  'ops/image-latest-tag',
  'ops/backup-unverified',
  'ops/no-rollback',
  'ops/ci-no-tests',
  'ops/no-ci',
  'ops/unpinned-dependencies',
  'hygiene/committed-artifact',
  'hygiene/missing-project-file',
  'hygiene/no-tests',
  'hygiene/todo-markers',
  'maintainability/duplicated-module',
  'maintainability/large-file',
  'maintainability/dead-code',
  'maintainability/redundant-implementations',
] as const;

export const ID_PREFIX: Record<Category, string> = {
  security: 'SEC',
  shell: 'SHL',
  reliability: 'REL',
  config: 'CFG',
  observability: 'OBS',
  ops: 'OPS',
  hygiene: 'HYG',
  maintainability: 'MNT',
};

export const PHASE_NAMES = [
  'Critical blockers',
  'Security & stability',
  'Error handling & resilience',
  'Configuration & monitoring',
  'Data quality',
  'Operations & delivery',
  'Code quality & performance',
] as const;

export type Phase = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export type Priority = 'P0' | 'P1' | 'P2' | 'P3';

/** Effort parameters in hours: base (first occurrence) + per extra occurrence + per extra file, capped. */
export interface EffortParams {
  base: number;
  perOccurrence: number;
  perFile: number;
  cap: number;
}

/** Estimated test cases: base + per effective file + per component, capped. */
export interface TestParams {
  base: number;
  perFile: number;
  perComponent: number;
  cap: number;
}

/**
 * Where the item stands relative to consolidating duplicated modules (maintainability/duplicated-module):
 * - `after` (default): fix once in the shared module: the item waits for consolidation and costs the collapsed
 *   estimate;
 * - `before`: the fix cannot wait (leaked credentials): the item goes first and costs the full estimate;
 *   both numbers are still shown.
 */
export type ConsolidationPolicy = 'after' | 'before';

export interface RulePlanData {
  phase: Phase;
  title: string;
  track: string;
  effort: EffortParams;
  tests: TestParams;
  /**
   * Scope-of-work steps. Placeholders: {count} occurrences, {fileCount} files, {top} the most affected files,
   * {names} names taken from the findings' messages, {components} affected components, {rule} the rule id.
   */
  steps: string[];
  consolidation?: ConsolidationPolicy;
  /** Priority override; otherwise the highest severity of the item's findings decides. */
  priority?: Priority;
}

const t = (base: number, perFile: number, perComponent: number, cap: number): TestParams => ({ base, perFile, perComponent, cap });
const e = (base: number, perOccurrence: number, perFile: number, cap: number): EffortParams => ({ base, perOccurrence, perFile, cap });

export const RULE_PLAN: Record<string, RulePlanData> = {
  'security/hardcoded-secret': {
    phase: 0,
    title: 'Move hardcoded credentials out of code and config',
    track: 'security',
    effort: e(2, 0.02, 0.6, 16),
    tests: t(2, 0.1, 1, 10),
    consolidation: 'before',
    steps: [
      'List every credential ({names}) and where each appears: {top}',
      'Rotate each exposed credential with its owner before anything else',
      'Read each value from the environment or a secret store; fail at startup when it is missing (no literal default)',
      'Replace literal values in compose/CI/YAML with `${VAR}` references and add the names to `.env.example`',
      'Scrub the old values from git history (git filter-repo / BFG) once rotated',
    ],
  },
  'security/committed-secret-file': {
    phase: 0,
    title: 'Untrack committed secret files and rotate their contents',
    track: 'security',
    effort: e(1.5, 0.3, 0.3, 8),
    tests: t(1, 0, 0, 3),
    steps: [
      'Rotate every credential held in {top}',
      'Remove the files from git (`git rm --cached`) and add their patterns to `.gitignore`',
      'Provide a template (`.env.example`) with placeholders in their place',
      'Scrub the files from git history once rotated',
    ],
  },
  'security/code-eval': {
    phase: 1,
    title: 'Replace eval/exec on dynamic input',
    track: 'security',
    effort: e(1, 0.12, 0.3, 24),
    tests: t(2, 0.4, 0, 16),
    steps: [
      'Classify the {count} calls in {top} by what they parse (literals, JSON, booleans/numbers, code)',
      'Use `ast.literal_eval`/`json.loads`/explicit casts (or `JSON.parse` in JS) for data',
      'Make the writers of that data serialise JSON so readers never need eval',
      'Add a unit test per replaced pattern with hostile input',
    ],
  },
  'security/unsafe-deserialization': {
    phase: 1,
    title: 'Remove unsafe deserialization of untrusted data',
    track: 'security',
    effort: e(1.5, 0.3, 0.3, 16),
    tests: t(2, 0.5, 0, 12),
    steps: [
      'Review each load in {top}: where the bytes come from and who can write them',
      'Switch to `yaml.safe_load`/JSON or a schema-validated format; sign data that must stay pickled',
      'Add a test that a crafted payload is rejected',
    ],
  },
  'security/shell-injection': {
    phase: 1,
    title: 'Stop building shell commands from input',
    track: 'security',
    effort: e(1.5, 0.25, 0.3, 16),
    tests: t(2, 0.5, 0, 12),
    steps: [
      'Replace `shell=True`/`os.system`/string-built commands in {top} with argument lists',
      'Validate or quote ({names}) values that must reach a shell',
      'Add a test with a value containing `;` and `$(...)`',
    ],
  },
  'security/ssh-host-key-check-disabled': {
    phase: 0,
    title: 'Verify SSH host keys',
    track: 'shell',
    effort: e(1.5, 0.2, 0.3, 8),
    tests: t(1, 0.3, 0, 4),
    steps: [
      'Collect the host keys of the targets used in {top} into a managed `known_hosts`',
      'Remove `StrictHostKeyChecking=no` / `UserKnownHostsFile=/dev/null` / `AutoAddPolicy` ({count} places)',
      'Document how a new host key is added',
    ],
  },
  'security/tls-verify-disabled': {
    phase: 1,
    title: 'Turn TLS certificate verification back on',
    track: 'security',
    effort: e(1, 0.15, 0.2, 8),
    tests: t(1, 0.3, 0, 5),
    steps: [
      'Remove `verify=False`/`rejectUnauthorized: false` in {top}',
      'Point clients at the internal CA bundle where self-signed certificates are used',
    ],
  },
  'security/insecure-file-permissions': {
    phase: 1,
    title: 'Restrict permissions of backups, dumps and keys',
    track: 'shell',
    effort: e(0.5, 0.1, 0.15, 4),
    tests: t(1, 0.2, 0, 3),
    steps: [
      'Set `umask 077` (or `chmod 600`) before writing the files created in {top}',
      'Replace `chmod 777` with the narrowest mode the consumer needs',
    ],
  },
  'security/privileged-container': {
    phase: 1,
    title: 'Drop privileged mode from containers',
    track: 'ops',
    effort: e(1, 0.35, 0.05, 12),
    tests: t(1, 0.4, 0, 12),
    steps: [
      'Audit what each privileged service ({names}) really needs from the host',
      'Replace `privileged: true` with specific `devices:` / `cap_add:` entries',
      'Keep privileged only where raw hardware access is proven necessary, with a comment saying why',
    ],
  },
  'security/container-runs-as-root': {
    phase: 1,
    title: 'Run containers as a non-root user',
    track: 'ops',
    effort: e(0.75, 0.3, 0.05, 8),
    tests: t(1, 0.3, 0, 8),
    steps: ['Add a dedicated user and `USER` instruction to {top}', 'Fix file ownership of volumes and writable paths', 'Start each image once to check it still runs'],
  },
  'security/cors-wildcard': {
    phase: 1,
    title: 'Restrict CORS origins',
    track: 'security',
    effort: e(1, 0.2, 0.2, 4),
    tests: t(1, 0.3, 0, 4),
    steps: ['Replace the wildcard origin in {top} with an allow-list read from configuration', 'Add a test that an unknown origin is refused'],
  },
  'security/api-no-rate-limit': {
    phase: 1,
    title: 'Add rate limiting to the public API',
    track: 'security',
    effort: e(4, 0.5, 0.5, 12),
    tests: t(3, 0.3, 0, 8),
    steps: ['Add a rate-limiting middleware (per client/key) to {top}', 'Choose limits from current traffic and expose them as configuration', 'Test that the limit returns 429 and recovers'],
  },
  'security/debug-enabled': {
    phase: 1,
    title: 'Disable debug mode in production configuration',
    track: 'security',
    effort: e(0.5, 0.15, 0.1, 4),
    tests: t(1, 0.2, 0, 3),
    steps: ['Turn debug off by default in {top}; enable it only from an environment variable in development'],
  },
  'shell/unsafe-rm': {
    phase: 0,
    title: 'Guard rm -rf against empty or unset variables',
    track: 'shell',
    effort: e(1, 0.2, 0.3, 8),
    tests: t(1, 0.3, 0, 6),
    steps: [
      'Use `${VAR:?}` for each variable used in a deleted path ({names}) in {top}',
      'Check that the target is below the expected parent before deleting',
      'Run the scripts once with the variables unset to prove they stop',
    ],
  },
  'shell/lockfile-race': {
    phase: 0,
    title: 'Replace check-then-create lock files with atomic locking',
    track: 'shell',
    effort: e(3.5, 0.5, 0.5, 10),
    tests: t(2, 0.5, 0, 6),
    steps: [
      'Replace the lock checks in {top} with `flock` (or `mkdir` / `set -o noclobber`)',
      'Release the lock from a `trap ... EXIT`',
      'Test two concurrent runs: exactly one proceeds',
    ],
  },
  'shell/missing-strict-mode': {
    phase: 5,
    title: 'Add strict mode to shell scripts',
    track: 'shell',
    effort: e(0.5, 0.15, 0.15, 10),
    tests: t(1, 0.3, 0, 10),
    steps: [
      'Add `set -euo pipefail` to the {count} scripts ({top})',
      'Give optional variables explicit defaults (`${VAR:-}`) and let expected failures say so (`|| true`)',
      'Run each script once (dry-run where possible) to catch newly fatal errors',
    ],
  },
  'reliability/bare-except': {
    phase: 2,
    title: 'Replace bare except clauses',
    track: 'resilience',
    effort: e(1, 0.07, 0.07, 12),
    tests: t(1, 0.2, 0, 8),
    steps: [
      'Name the expected exceptions of each of the {count} `except:` clauses in {top}',
      'Log and re-raise what is unexpected; never catch `KeyboardInterrupt`/`SystemExit`',
      'Add a test that an interrupt propagates',
    ],
  },
  'reliability/swallowed-exception': {
    phase: 2,
    title: 'Log or handle swallowed exceptions',
    track: 'resilience',
    effort: e(1, 0.15, 0.15, 16),
    tests: t(1, 0.3, 0, 10),
    steps: [
      'For each of the {count} silent handlers in {top}: log with context, re-raise, or document why ignoring is right',
      'Count what is dropped (metric or log field) where data is skipped',
    ],
  },
  'reliability/broad-exception': {
    phase: 2,
    title: 'Narrow generic exception handlers',
    track: 'quality',
    effort: e(1, 0.1, 0.15, 12),
    tests: t(1, 0.2, 0, 8),
    steps: ['Narrow `except Exception` in {top} to the failures each block expects', 'Let programming errors surface in tests'],
  },
  'reliability/resource-leak': {
    phase: 2,
    title: 'Close cursors, connections and files deterministically',
    track: 'resilience',
    effort: e(1, 0.15, 0.2, 10),
    tests: t(1, 0.3, 0, 8),
    steps: ['Wrap the {count} resources opened in {top} in `with` blocks (or try/finally close)', 'Add a test that an error path releases the resource'],
  },
  'reliability/http-no-timeout': {
    phase: 2,
    title: 'Set timeouts on outbound HTTP calls',
    track: 'resilience',
    effort: e(0.5, 0.08, 0.1, 6),
    tests: t(1, 0.2, 0, 6),
    steps: ['Pass an explicit `timeout=` to the {count} calls in {top}, from one shared setting', 'Test that a hung server fails the call'],
  },
  'reliability/http-no-retry': {
    phase: 2,
    title: 'Add retries with backoff to outbound API calls',
    track: 'resilience',
    effort: e(2, 0.2, 0.8, 12),
    tests: t(2, 0.5, 0, 10),
    steps: [
      'Create one shared HTTP session with retry/backoff (urllib3 `Retry`, tenacity, or the JS equivalent)',
      'Use it in {top}; retry only idempotent calls and transient statuses (429, 5xx)',
      'Test retry on 503 and give-up after the limit',
    ],
  },
  'reliability/no-circuit-breaker': {
    phase: 6,
    title: 'Add circuit breakers around external dependencies',
    track: 'resilience',
    effort: e(4, 0.5, 0.5, 10),
    tests: t(3, 0.3, 0, 8),
    steps: ['Wrap the retried clients in a circuit breaker with open/half-open states', 'Expose breaker state as a metric', 'Test that the breaker opens after repeated failures'],
  },
  'reliability/connection-in-loop': {
    phase: 6,
    title: 'Stop opening a new connection per iteration',
    track: 'performance',
    effort: e(1.5, 0.25, 0.3, 10),
    tests: t(1, 0.3, 0, 6),
    steps: ['Move connection creation out of the loops in {top}; borrow from the pool instead', 'Measure the loop before and after'],
  },
  'reliability/no-connection-pool': {
    phase: 6,
    title: 'Introduce one connection pool per backing service',
    track: 'performance',
    effort: e(4, 0.3, 0.3, 10),
    tests: t(3, 0.2, 0, 8),
    steps: ['Create a shared pool module (size and timeouts from configuration)', 'Route every connection in {top} through it', 'Test pool exhaustion and reconnection'],
  },
  'reliability/silent-default': {
    phase: 4,
    title: 'Stop replacing missing data with silent defaults',
    track: 'data',
    effort: e(1.5, 0.15, 0.3, 8),
    tests: t(2, 0.3, 0, 8),
    steps: ['For each fallback in {top}: skip, mark as missing, or fail — decide with the data owner', 'Log and count every replaced value', 'Add a test that missing input is visible downstream'],
  },
  'config/hardcoded-ip': {
    phase: 3,
    title: 'Move hardcoded hosts and addresses into configuration',
    track: 'config',
    effort: e(1.5, 0.1, 0.2, 8),
    tests: t(1, 0.2, 0, 6),
    steps: [
      'Give each address ({names}) a named setting read from the environment',
      'Replace the {count} literals in {top} with that setting',
      'Document the settings in `.env.example`',
    ],
  },
  'config/duplicated-settings': {
    phase: 3,
    title: 'Centralise duplicated settings blocks',
    track: 'config',
    effort: e(2, 0.3, 0.5, 8),
    tests: t(2, 0.3, 0, 6),
    steps: ['Move the repeated settings in {top} into one module or file', 'Import it everywhere; add a test that each consumer reads the shared values'],
  },
  'config/magic-threshold': {
    phase: 3,
    title: 'Name and centralise magic thresholds',
    track: 'config',
    effort: e(1, 0.15, 0.2, 6),
    tests: t(1, 0.2, 0, 6),
    steps: ['Turn the {count} unexplained thresholds in {top} into named, documented settings'],
  },
  'config/env-unvalidated': {
    phase: 1,
    title: 'Validate environment configuration at startup',
    track: 'config',
    effort: e(2, 0.2, 0.2, 6),
    tests: t(2, 0.2, 0, 6),
    steps: ['Declare the required variables ({names}) in one settings object with types', 'Fail fast at startup with a message naming the missing variable'],
  },
  'observability/print-logging': {
    phase: 3,
    title: 'Replace print statements with structured logging',
    track: 'observability',
    effort: e(1.5, 0.01, 0.12, 12),
    tests: t(1, 0.1, 0, 5),
    steps: [
      'Create one logging setup (JSON to stdout, level from the environment)',
      'Replace the {count} print/console calls in {top} with leveled log calls',
      'Keep prints only in CLIs whose output is their interface',
    ],
  },
  'observability/no-healthcheck': {
    phase: 3,
    title: 'Add health checks to services',
    track: 'observability',
    effort: e(2.5, 0.65, 0.1, 24),
    tests: t(1, 0.5, 0, 12),
    steps: [
      'Add a health endpoint or command to each service ({names}) that checks its real dependencies',
      'Declare `healthcheck:` in compose / `HEALTHCHECK` in Dockerfiles ({top})',
      'Use `condition: service_healthy` where services depend on each other',
    ],
  },
  'observability/no-metrics': {
    phase: 3,
    title: 'Expose service and data-quality metrics',
    track: 'observability',
    effort: e(8, 0.5, 0.5, 16),
    tests: t(3, 0.2, 1, 8),
    steps: ['Add a metrics endpoint (Prometheus client) to the services', 'Count requests, errors, latency and rejected/missing data', 'Add dashboards and one alert per critical signal'],
  },
  'ops/no-resource-limits': {
    phase: 5,
    title: 'Set CPU and memory limits on containers',
    track: 'ops',
    effort: e(1, 0.15, 0.1, 6),
    tests: t(1, 0.2, 0, 6),
    steps: ['Measure current usage of the {count} services ({names})', 'Set `deploy.resources.limits` (or k8s limits) with headroom'],
  },
  'ops/depends-on-unhealthy': {
    phase: 5,
    title: 'Make service start order wait for health',
    track: 'ops',
    effort: e(0.5, 0.15, 0.1, 4),
    tests: t(1, 0.2, 0, 4),
    steps: ['Use `depends_on: {service: {condition: service_healthy}}` in {top}'],
  },
  'ops/image-latest-tag': {
    phase: 5,
    title: 'Pin container images to explicit versions',
    track: 'ops',
    effort: e(0.5, 0.1, 0.1, 4),
    tests: t(1, 0.1, 0, 4),
    steps: ['Replace `:latest`/untagged images in {top} with versions (or digests)', 'Let a bot (Renovate/Dependabot) propose updates'],
  },
  'ops/backup-unverified': {
    phase: 5,
    title: 'Verify backups with restore tests',
    track: 'ops',
    effort: e(4, 0.5, 0.5, 10),
    tests: t(2, 0.3, 0, 6),
    steps: ['Add an integrity check after each backup in {top}', 'Schedule a restore into a scratch database and alert on failure'],
  },
  'ops/no-rollback': {
    phase: 5,
    title: 'Add deployment rollback',
    track: 'ops',
    effort: e(8, 0.5, 0.5, 14),
    tests: t(3, 0.2, 0, 6),
    steps: ['Tag every deployed release with an immutable version', 'Script `rollback <version>` for {top}', 'Rehearse a rollback in staging'],
  },
  'ops/ci-no-tests': {
    phase: 5,
    title: 'Add test gates to CI pipelines',
    track: 'testing',
    effort: e(3, 0.4, 0.05, 16),
    tests: t(1, 0.1, 0, 6),
    steps: [
      'Create one reusable test step (pytest/npm test + static security scan)',
      'Add it before the build/push steps of the {count} pipelines ({top})',
      'Make the pipeline fail on test or scan failures',
    ],
  },
  'ops/no-ci': {
    phase: 5,
    title: 'Set up continuous integration',
    track: 'testing',
    effort: e(4, 0.5, 0.5, 10),
    tests: t(1, 0, 0, 3),
    steps: ['Add a CI workflow that installs, lints, tests and builds on every push and pull request'],
  },
  'ops/unpinned-dependencies': {
    phase: 5,
    title: 'Pin dependency versions',
    track: 'ops',
    effort: e(1.5, 0.3, 0.05, 10),
    tests: t(1, 0.2, 0, 6),
    steps: ['Freeze exact versions for {top} (lock files / `pip freeze` from the working environment)', 'Add a dependency audit step (pip-audit / npm audit) to CI'],
  },
  'hygiene/committed-artifact': {
    phase: 5,
    title: 'Remove committed virtualenvs, caches and build artifacts',
    track: 'ops',
    effort: e(2, 0.4, 0.05, 14),
    tests: t(1, 0.1, 0, 4),
    steps: ['Add the artifact patterns to `.gitignore`', 'Untrack {top} (`git rm -r --cached`)', 'Rewrite history for large blobs if the repository size matters', 'Check that every service still builds from a clean checkout'],
  },
  'hygiene/missing-project-file': {
    phase: 6,
    title: 'Add missing project files',
    track: 'docs',
    effort: e(1, 0.5, 0, 6),
    tests: t(0, 0, 0, 0),
    steps: ['Write the missing files ({names})'],
  },
  'hygiene/no-tests': {
    phase: 5,
    title: 'Set up a test framework and first tests',
    track: 'testing',
    effort: e(6, 0.75, 0, 40),
    tests: t(4, 0, 1, 40),
    steps: [
      'Add the test runner configuration and shared fixtures (mocks for external services)',
      'Write smoke tests for each component without tests ({components})',
      'Run the tests locally and in CI',
    ],
  },
  'hygiene/todo-markers': {
    phase: 6,
    title: 'Triage TODO/FIXME markers',
    track: 'quality',
    effort: e(0.5, 0.05, 0.05, 6),
    tests: t(0, 0, 0, 0),
    steps: ['Turn the {count} markers in {top} into tracked issues or delete them'],
  },
  'maintainability/duplicated-module': {
    phase: 6,
    title: 'Consolidate duplicated modules into a shared package',
    track: 'quality',
    effort: e(4, 0.45, 0.02, 40),
    tests: t(3, 0, 0, 30),
    steps: [
      'Create one shared package holding the copied modules ({names})',
      'Diff the copies and merge their differences into the shared version',
      'Install the package in each service build and update imports',
      'Delete the {count} copies',
    ],
  },
  'maintainability/large-file': {
    phase: 6,
    title: 'Split oversized files',
    track: 'quality',
    effort: e(8, 4, 0, 24),
    tests: t(3, 2, 0, 12),
    steps: ['Split {top} along its responsibilities into smaller modules', 'Cover each extracted module with tests before moving code'],
  },
  'maintainability/dead-code': {
    phase: 6,
    title: 'Remove dead code',
    track: 'quality',
    effort: e(1, 0.2, 0.25, 8),
    tests: t(0, 0, 0, 2),
    steps: ['Confirm nothing imports or schedules {top}', 'Delete it (git history keeps it)'],
  },
  'maintainability/redundant-implementations': {
    phase: 6,
    title: 'Retire redundant implementations',
    track: 'quality',
    effort: e(3, 0.5, 0.5, 10),
    tests: t(2, 0.3, 0, 6),
    steps: ['Pick the implementation in use among {top}', 'Archive or delete the others and update callers'],
  },
};

export const SEVERITY_PRIORITY: Record<Severity, Priority> = { critical: 'P0', high: 'P1', medium: 'P2', low: 'P3', info: 'P3' };

export function categoryOf(ruleId: string): Category | undefined {
  const c = ruleId.split('/')[0];
  return c in ID_PREFIX ? (c as Category) : undefined;
}
