/**
 * The plan API: `buildPlan(scan, {devs, hoursPerDay})` turns a scan into work items, dependency edges and a
 * schedule. Pure: no I/O, never re-reads code. Reporters (src/report/plan-*.ts) render the returned `Plan`.
 */
import type { ScanResult } from '../engine/scan.js';
import type { Finding, Rule } from '../rules/types.js';
import { PHASE_NAMES, type Phase } from './catalog.js';
import { schedule, type Schedule } from './schedule.js';
import { buildWorkItems, type WorkItem } from './work-items.js';
import { controlItems } from './control-items.js';
import type { Control, ControlResult } from '../readiness/types.js';

export type { WorkItem, Dependency, TopLocation } from './work-items.js';
export type { Schedule, Slot } from './schedule.js';
export { PHASE_NAMES } from './catalog.js';

export interface PlanOptions {
  /** Developers (default 3). */
  devs?: number;
  /** Working hours per developer per day (default 6). */
  hoursPerDay?: number;
  /** The readiness checklist: missing controls without a rule become work items (plan/control-items.ts). */
  controls?: { results: readonly ControlResult[]; catalogue: readonly Control[] };
}

export interface PlanEdge {
  from: string;
  to: string;
  reason: string;
  source: 'kb' | 'consolidation';
}

export interface PhaseSummary {
  phase: Phase;
  name: string;
  items: number;
  hours: number;
  /** Distinct tracks among the phase's items. */
  tracks: number;
}

export interface Plan {
  developers: number;
  hoursPerDay: number;
  items: WorkItem[];
  edges: PlanEdge[];
  /** KB or consolidation edges left out because they would have closed a cycle. */
  skippedEdges: Array<{ from: string; to: string; reason: string }>;
  phases: PhaseSummary[];
  schedule: Schedule;
  totalHours: number;
  findingsPlanned: number;
}

export const DEFAULT_DEVS = 3;
export const DEFAULT_HOURS_PER_DAY = 6;

/** Builds the plan from a scan result (only `findings` and `rules` are read). */
export function buildPlan(scan: Pick<ScanResult, 'findings'> & { rules?: readonly Rule[] }, opts: PlanOptions = {}): Plan {
  return buildPlanFromFindings(scan.findings, scan.rules ?? [], opts);
}

export function buildPlanFromFindings(findings: readonly Finding[], rules: readonly Rule[], opts: PlanOptions = {}): Plan {
  const devs = opts.devs ?? DEFAULT_DEVS;
  const hoursPerDay = opts.hoursPerDay ?? DEFAULT_HOURS_PER_DAY;
  const built = buildWorkItems(findings, rules);
  if (opts.controls) built.items.push(...controlItems(opts.controls.results, opts.controls.catalogue, built.items));
  const items = [...built.items].sort((a, b) => a.phase - b.phase || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const edges: PlanEdge[] = items
    .flatMap((it) => it.blockedBy.map((b) => ({ from: b.id, to: it.id, reason: b.reason, source: b.source })))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
  const sched = schedule(
    items.map((it) => ({ id: it.id, hours: it.hours, track: it.track, blockedBy: it.blockedBy.map((b) => b.id), priority: it.priority, phase: it.phase })),
    devs,
    hoursPerDay,
  );
  const phases: PhaseSummary[] = PHASE_NAMES.map((name, p) => {
    const list = items.filter((it) => it.phase === p);
    return { phase: p as Phase, name, items: list.length, hours: sum(list.map((i) => i.hours)), tracks: new Set(list.map((i) => i.track)).size };
  });
  return {
    developers: devs,
    hoursPerDay,
    items,
    edges,
    skippedEdges: built.skippedEdges,
    phases,
    schedule: sched,
    totalHours: sum(items.map((i) => i.hours)),
    findingsPlanned: findings.filter((f) => !f.suppressed).length,
  };
}

function sum(xs: number[]): number {
  return Math.round(xs.reduce((a, b) => a + b, 0) * 100) / 100;
}
