import type { HistoryStore } from './history.js';

/**
 * What `harden portfolio` reads from a store: per repository its baseline (first), previous and latest scan,
 * with the metrics, the open P0/P1 work items of the latest plan, the readiness control states of the latest scan
 * (when it recorded them) and, when asked, the latest findings of some rules. Six statements whatever the
 * number of repositories (joins on each repository's scan counter:
 * scans are numbered 1…n per repository, so the latest is n, the previous n − 1, the baseline 1).
 */
export interface ScanFacts {
  seq: number;
  recordedAt: string;
  toolVersion: string;
  command: string;
  metrics: Record<string, number>;
}

export interface RepositoryFacts {
  identity: string;
  name: string;
  remote: string | null;
  scans: number;
  baseline: ScanFacts;
  previous?: ScanFacts;
  latest: ScanFacts;
  /** Work items of the latest plan by priority (P0, P1; a work item of the latest plan is open). */
  openItems: Record<string, number>;
  /** Findings of the latest scan per rule, for the rules asked for. */
  ruleFindings: Record<string, number>;
  /**
   * Readiness controls of the latest scan, counted per phase and status (store migration 3); undefined when
   * that scan was recorded without them (an older harden, or a command that does not evaluate the checklist).
   */
  controls?: Record<number, ControlCounts>;
}

export interface ControlCounts {
  done: number;
  partial: number;
  missing: number;
  notApplicable: number;
}

/** The metrics the portfolio shows (plan/metrics.ts keys). */
const KEYS = ['readiness', 'findings', 'findings.critical', 'findings.high', 'secrets', 'duplicateCopies', 'ciPipelines', 'ciWithTests'];
const PRIORITIES = ['P0', 'P1'];

const TRIPLE = 'JOIN repositories r ON r.id = s.repository_id WHERE (s.seq = 1 OR s.seq = r.scans - 1 OR s.seq = r.scans)';
const LATEST = 'JOIN repositories r ON r.id = s.repository_id WHERE s.seq = r.scans';

export function loadPortfolioFacts(store: HistoryStore, rules: readonly string[] = []): Promise<RepositoryFacts[]> {
  // One snapshot: a scan committed by a concurrent writer is seen by all six statements or by none.
  return store.db.transaction(() => load(store, rules), { snapshot: true });
}

async function load(store: HistoryStore, rules: readonly string[]): Promise<RepositoryFacts[]> {
  const db = store.db;
  const repos = await db.query('SELECT id, identity, name, remote, scans FROM repositories WHERE scans > 0');
  const scans = await db.query(`SELECT s.id, s.repository_id, s.seq, s.recorded_at, s.tool_version, s.command FROM scans s ${TRIPLE}`);
  const metrics = await db.query(
    `SELECT m.scan_id, m.key, m.value FROM metrics m JOIN scans s ON s.id = m.scan_id ${TRIPLE} AND m.key IN (${KEYS.map(() => '?').join(', ')})`,
    KEYS,
  );
  const items = await db.query(
    `SELECT s.repository_id, i.priority, COUNT(*) AS n FROM items i JOIN scans s ON s.id = i.scan_id ${LATEST} AND i.priority IN (${PRIORITIES.map(() => '?').join(', ')}) GROUP BY s.repository_id, i.priority`,
    PRIORITIES,
  );
  const controls = await db.query(
    `SELECT s.repository_id, c.phase, c.status, COUNT(*) AS n FROM controls c JOIN scans s ON s.id = c.scan_id ${LATEST} GROUP BY s.repository_id, c.phase, c.status`,
  );
  const byRule = rules.length
    ? await db.query(
        `SELECT s.repository_id, f.rule_id, COUNT(*) AS n FROM findings f JOIN scans s ON s.id = f.scan_id ${LATEST} AND f.rule_id IN (${rules.map(() => '?').join(', ')}) GROUP BY s.repository_id, f.rule_id`,
        [...rules],
      )
    : [];

  const metricsOf = new Map<number, Record<string, number>>();
  for (const m of metrics) {
    const id = Number(m.scan_id);
    const rec = metricsOf.get(id) ?? {};
    rec[String(m.key)] = Number(m.value);
    metricsOf.set(id, rec);
  }
  const scansOf = new Map<number, Map<number, ScanFacts>>();
  for (const s of scans) {
    const repo = Number(s.repository_id);
    const m = scansOf.get(repo) ?? new Map<number, ScanFacts>();
    m.set(Number(s.seq), {
      seq: Number(s.seq),
      recordedAt: String(s.recorded_at),
      toolVersion: String(s.tool_version),
      command: String(s.command),
      metrics: metricsOf.get(Number(s.id)) ?? {},
    });
    scansOf.set(repo, m);
  }
  const countsOf = (rows: typeof items, key: string) => {
    const out = new Map<number, Record<string, number>>();
    for (const r of rows) {
      const rec = out.get(Number(r.repository_id)) ?? {};
      rec[String(r[key])] = Number(r.n);
      out.set(Number(r.repository_id), rec);
    }
    return out;
  };
  const itemsOf = countsOf(items, 'priority');
  const rulesOf = countsOf(byRule, 'rule_id');
  const controlsOf = new Map<number, Record<number, ControlCounts>>();
  for (const c of controls) {
    const repo = Number(c.repository_id);
    const phases = controlsOf.get(repo) ?? {};
    const counts = (phases[Number(c.phase)] ??= { done: 0, partial: 0, missing: 0, notApplicable: 0 });
    const status = String(c.status);
    const key = status === 'n/a' ? 'notApplicable' : status === 'done' || status === 'partial' || status === 'missing' ? status : undefined;
    if (key) counts[key] += Number(c.n);
    controlsOf.set(repo, phases);
  }

  const out: RepositoryFacts[] = [];
  for (const r of repos) {
    const id = Number(r.id);
    const n = Number(r.scans);
    const s = scansOf.get(id);
    const latest = s?.get(n);
    const baseline = s?.get(1);
    if (!latest || !baseline) continue; // a repository row whose first scan is not committed yet
    out.push({
      identity: String(r.identity),
      name: String(r.name),
      remote: r.remote === null || r.remote === undefined ? null : String(r.remote),
      scans: n,
      baseline,
      previous: n > 1 ? s?.get(n - 1) : undefined,
      latest,
      openItems: { P0: 0, P1: 0, ...itemsOf.get(id) },
      ruleFindings: Object.fromEntries(rules.map((rule) => [rule, rulesOf.get(id)?.[rule] ?? 0])),
      ...(controlsOf.has(id) ? { controls: controlsOf.get(id) } : {}),
    });
  }
  return out;
}
