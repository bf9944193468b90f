import type { Plan } from '../plan/index.js';
import type { SnapshotFinding, SnapshotItem } from '../plan/progress.js';
import type { Finding, Severity } from '../rules/types.js';
import type { Db } from './db.js';

/** What is recorded about a scan besides its findings, items and metrics. */
interface ScanMeta {
  recordedAt: string;
  rootName: string;
  toolVersion: string;
  command: string;
  files: number;
  lines: number;
}

export interface ScanRecord extends ScanMeta {
  id: number;
  rules: string[];
}

/** The progress model's shapes (plan/progress.ts) plus what the store keeps beside them. */
export interface StoredFinding extends SnapshotFinding {
  severity: Severity;
  category: string;
  component: string;
}

export interface StoredItem extends SnapshotItem {
  component?: string;
}

export interface StoredScan {
  scan: ScanRecord;
  findings: StoredFinding[];
  items: StoredItem[];
  metrics: Record<string, number>;
}

export interface RecordInput extends ScanMeta {
  rules: readonly string[];
  findings: readonly Finding[];
  plan: Plan;
  metrics: Record<string, number>;
}

/** Records one scan in a single transaction (all of it or nothing); returns its id. */
export function recordScan(db: Db, r: RecordInput): number {
  const insScan = db.prepare('INSERT INTO scans (recorded_at, root_name, tool_version, command, files, lines, rules) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insFinding = db.prepare(
    'INSERT OR IGNORE INTO findings (scan_id, fingerprint, rule_id, severity, category, path, line, component, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insItem = db.prepare('INSERT INTO items (scan_id, item_id, title, phase, priority, hours, rules, component, fingerprints) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const insMetric = db.prepare('INSERT INTO metrics (scan_id, key, value) VALUES (?, ?, ?)');
  return db.transaction(() => {
    const id = Number(insScan.run(r.recordedAt, r.rootName, r.toolVersion, r.command, r.files, r.lines, JSON.stringify([...r.rules])).lastInsertRowid);
    for (const f of r.findings) insFinding.run(id, f.fingerprint, f.ruleId, f.severity, f.category, f.path, f.line, f.component, f.message);
    for (const it of r.plan.items) {
      insItem.run(id, it.id, it.title, it.phase, it.priority, it.hours, JSON.stringify(it.rules), it.component ?? null, JSON.stringify(it.fingerprints));
    }
    for (const [k, v] of Object.entries(r.metrics)) insMetric.run(id, k, v);
    return id;
  })();
}

export function listScans(db: Db): ScanRecord[] {
  const rows = db.prepare('SELECT id, recorded_at, root_name, tool_version, command, files, lines, rules FROM scans ORDER BY id').all() as Array<Record<string, unknown>>;
  return rows.map((r) => ({
    id: Number(r.id),
    recordedAt: String(r.recorded_at),
    rootName: String(r.root_name),
    toolVersion: String(r.tool_version),
    command: String(r.command),
    files: Number(r.files),
    lines: Number(r.lines),
    rules: JSON.parse(String(r.rules)) as string[],
  }));
}

export function loadScan(db: Db, id: number): StoredScan | undefined {
  const scan = listScans(db).find((s) => s.id === id);
  if (!scan) return undefined;
  const findings = (db.prepare('SELECT * FROM findings WHERE scan_id = ? ORDER BY path, line, rule_id, fingerprint').all(id) as Array<Record<string, unknown>>).map(
    (r): StoredFinding => ({
      fingerprint: String(r.fingerprint),
      ruleId: String(r.rule_id),
      severity: String(r.severity) as Severity,
      category: String(r.category),
      path: String(r.path),
      line: Number(r.line),
      component: String(r.component),
      message: String(r.message),
    }),
  );
  const items = (db.prepare('SELECT * FROM items WHERE scan_id = ? ORDER BY phase, item_id').all(id) as Array<Record<string, unknown>>).map(
    (r): StoredItem => ({
      id: String(r.item_id),
      title: String(r.title),
      phase: Number(r.phase),
      priority: String(r.priority),
      hours: Number(r.hours),
      rules: JSON.parse(String(r.rules)) as string[],
      component: r.component === null ? undefined : String(r.component),
      fingerprints: JSON.parse(String(r.fingerprints)) as string[],
    }),
  );
  const metrics = Object.fromEntries(
    (db.prepare('SELECT key, value FROM metrics WHERE scan_id = ?').all(id) as Array<{ key: string; value: number }>).map((m) => [m.key, m.value]),
  );
  return { scan, findings, items, metrics };
}
