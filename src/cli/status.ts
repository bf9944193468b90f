import { existsSync } from 'node:fs';
import { InputError, StoreError } from '../errors.js';
import { assertSafeDatabaseFile } from '../fs/safe-write.js';
import { computeProgress, type Progress } from '../plan/progress.js';
import type { StoredScan } from '../store/history.js';

/** Loads the baseline (`--since`: a scan number, `first`, `previous`), the latest and the previous scan. */
export async function progressFromStore(location: string, since = 'first', root?: string): Promise<Progress> {
  const { openStore, storePath } = await import('../store/db.js');
  const { listScans, loadScan } = await import('../store/history.js');
  const file = storePath(location);
  if (file !== ':memory:' && !existsSync(file)) throw new StoreError(`no history at ${file}`, 'run `harden audit` (or `harden scan`) first');
  if (file !== ':memory:') assertSafeDatabaseFile(file, { root });
  const db = openStore(location);
  try {
    const scans = listScans(db);
    if (!scans.length) throw new StoreError(`no scan recorded in ${file}`, 'run `harden audit` first');
    const latest = scans[scans.length - 1];
    let baselineId: number;
    if (since === 'first') baselineId = scans[0].id;
    else if (since === 'previous') baselineId = scans[Math.max(0, scans.length - 2)].id;
    else {
      const n = Number(since);
      if (!Number.isInteger(n) || !scans.some((s) => s.id === n)) {
        throw new InputError(`--since ${since}: no such scan`, `recorded scans: ${scans.map((s) => `#${s.id}`).join(', ')}`);
      }
      baselineId = n;
    }
    const { loadControls } = await import('../store/controls.js');
    const snap = (s: StoredScan) => ({ id: s.scan.id, recordedAt: s.scan.recordedAt, findings: s.findings, items: s.items, metrics: s.metrics, controls: nonEmpty(loadControls(db, s.scan.id)) });
    const baseline = loadScan(db, baselineId)!;
    const last = loadScan(db, latest.id)!;
    const prev = scans.length > 1 ? loadScan(db, scans[scans.length - 2].id) : undefined;
    return computeProgress(snap(baseline), snap(last), prev && snap(prev));
  } finally {
    db.close();
  }
}

/** Scans recorded before the readiness checklist have no control rows: unknown, not "none". */
function nonEmpty<T extends object>(o: T): T | undefined {
  return Object.keys(o).length ? o : undefined;
}
