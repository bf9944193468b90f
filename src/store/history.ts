import { randomUUID } from 'node:crypto';
import type { Plan } from '../plan/index.js';
import type { SnapshotFinding, SnapshotItem } from '../plan/progress.js';
import type { Finding, Severity } from '../rules/types.js';
import type { ControlResult, ControlStatus } from '../readiness/types.js';
import type { RepoIdentity } from './identity.js';
import type { Row, SqlDriver } from './sql.js';

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
  /** Store-wide id (unique across repositories). */
  id: number;
  /** The scan's number in its repository: 1, 2, … (what `harden status` shows and `--since` takes). */
  seq: number;
  repositoryId: number;
  uid: string | null;
  rules: string[];
}

export interface RepositoryRecord {
  id: number;
  identity: string;
  name: string;
  remote: string | null;
  createdAt: string;
  /** Scans recorded (the last scan's seq). */
  scans: number;
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

/** A readiness control's state in a scan (table `controls`, migration 3): phase, status, first evidence `path:line`. */
export interface StoredControl {
  phase: number;
  status: ControlStatus;
  evidence?: string;
}

export interface StoredScan {
  scan: ScanRecord;
  findings: StoredFinding[];
  items: StoredItem[];
  metrics: Record<string, number>;
  /** Readiness control states by id; empty when the scan was recorded without them. */
  controls: Record<string, StoredControl>;
}

export interface RecordInput extends ScanMeta {
  rules: readonly string[];
  findings: readonly Finding[];
  plan: Pick<Plan, 'items'>;
  metrics: Record<string, number>;
  /** Idempotency key (default: a random UUID): recording the same uid twice keeps one scan. */
  uid?: string;
  /** Readiness control states, recorded in the scan's transaction. */
  controls?: readonly Pick<ControlResult, 'id' | 'phase' | 'status' | 'evidence'>[];
}

const SCAN_COLUMNS = 'id, recorded_at, root_name, tool_version, command, files, lines, rules, repository_id, seq, uid';

/**
 * The history store over either backend (store/sql.ts): the same statements, the same schema
 * (store/migrations.ts). Every method is one statement or one transaction.
 */
export class HistoryStore {
  constructor(
    readonly db: SqlDriver,
    /** The location as it may be shown (password redacted). */
    readonly where: string,
  ) {}

  get backend() {
    return this.db.dialect;
  }

  /**
   * The repository row for an identity, created when missing (`INSERT … ON CONFLICT DO NOTHING` on the unique
   * identity, then a read: two processes creating the same repository at once get the same row). The first
   * scan under a real identity adopts the scans recorded before repositories existed (`legacy:NAME`). With
   * `ownStore` (a repository's own DIR/.harden/history.db) a store holding one other repository is this
   * repository under an earlier identity (a remote added or renamed since): it is adopted too.
   */
  async ensureRepository(repo: RepoIdentity, opts: { now?: string; ownStore?: boolean } = {}): Promise<RepositoryRecord> {
    const now = opts.now ?? new Date().toISOString();
    const found = await this.findRepository(repo, { legacy: false });
    if (found) return found;
    const adopted = await this.db.transaction(async () => {
      const legacy = await this.db.query('UPDATE repositories SET identity = ?, remote = ? WHERE identity = ? RETURNING *', [
        repo.identity,
        repo.remote ?? null,
        `legacy:${repo.name}`,
      ]);
      if (legacy[0] || !opts.ownStore) return legacy[0];
      const all = await this.db.query('SELECT id FROM repositories');
      if (all.length !== 1) return undefined;
      const [sole] = await this.db.query('UPDATE repositories SET identity = ?, name = ?, remote = ? WHERE id = ? RETURNING *', [repo.identity, repo.name, repo.remote ?? null, all[0].id]);
      return sole;
    }, { exclusive: true }).catch(() => undefined); // another process adopted it first: the read below finds it
    if (adopted) return toRepository(adopted);
    await this.db.query('INSERT INTO repositories (identity, name, remote, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (identity) DO NOTHING', [
      repo.identity,
      repo.name,
      repo.remote ?? null,
      now,
    ]);
    const row = await this.findRepository(repo, { legacy: false });
    if (!row) throw new Error(`repository ${repo.identity} vanished while being created`);
    return row;
  }

  /** The repository of an identity (or, with `legacy`, the pre-repository scans of the same name). */
  async findRepository(repo: Pick<RepoIdentity, 'identity' | 'name'>, opts: { legacy?: boolean; ownStore?: boolean } = {}): Promise<RepositoryRecord | undefined> {
    const [row] = await this.db.query('SELECT * FROM repositories WHERE identity = ?', [repo.identity]);
    if (row) return toRepository(row);
    if (opts.legacy === false) return undefined;
    const [old] = await this.db.query('SELECT * FROM repositories WHERE identity = ?', [`legacy:${repo.name}`]);
    if (old) return toRepository(old);
    if (!opts.ownStore) return undefined;
    const all = await this.db.query('SELECT * FROM repositories');
    return all.length === 1 ? toRepository(all[0]) : undefined;
  }

  async listRepositories(): Promise<RepositoryRecord[]> {
    return (await this.db.query('SELECT * FROM repositories ORDER BY identity')).map(toRepository);
  }

