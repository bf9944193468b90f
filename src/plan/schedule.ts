/**
 * List scheduling of work items on N developers working H hours a day.
 *
 * - An item starts only when every blocker has finished.
 * - A track belongs to the developer who starts its first item; the track's other items wait for that
 *   developer (items touching the same files stay with one person).
 * - Among ready items a free developer takes the most urgent: priority (P0 first), then phase, then the
 *   longest remaining dependency chain, then id — deterministic for the same input.
 * - Graham's anomaly: greedy list scheduling can get longer with more machines. The schedule for N developers
 *   is therefore the best of the list schedules with 1…N developers (ties go to more developers), so adding a
 *   developer never makes the plan longer; `developersUsed` says how many the chosen schedule keeps busy.
 *
 * Times are working hours from the plan start; day d covers hours [(d−1)·H, d·H).
 */
export interface SchedItem {
  id: string;
  hours: number;
  track: string;
  blockedBy: readonly string[];
  priority?: string;
  phase?: number;
}

export interface Slot {
  id: string;
  /** 1-based developer. */
  developer: number;
  start: number;
  end: number;
}

export interface Schedule {
  developers: number;
  developersUsed: number;
  hoursPerDay: number;
  slots: Slot[];
  makespan: number;
  calendarDays: number;
  criticalPath: string[];
  criticalPathHours: number;
  /** days[d][dev] = ids worked on by developer dev+1 on day d+1. */
  days: string[][][];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function schedule(items: readonly SchedItem[], developers: number, hoursPerDay: number): Schedule {
  if (!Number.isInteger(developers) || developers < 1) throw new Error(`developers must be a positive integer, got ${developers}`);
  if (!(hoursPerDay > 0)) throw new Error(`hours per day must be positive, got ${hoursPerDay}`);
  const idx = new Map(items.map((it, i) => [it.id, i]));
  for (const it of items) for (const b of it.blockedBy) if (!idx.has(b)) throw new Error(`${it.id} is blocked by unknown item ${b}`);
  const preds = items.map((it) => it.blockedBy.map((b) => idx.get(b)!));
  const succs: number[][] = items.map(() => []);
  preds.forEach((ps, i) => ps.forEach((p) => succs[p].push(i)));
  const order = topo(items.length, preds, succs);
  const bottom = new Array<number>(items.length).fill(0);
  for (const i of [...order].reverse()) bottom[i] = items[i].hours + Math.max(0, ...succs[i].map((s) => bottom[s]));
  const rankOrder = [...items.keys()].sort(
    (a, b) =>
      cmp(items[a].priority ?? 'P9', items[b].priority ?? 'P9') ||
      (items[a].phase ?? 9) - (items[b].phase ?? 9) ||
      bottom[b] - bottom[a] ||
      cmp(items[a].id, items[b].id),
  );

  let best: { slots: Slot[]; makespan: number; k: number } | undefined;
  for (let k = 1; k <= developers; k++) {
    const r = listSchedule(items, preds, rankOrder, k);
    if (!best || r.makespan <= best.makespan + 1e-9) best = { ...r, k };
  }
  const slots = best!.slots.sort((a, b) => a.start - b.start || a.developer - b.developer || cmp(a.id, b.id));
  const makespan = best!.makespan;
  const calendarDays = makespan === 0 ? 0 : Math.ceil(makespan / hoursPerDay - 1e-9);
  const days: string[][][] = Array.from({ length: calendarDays }, () => Array.from({ length: developers }, () => []));
  for (const s of slots) {
    const first = Math.floor(s.start / hoursPerDay + 1e-9);
    const last = Math.ceil(s.end / hoursPerDay - 1e-9) - 1;
    for (let d = first; d <= last && d < calendarDays; d++) days[d][s.developer - 1].push(s.id);
  }
  const cp = criticalPath(items, preds, order);
  return {
    developers,
    developersUsed: new Set(slots.map((s) => s.developer)).size,
    hoursPerDay,
    slots,
    makespan,
    calendarDays,
    criticalPath: cp.path,
    criticalPathHours: cp.hours,
    days,
  };
}

function listSchedule(items: readonly SchedItem[], preds: number[][], rankOrder: number[], k: number): { slots: Slot[]; makespan: number } {
  const finish = new Array<number>(items.length).fill(-1);
  const devFree = new Array<number>(k).fill(0);
  const owner = new Map<string, number>();
  const slots: Slot[] = [];
  let left = items.length;
  let t = 0;
  const done = (i: number) => finish[i] >= 0 && finish[i] <= t + 1e-9;
  while (left > 0) {
    for (let d = 0; d < k; d++) {
      if (devFree[d] > t + 1e-9) continue;
      const pick = rankOrder.find((i) => finish[i] < 0 && preds[i].every(done) && (owner.get(items[i].track) ?? d) === d);
      if (pick === undefined) continue;
      owner.set(items[pick].track, d);
      finish[pick] = t + items[pick].hours;
      devFree[d] = finish[pick];
      slots.push({ id: items[pick].id, developer: d + 1, start: t, end: finish[pick] });
      left--;
    }
    if (left === 0) break;
    const next = Math.min(...devFree.filter((f) => f > t + 1e-9));
    if (!Number.isFinite(next)) throw new Error('scheduler made no progress (cycle in the dependency graph?)');
    t = next;
  }
  return { slots, makespan: Math.max(0, ...slots.map((s) => s.end)) };
}

function topo(n: number, preds: number[][], succs: number[][]): number[] {
  const indeg = preds.map((p) => p.length);
  const ready = [...Array(n).keys()].filter((i) => indeg[i] === 0);
  const order: number[] = [];
  while (ready.length) {
    const i = ready.shift()!;
    order.push(i);
    for (const s of succs[i]) if (--indeg[s] === 0) ready.push(s);
  }
  if (order.length !== n) throw new Error('dependency graph has a cycle');
  return order;
}

/** Longest chain of dependent items by hours (ignoring who does them); ties go to the smaller id. */
function criticalPath(items: readonly SchedItem[], preds: number[][], order: number[]): { path: string[]; hours: number } {
  if (!items.length) return { path: [], hours: 0 };
  const dist = new Array<number>(items.length).fill(0);
  const via = new Array<number>(items.length).fill(-1);
  for (const i of order) {
    let bestP = -1;
    for (const p of preds[i]) if (bestP < 0 || dist[p] > dist[bestP] + 1e-9 || (Math.abs(dist[p] - dist[bestP]) < 1e-9 && cmp(items[p].id, items[bestP].id) < 0)) bestP = p;
    dist[i] = items[i].hours + (bestP >= 0 ? dist[bestP] : 0);
    via[i] = bestP;
  }
  let end = 0;
  for (let i = 1; i < items.length; i++) if (dist[i] > dist[end] + 1e-9 || (Math.abs(dist[i] - dist[end]) < 1e-9 && cmp(items[i].id, items[end].id) < 0)) end = i;
  const path: string[] = [];
  for (let i = end; i >= 0; i = via[i]) path.unshift(items[i].id);
  return { path, hours: dist[end] };
}
