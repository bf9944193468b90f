/**
 * Control states of the readiness checklist per recorded scan (migration 2): id, phase, status and the
 * first evidence location (a path and line, never file content).
 */
import type { ControlResult, ControlStatus } from '../readiness/types.js';
import type { Db } from './db.js';

export interface StoredControl {
  phase: number;
  status: ControlStatus;
  evidence?: string;
}

/** Records the control states of scan `scanId` (one transaction; a savepoint inside the caller's). */
export function recordControls(db: Db, scanId: number, controls: readonly Pick<ControlResult, 'id' | 'phase' | 'status' | 'evidence'>[]): void {
  const ins = db.prepare('INSERT INTO controls (scan_id, control_id, phase, status, evidence) VALUES (?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (const c of controls) {
      const e = c.evidence[0];
      ins.run(scanId, c.id, c.phase, c.status, e ? (e.line ? `${e.path}:${e.line}` : e.path) : null);
    }
  })();
}

/** The control states of a scan; empty when the scan was recorded without them. */
export function loadControls(db: Db, scanId: number): Record<string, StoredControl> {
  const rows = db.prepare('SELECT control_id, phase, status, evidence FROM controls WHERE scan_id = ? ORDER BY control_id').all(scanId) as Array<Record<string, unknown>>;
  return Object.fromEntries(
    rows.map((r) => [String(r.control_id), { phase: Number(r.phase), status: String(r.status) as ControlStatus, ...(r.evidence === null ? {} : { evidence: String(r.evidence) }) }]),
  );
}
