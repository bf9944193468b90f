import path from 'node:path';
import { HardenError, StoreError } from '../errors.js';
import { assertSafeDatabaseFile } from '../fs/safe-write.js';
import type { ScanResult } from '../engine/scan.js';
import { computeMetrics } from '../plan/metrics.js';
import type { Plan } from '../plan/index.js';
import { healthOf } from '../report/health.js';
import { publicFinding } from '../report/model.js';
import type { CommonFlags } from './common.js';
import type { Readiness } from '../readiness/types.js';
import { readinessScore } from '../readiness/score.js';
import { retryNote } from './status.js';
import { TOOL } from './version.js';

export interface StoreFlags {
  /** `--store URL`; `false` with `--no-store`. */
  store?: string | false;
  /** `--repo-id ID`: the repository's identity in a shared store (default: its normalised git remote). */
  repoId?: string;
}

export function storeLocation(dir: string, flags: StoreFlags): string | undefined {
  if (flags.store === false) return undefined;
  return flags.store ?? defaultStore(dir);
}

const defaultStore = (dir: string) => path.join(dir, '.harden', 'history.db');

/**
 * Whether `recordHistory` will record a scan run with these flags (a store, and a full scan): the scan must
 * then collect the readiness evidence, since the recorded scan carries its checklist.
 */
export function willRecord(dir: string, flags: CommonFlags & StoreFlags): boolean {
  return storeLocation(dir, flags) !== undefined && !narrowed(flags);
}

/** A scan narrowed by --rule, --skip-rule or --min-severity (never recorded). */
function narrowed(flags: CommonFlags): boolean {
  return Boolean(flags.rule?.length || flags.skipRule?.length || flags.minSeverity);
}

/**
 * Records a scan in the history store, under the repository's identity (store/identity.ts). Only full scans
 * are recorded: one narrowed by --rule, --skip-rule or --min-severity would make the plan's other items look
 * resolved. When the default store (DIR/.harden/history.db) cannot be written, the reason goes to stderr and
 * the command goes on; an explicit `--store` that cannot be opened or written is an error (SPEC §6), and so
 * is any store failure for `status`, which needs it.
 */
export async function recordHistory(
  dir: string,
  flags: CommonFlags & StoreFlags,
  result: ScanResult,
  plan: Plan | (() => Plan),
  command: string,
  // A thunk: the checklist is evaluated only when the scan is recorded (`scan --no-store` never pays for it).
  opts: { required?: boolean; readiness?: () => Readiness } = {},
): Promise<number | undefined> {
  const location = storeLocation(dir, flags);
  if (!location) return undefined;
  if (narrowed(flags)) {
    if (opts.required) throw new StoreError('a scan narrowed by --rule, --skip-rule or --min-severity is not recorded', 'run status without them');
    return undefined;
  }
  try {
    // The store (a native SQLite addon or the PostgreSQL client) is loaded only by commands that record: a
    // plain scan with --no-store never pays for it.
    const { openStore, storeFile } = await import('../store/db.js');
    const { repoIdentity } = await import('../store/identity.js');
    const file = storeFile(location);
    if (file && file !== ':memory:') assertSafeDatabaseFile(file, { root: dir, owned: location === defaultStore(dir) });
    const repo = repoIdentity(dir, flags.repoId);
    const store = await openStore(location, { retry: { onRetry: retryNote } });
    try {
      if (store.backend === 'postgres' && repo.source === 'folder') {
        process.stderr.write(`harden: no git remote: recorded as ${repo.identity} in the shared store (pass --repo-id to name this repository)\n`);
      }
      const findings = result.findings.map(publicFinding);
      const readiness = opts.readiness?.();
      const { seq } = await store.recordScan(repo, {
        recordedAt: new Date().toISOString(),
        rootName: path.basename(path.resolve(dir)),
        toolVersion: TOOL.version,
        command,
        files: result.stats.filesAnalysed,
        lines: result.stats.lines,
        rules: result.rules.map((r) => r.id),
        findings,
        plan: typeof plan === 'function' ? plan() : plan,
        metrics: {
          ...computeMetrics(findings, result.facts, readiness ? readinessScore(findings, readiness).score : healthOf(findings).score),
          ...(readiness ? { controls: readiness.controlScore } : {}),
        },
        // The scan and its control states in one transaction.
        controls: readiness?.controls,
      }, { ownStore: flags.store === undefined });
      return seq;
    } finally {
      await store.close();
    }
  } catch (e) {
    // An explicit --store that cannot be written, and a refused (linked or committed) store location, are
    // errors like any other refused output, not warnings.
    if (opts.required || typeof flags.store === 'string' || (e instanceof HardenError && e.code === 'INPUT')) throw e;
    process.stderr.write(`harden: scan not recorded in the history store: ${(e as Error).message}\n`);
    return undefined;
  }
}

/** The store as it may be printed (a PostgreSQL password is redacted). */
export async function shownStore(dir: string, flags: StoreFlags): Promise<string> {
  const location = storeLocation(dir, flags);
  if (!location) return '';
  const { describeStore, parseStoreLocation } = await import('../store/location.js');
  return describeStore(parseStoreLocation(location));
}
