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
import { TOOL } from './version.js';

export interface StoreFlags {
  /** `--store URL`; `false` with `--no-store`. */
  store?: string | false;
}

export function storeLocation(dir: string, flags: StoreFlags): string | undefined {
  if (flags.store === false) return undefined;
  return flags.store ?? defaultStore(dir);
}

const defaultStore = (dir: string) => path.join(dir, '.harden', 'history.db');

/**
 * Records a scan in the history store. Only full scans are recorded: one narrowed by --rule, --skip-rule or
 * --min-severity would make the plan's other items look resolved. A scan or audit never fails because the
 * store cannot be written: the reason goes to stderr and the command goes on (`status` needs the store and
 * does fail).
 */
export async function recordHistory(
  dir: string,
  flags: CommonFlags & StoreFlags,
  result: ScanResult,
  plan: Plan | (() => Plan),
  command: string,
  opts: { required?: boolean; readiness?: Readiness } = {},
): Promise<number | undefined> {
  const location = storeLocation(dir, flags);
  if (!location) return undefined;
  if (flags.rule?.length || flags.skipRule?.length || flags.minSeverity) {
    if (opts.required) throw new StoreError('a scan narrowed by --rule, --skip-rule or --min-severity is not recorded', 'run status without them');
    return undefined;
  }
  try {
    // The store (a native SQLite addon) is loaded only by commands that record: a plain scan with
    // --no-store never pays for it.
    const { openStore, storePath } = await import('../store/db.js');
    const { recordScan } = await import('../store/history.js');
    const { recordControls } = await import('../store/controls.js');
    const file = storePath(location);
    if (file !== ':memory:') assertSafeDatabaseFile(file, { root: dir, owned: location === defaultStore(dir) });
    const db = openStore(location);
    try {
      const findings = result.findings.map(publicFinding);
      const readiness = opts.readiness;
      const record = () => recordScan(db, {
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
      });
      // The scan and its control states in one transaction (recordScan's own becomes a savepoint).
      return db.transaction(() => {
        const id = record();
        if (readiness) recordControls(db, id, readiness.controls);
        return id;
      })();
    } finally {
      db.close();
    }
  } catch (e) {
    // A refused (linked or committed) store location is an error like any other refused output, not a warning.
    if (opts.required || (e instanceof HardenError && e.code === 'INPUT')) throw e;
    process.stderr.write(`harden: scan not recorded in the history store: ${(e as Error).message}\n`);
    return undefined;
  }
}
