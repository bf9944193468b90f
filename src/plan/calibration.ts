/**
 * Calibration of the effort model against the hand-written examples (examples/): for each example item that
 * maps to one of our rules, the counts it describes and the engineers' estimate. Items with hours must be
 * matched within ×1.5; items with only a size must get the same size. Used by test/plan/effort.test.ts and
 * rendered into docs/effort-model.md. Counts marked `assumed` are not stated in the example (see the doc).
 */
import type { Size } from '../rules/types.js';
import type { Counts } from './effort.js';
import { estimate } from './effort.js';

export interface CalibrationCase {
  source: 'backlog' | 'phased-plan' | 'audit';
  item: string;
  rule: string;
  /** What the example counts, in its words. */
  theirCount: string;
  /** Raw counts (every copy). */
  occurrences: number;
  files: number;
  /** Counts once copies of duplicated modules are collapsed (defaults to the raw counts). */
  collapsed?: { occurrences: number; files: number };
  /** Which of our estimates corresponds to theirs. */
  compare: 'before' | 'after';
  theirHours?: number;
  theirSize?: Size;
  assumed?: string;
}

export const CALIBRATION: CalibrationCase[] = [
  { source: 'backlog', item: 'SEC-01', rule: 'security/hardcoded-secret', theirCount: '272 credential occurrences', occurrences: 272, files: 140, collapsed: { occurrences: 152, files: 53 }, compare: 'before', theirHours: 16, assumed: '~140 files (≈90 copied redis modules + 50 YAML files)' },
  { source: 'backlog', item: 'SEC-02 (before QUAL-01)', rule: 'security/code-eval', theirCount: '153 eval() calls', occurrences: 153, files: 60, collapsed: { occurrences: 29, files: 8 }, compare: 'before', theirHours: 20, assumed: '60 files; 29 calls in 8 files once copies collapse' },
  { source: 'backlog', item: 'SEC-02 (after QUAL-01)', rule: 'security/code-eval', theirCount: '153 eval() calls', occurrences: 153, files: 60, collapsed: { occurrences: 29, files: 8 }, compare: 'after', theirHours: 6 },
  { source: 'backlog', item: 'SEC-03 (before QUAL-01)', rule: 'reliability/bare-except', theirCount: '25 bare excepts in log.py copies', occurrences: 25, files: 15, collapsed: { occurrences: 1, files: 1 }, compare: 'before', theirHours: 4 },
  { source: 'backlog', item: 'SEC-03 (after QUAL-01)', rule: 'reliability/bare-except', theirCount: '25 bare excepts in log.py copies', occurrences: 25, files: 15, collapsed: { occurrences: 1, files: 1 }, compare: 'after', theirHours: 1 },
  { source: 'backlog', item: 'QUAL-01', rule: 'maintainability/duplicated-module', theirCount: '4 modules, 56 copies (170+ files)', occurrences: 56, files: 56, compare: 'before', theirHours: 32 },
  { source: 'backlog', item: 'TEST-01', rule: 'hygiene/no-tests', theirCount: '24 services without tests', occurrences: 24, files: 24, compare: 'before', theirHours: 24 },
  { source: 'backlog', item: 'CICD-01', rule: 'ops/ci-no-tests', theirCount: '22 cloudbuild.yaml without tests', occurrences: 22, files: 22, compare: 'before', theirHours: 12 },
  { source: 'backlog', item: 'INFRA-01', rule: 'observability/no-healthcheck', theirCount: '~20 services without healthcheck', occurrences: 20, files: 20, compare: 'before', theirHours: 16 },
  { source: 'backlog', item: 'INFRA-03', rule: 'security/privileged-container', theirCount: '20+ privileged compose files', occurrences: 20, files: 20, compare: 'before', theirHours: 8 },
  { source: 'backlog', item: 'QUAL-04', rule: 'ops/unpinned-dependencies', theirCount: '22 of 24 services without pinned requirements', occurrences: 22, files: 22, compare: 'before', theirHours: 8 },
  { source: 'backlog', item: 'OPT-01', rule: 'hygiene/committed-artifact', theirCount: 'committed .venv/ and __pycache__/ trees', occurrences: 24, files: 24, compare: 'before', theirHours: 12, assumed: '24 tracked artifact folders (one venv/cache per service)' },
  { source: 'phased-plan', item: '#60', rule: 'security/ssh-host-key-check-disabled', theirCount: 'StrictHostKeyChecking=no in scripts', occurrences: 2, files: 2, compare: 'before', theirSize: 'S', assumed: '2 scripts' },
  { source: 'phased-plan', item: '#62', rule: 'shell/unsafe-rm', theirCount: 'rm -rf on a possibly unset variable', occurrences: 1, files: 1, compare: 'before', theirSize: 'S' },
  { source: 'phased-plan', item: '#81', rule: 'shell/lockfile-race', theirCount: 'lock file race', occurrences: 1, files: 1, compare: 'before', theirSize: 'M' },
  { source: 'phased-plan', item: '#61', rule: 'security/hardcoded-secret', theirCount: 'DB credentials in 9 files', occurrences: 9, files: 9, compare: 'before', theirSize: 'L' },
  { source: 'phased-plan', item: '#63', rule: 'security/insecure-file-permissions', theirCount: 'backups without restrictive permissions', occurrences: 1, files: 1, compare: 'before', theirSize: 'XS' },
  { source: 'phased-plan', item: '#64', rule: 'reliability/resource-leak', theirCount: 'cursor leaks in one file', occurrences: 3, files: 1, compare: 'before', theirSize: 'S', assumed: '3 cursors' },
  { source: 'phased-plan', item: '#66', rule: 'reliability/http-no-retry', theirCount: 'collectors without retries', occurrences: 4, files: 4, compare: 'before', theirSize: 'M', assumed: '4 collector modules' },
  { source: 'phased-plan', item: '#67', rule: 'reliability/broad-exception', theirCount: 'generic handlers in training code', occurrences: 20, files: 6, compare: 'before', theirSize: 'M', assumed: '20 handlers in 6 files' },
  { source: 'phased-plan', item: '#90', rule: 'reliability/bare-except', theirCount: 'bare excepts in one service file', occurrences: 3, files: 1, compare: 'before', theirSize: 'S', assumed: '3 clauses' },
  { source: 'phased-plan', item: '#68', rule: 'config/hardcoded-ip', theirCount: 'one server IP in 14+ locations', occurrences: 14, files: 10, compare: 'before', theirSize: 'M', assumed: '10 files' },
  { source: 'phased-plan', item: '#69', rule: 'config/duplicated-settings', theirCount: 'same parameters in 4 files', occurrences: 4, files: 4, compare: 'before', theirSize: 'M' },
  { source: 'phased-plan', item: '#70', rule: 'config/magic-threshold', theirCount: 'magic AUC thresholds', occurrences: 5, files: 2, compare: 'before', theirSize: 'S', assumed: '5 literals in 2 files' },
  { source: 'phased-plan', item: '#72', rule: 'observability/no-metrics', theirCount: 'no data-quality metrics (repo-level)', occurrences: 1, files: 1, compare: 'before', theirSize: 'L' },
  { source: 'phased-plan', item: '#73', rule: 'observability/print-logging', theirCount: 'print instead of logging', occurrences: 15, files: 15, compare: 'before', theirSize: 'M', assumed: '15 files (one finding per file)' },
  { source: 'phased-plan', item: '#74', rule: 'observability/no-healthcheck', theirCount: 'shallow health checks', occurrences: 2, files: 2, compare: 'before', theirSize: 'M', assumed: '2 services' },
  { source: 'phased-plan', item: '#78', rule: 'reliability/silent-default', theirCount: 'fallback to 0.0', occurrences: 2, files: 1, compare: 'before', theirSize: 'S', assumed: '2 fallbacks' },
  { source: 'phased-plan', item: '#80', rule: 'ops/no-rollback', theirCount: 'no rollback (repo-level)', occurrences: 1, files: 1, compare: 'before', theirSize: 'L' },
  { source: 'phased-plan', item: '#82', rule: 'ops/backup-unverified', theirCount: 'backups never verified', occurrences: 1, files: 1, compare: 'before', theirSize: 'M' },
  { source: 'phased-plan', item: '#83', rule: 'ops/no-resource-limits', theirCount: 'containers without limits', occurrences: 6, files: 1, compare: 'before', theirSize: 'S', assumed: '6 services in one compose file' },
  { source: 'phased-plan', item: '#84', rule: 'shell/missing-strict-mode', theirCount: 'scripts without set -u', occurrences: 20, files: 20, compare: 'before', theirSize: 'M', assumed: '20 scripts' },
  { source: 'phased-plan', item: '#85', rule: 'reliability/no-connection-pool', theirCount: 'pool not used (repo-level)', occurrences: 1, files: 1, compare: 'before', theirSize: 'M' },
  { source: 'phased-plan', item: '#87', rule: 'reliability/no-circuit-breaker', theirCount: 'no circuit breaker (repo-level)', occurrences: 1, files: 1, compare: 'before', theirSize: 'M' },
  { source: 'phased-plan', item: '#88', rule: 'reliability/connection-in-loop', theirCount: 'one collector opening connections', occurrences: 1, files: 1, compare: 'before', theirSize: 'S' },
  { source: 'phased-plan', item: '#89', rule: 'config/env-unvalidated', theirCount: 'credentials not validated (repo-level)', occurrences: 1, files: 1, compare: 'before', theirSize: 'S' },
  { source: 'audit', item: 'P0 hardcoded password', rule: 'security/hardcoded-secret', theirCount: 'one default password', occurrences: 1, files: 1, compare: 'before', theirSize: 'S' },
  { source: 'audit', item: 'P1 API rate limiting', rule: 'security/api-no-rate-limit', theirCount: 'API without rate limit', occurrences: 1, files: 1, compare: 'before', theirSize: 'M' },
  { source: 'audit', item: 'P2 GCP dead code', rule: 'maintainability/dead-code', theirCount: '4 dead files (1,617 lines)', occurrences: 4, files: 4, compare: 'before', theirSize: 'S' },
  { source: 'audit', item: 'P2 redundant predictors', rule: 'maintainability/redundant-implementations', theirCount: '3 predictor variants', occurrences: 3, files: 3, compare: 'before', theirSize: 'M' },
  { source: 'audit', item: 'P2 continuous_scheduler size', rule: 'maintainability/large-file', theirCount: 'one oversized module', occurrences: 1, files: 1, compare: 'before', theirSize: 'L' },
  { source: 'audit', item: 'P2 missing API tests', rule: 'hygiene/no-tests', theirCount: 'one component without tests', occurrences: 1, files: 1, compare: 'before', theirSize: 'M' },
  { source: 'audit', item: 'P3 connection pooling', rule: 'reliability/no-connection-pool', theirCount: 'no pool in the API', occurrences: 1, files: 1, compare: 'before', theirSize: 'M' },
];

/** Our hours for a calibration case. */
export function ourHours(c: CalibrationCase): number {
  const col = c.collapsed ?? { occurrences: c.occurrences, files: c.files };
  const counts: Counts = {
    findings: 1,
    occurrences: c.occurrences,
    files: c.files,
    components: 1,
    inCopies: c.occurrences - col.occurrences,
    effectiveOccurrences: col.occurrences,
    effectiveFiles: col.files,
  };
  return estimate(c.rule, counts)[c.compare];
}