  /**
   * Records one scan in a single transaction (all of it or nothing): the scan row, its findings, work items
   * and metrics under the new scan id, then the repository's counter is incremented and gives the scan its
   * number. The counter's row lock orders concurrent scans of one repository and is taken last, so that it is
   * held for two statements and the commit, not for the whole write. Returns the scan's id and its number in
   * the repository. A uid already recorded returns that scan instead of a second copy.
   */
  async recordScan(repo: RepoIdentity, r: RecordInput, opts: { ownStore?: boolean } = {}): Promise<{ id: number; seq: number; repositoryId: number }> {
    const repository = await this.ensureRepository(repo, { now: r.recordedAt, ownStore: opts.ownStore });
    const uid = r.uid ?? randomUUID();
    return this.db.transaction(
      async () => {
        const [scan] = await this.db.query<{ id: number }>(
          'INSERT INTO scans (recorded_at, root_name, tool_version, command, files, lines, rules, repository_id, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO NOTHING RETURNING id',
          [r.recordedAt, r.rootName, r.toolVersion, r.command, r.files, r.lines, JSON.stringify([...r.rules]), repository.id, uid],
        );
        if (!scan) {
          const [dup] = await this.db.query<{ id: number; seq: number; repository_id: number }>('SELECT id, seq, repository_id FROM scans WHERE uid = ?', [uid]);
          return { id: Number(dup.id), seq: Number(dup.seq), repositoryId: Number(dup.repository_id) };
        }
        const id = Number(scan.id);
        await this.db.insertMany({
          table: 'findings',
          columns: ['scan_id', 'fingerprint', 'rule_id', 'severity', 'category', 'path', 'line', 'component', 'message'],
          types: ['int', 'text', 'text', 'text', 'text', 'text', 'int', 'text', 'text'],
          rows: r.findings.map((f) => [id, f.fingerprint, f.ruleId, f.severity, f.category, f.path, f.line, f.component, f.message]),
          ignoreConflicts: true,
        });
        await this.db.insertMany({
          table: 'items',
          columns: ['scan_id', 'item_id', 'title', 'phase', 'priority', 'hours', 'rules', 'component', 'fingerprints'],
          types: ['int', 'text', 'text', 'int', 'text', 'real', 'text', 'text', 'text'],
          rows: r.plan.items.map((it) => [id, it.id, it.title, it.phase, it.priority, it.hours, JSON.stringify(it.rules), it.component ?? null, JSON.stringify(it.fingerprints)]),
        });
        await this.db.insertMany({
          table: 'metrics',
          columns: ['scan_id', 'key', 'value'],
          types: ['int', 'text', 'real'],
          rows: Object.entries(r.metrics).map(([k, v]) => [id, k, v]),
        });
        await this.db.insertMany({
          table: 'controls',
          columns: ['scan_id', 'control_id', 'phase', 'status', 'evidence'],
          types: ['int', 'text', 'int', 'text', 'text'],
          rows: (r.controls ?? []).map((c) => {
            const e = c.evidence[0];
            return [id, c.id, c.phase, c.status, e ? (e.line ? `${e.path}:${e.line}` : e.path) : null];
          }),
        });
        const [counter] = await this.db.query<{ scans: number }>('UPDATE repositories SET scans = scans + 1 WHERE id = ? RETURNING scans', [repository.id]);
        const seq = Number(counter.scans);
        await this.db.query('UPDATE scans SET seq = ? WHERE id = ?', [seq, id]);
        return { id, seq, repositoryId: repository.id };
      },
      { exclusive: true },
    );
  }

  /** Scans of one repository (or of the whole store), oldest first. */
  async listScans(repositoryId?: number): Promise<ScanRecord[]> {
    const rows =
      repositoryId === undefined
        ? await this.db.query(`SELECT ${SCAN_COLUMNS} FROM scans ORDER BY id`)
        : await this.db.query(`SELECT ${SCAN_COLUMNS} FROM scans WHERE repository_id = ? ORDER BY seq`, [repositoryId]);
    return rows.map(toScan);
  }

  async loadScan(id: number): Promise<StoredScan | undefined> {
    const [row] = await this.db.query(`SELECT ${SCAN_COLUMNS} FROM scans WHERE id = ?`, [id]);
    if (!row) return undefined;
    const findings = (await this.db.query('SELECT * FROM findings WHERE scan_id = ? ORDER BY path, line, rule_id, fingerprint', [id])).map(
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
    const items = (await this.db.query('SELECT * FROM items WHERE scan_id = ? ORDER BY phase, item_id', [id])).map(
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
      (await this.db.query<{ key: string; value: number }>('SELECT key, value FROM metrics WHERE scan_id = ?', [id])).map((m) => [m.key, Number(m.value)]),
    );
    const controls = Object.fromEntries(
      (await this.db.query('SELECT control_id, phase, status, evidence FROM controls WHERE scan_id = ? ORDER BY control_id', [id])).map((c) => [
        String(c.control_id),
        { phase: Number(c.phase), status: String(c.status) as ControlStatus, ...(c.evidence === null || c.evidence === undefined ? {} : { evidence: String(c.evidence) }) },
      ]),
    );
    return { scan: toScan(row), findings, items, metrics, controls };
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

function toRepository(r: Row): RepositoryRecord {
  return {
    id: Number(r.id),
    identity: String(r.identity),
    name: String(r.name),
    remote: r.remote === null || r.remote === undefined ? null : String(r.remote),
    createdAt: String(r.created_at),
    scans: Number(r.scans),
  };
}

function toScan(r: Row): ScanRecord {
  return {
    id: Number(r.id),
    seq: Number(r.seq),
    repositoryId: Number(r.repository_id),
    uid: r.uid === null || r.uid === undefined ? null : String(r.uid),
    recordedAt: String(r.recorded_at),
    rootName: String(r.root_name),
    toolVersion: String(r.tool_version),
    command: String(r.command),
    files: Number(r.files),
    lines: Number(r.lines),
    rules: JSON.parse(String(r.rules)) as string[],
  };
}
