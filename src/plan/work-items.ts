/**
 * Findings → work items: one item per rule, or per rule and component when the rule spans several large
 * components; counts (after collapsing copies of duplicated modules), top locations, scope of work filled
 * with the repository's own names, testing effort, hours, track, dependencies and a success criterion.
 *
 * Never re-reads code: everything comes from the findings (messages and snippets are already redacted).
 */
import type { Finding, Rule, Severity, Size } from '../rules/types.js';
import { SEVERITIES } from '../rules/types.js';
import { categoryOf, ID_PREFIX, RULE_PLAN, SEVERITY_PRIORITY, type Phase, type Priority } from './catalog.js';
import { CopyIndex, countFindings, DUPLICATED_MODULE, estimate, occurrencesOf, REDUNDANT_IMPLEMENTATIONS, retiredFiles, sizeOf, testCasesFor, type Counts, type Estimate } from './effort.js';
import { KB_EDGES, matchesEnd } from './knowledge-base.js';

/** Split a rule's item per component only when the whole item would be larger than this (hours)… */
export const SPLIT_MIN_HOURS = 12;
/** …and at least two components each hold this many (collapsed) occurrences and this share of the rule's. */
export const SPLIT_MIN_OCCURRENCES = 10;
export const SPLIT_MIN_SHARE = 0.2;
/** Items whose file sets overlap by at least this Jaccard share (shared / union of files) share a track. */
export const TRACK_FILE_OVERLAP = 0.5;

export interface TopLocation {
  path: string;
  count: number;
  lines: number[];
}

export interface Dependency {
  /** Item id of the blocker. */
  id: string;
  reason: string;
  /** 'kb' from the knowledge base; 'consolidation' chosen by the effort model. */
  source: 'kb' | 'consolidation';
}

export interface WorkItem {
  id: string;
  title: string;
  phase: Phase;
  /** The phase the rule's data gives, when the item was pulled earlier because it blocks an earlier item. */
  ownPhase: Phase;
  priority: Priority;
  severity: Severity;
  rules: string[];
  /** For an item planned from a missing control of the readiness checklist (plan/control-items.ts). */
  control?: string;
  component?: string;
  counts: Counts;
  /** Distinct things for grouped rules (secrets, addresses, modules); undefined when not meaningful. */
  distinct?: number;
  topLocations: TopLocation[];
  /** Names from the findings (variables, hosts, services), already redacted. */
  names: string[];
  steps: string[];
  testCases: number;
  hours: number;
  size: Size;
  /** Present when the effort depends on consolidating duplicated modules first. */
  consolidation?: { before: number; after: number; blocker: string; chosen: 'before' | 'after' };
  track: string;
  blockedBy: Dependency[];
  successCriterion: string;
  /** Paths the item touches (for tracks). */
  files: string[];
  /** Fingerprints of the findings the item resolves (progress across scans, `harden status`). */
  fingerprints: string[];
}

interface Draft {
  ruleId: string;
  component?: string;
  findings: Finding[];
  counts: Counts;
  est: Estimate;
  phase: Phase;
  ownPhase: Phase;
  priority: Priority;
  severity: Severity;
  track: string;
  id?: string;
  hours: number;
  consolidation?: WorkItem['consolidation'];
  /** The rule whose item the consolidation waits for (default: duplicated modules). */
  consolidationRule?: string;
}

export interface ItemEdge {
  from: number;
  to: number;
  reason: string;
  source: 'kb' | 'consolidation';
}

export interface BuiltItems {
  items: WorkItem[];
  /** Edges whose addition would have closed a cycle: left out, listed for transparency. */
  skippedEdges: Array<{ from: string; to: string; reason: string }>;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function buildWorkItems(findings: readonly Finding[], rules: readonly Rule[] = []): BuiltItems {
  const ruleMap = new Map(rules.map((r) => [r.id, r]));
  const active = findings.filter((f) => !f.suppressed);
  const copies = new CopyIndex(active);
  const retired = retiredFiles(active);
  const byRule = new Map<string, Finding[]>();
  for (const f of active) {
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }

  const drafts: Draft[] = [];
  for (const ruleId of [...byRule.keys()].sort(cmp)) {
    const list = byRule.get(ruleId)!;
    const collapse = ruleId !== DUPLICATED_MODULE;
    for (const part of splitByComponent(ruleId, list, copies, ruleMap.get(ruleId))) {
      const counts = countFindings(part.findings, copies, collapse, ruleId === REDUNDANT_IMPLEMENTATIONS ? undefined : retired);
      const est = estimate(ruleId, counts, ruleMap.get(ruleId));
      const data = RULE_PLAN[ruleId];
      const severity = maxSeverity(part.findings.map((f) => f.severity));
      const phase = data?.phase ?? defaultPhase(ruleId);
      const baseTrack = data?.track ?? ruleMap.get(ruleId)?.remediation.track ?? categoryOf(ruleId) ?? 'other';
      drafts.push({
        ruleId,
        component: part.component,
        findings: part.findings,
        counts,
        est,
        phase,
        ownPhase: phase,
        priority: data?.priority ?? SEVERITY_PRIORITY[severity],
        severity,
        track: part.component ? `${baseTrack}:${part.component}` : baseTrack,
        hours: est.after,
      });
    }
  }

  const { edges, skipped } = buildEdges(drafts);
  normalisePhases(drafts, edges);
  assignIds(drafts);
  const tracks = assignTracks(drafts);

  const items = drafts.map((d, i): WorkItem => {
    const data = RULE_PLAN[d.ruleId];
    const rule = ruleMap.get(d.ruleId);
    const names = namesOf(d.ruleId, d.findings, copies);
    const top = topLocations(d.findings);
    const components = [...new Set(d.findings.map((f) => f.component))].sort(cmp);
    const fill = (s: string) =>
      s
        .replaceAll('{count}', String(d.counts.occurrences))
        .replaceAll('{fileCount}', String(d.counts.files))
        .replaceAll('{top}', formatTop(top, d.counts.files))
        .replaceAll('{names}', names.length ? names.slice(0, 6).map((n) => `\`${n}\``).join(', ') + (names.length > 6 ? ` and ${names.length - 6} more` : '') : 'the values named in the findings')
        .replaceAll('{components}', components.slice(0, 6).map((c) => `\`${c}\``).join(', ') + (components.length > 6 ? ` and ${components.length - 6} more` : ''))
        .replaceAll('{rule}', d.ruleId);
    const steps = (data?.steps ?? [rule?.docs.fix ?? `Fix each finding of ${d.ruleId} in {top}`]).map(fill);
    const blockedBy = edges
      .filter((e) => e.to === i)
      .map((e) => ({ id: drafts[e.from].id!, reason: e.reason, source: e.source }))
      .sort((a, b) => cmp(a.id, b.id));
    const title = (data?.title ?? rule?.title ?? d.ruleId) + (d.component ? ` (${d.component})` : '');
    const files = [...new Set(d.findings.flatMap((f) => occurrencesOf(f).map((o) => o.path)).filter(Boolean))].sort(cmp);
    return {
      id: d.id!,
      title,
      phase: d.phase,
      ownPhase: d.ownPhase,
      priority: d.priority,
      severity: d.severity,
      rules: [d.ruleId],
      component: d.component,
      counts: d.counts,
      distinct: isGroupedRule(d.findings) ? d.counts.findings : undefined,
      topLocations: top,
      names,
      steps,
      testCases: testCasesFor(d.ruleId, d.counts.effectiveFiles, d.counts.components),
      hours: d.hours,
      size: sizeOf(d.hours),
      consolidation: d.consolidation,
      track: tracks[i],
      blockedBy,
      successCriterion: `harden check${d.component && d.component !== '.' ? ` ${d.component}` : ''} --rule ${d.ruleId} --fail-on info exits 0`,
      files,
      fingerprints: d.findings.map((f) => f.fingerprint).sort(cmp),
    };
  });
  return { items, skippedEdges: skipped.map((e) => ({ from: drafts[e.from].id!, to: drafts[e.to].id!, reason: e.reason })) };
}

/* ------------------------------ splitting per component ------------------------------ */

function splitByComponent(ruleId: string, list: Finding[], copies: CopyIndex, rule?: Rule): Array<{ component?: string; findings: Finding[] }> {
  if (ruleId === DUPLICATED_MODULE) return [{ findings: list }];
  const whole = countFindings(list, copies);
  if (estimate(ruleId, whole, rule).after <= SPLIT_MIN_HOURS) return [{ findings: list }];
  const byComp = new Map<string, Finding[]>();
  for (const f of list) {
    const l = byComp.get(f.component);
    if (l) l.push(f);
    else byComp.set(f.component, [f]);
  }
  const large = [...byComp.entries()]
    .filter(([c, fs]) => {
      const n = countFindings(fs, copies).effectiveOccurrences;
      return c !== '.' && n >= SPLIT_MIN_OCCURRENCES && n >= SPLIT_MIN_SHARE * whole.effectiveOccurrences;
    })
    .map(([c]) => c)
    .sort(cmp);
  if (large.length < 2) return [{ findings: list }];
  const parts: Array<{ component?: string; findings: Finding[] }> = large.map((c) => ({ component: c, findings: byComp.get(c)! }));
  const rest = list.filter((f) => !large.includes(f.component));
  if (rest.length) parts.push({ component: undefined, findings: rest });
  return parts;
}

/* ------------------------------ dependencies ------------------------------ */

function buildEdges(drafts: Draft[]): { edges: ItemEdge[]; skipped: ItemEdge[] } {
  const edges: ItemEdge[] = [];
  const skipped: ItemEdge[] = [];
  const adj: number[][] = drafts.map(() => []);
  const reaches = (a: number, b: number): boolean => {
    const seen = new Set<number>([a]);
    const stack = [a];
    while (stack.length) {
      const n = stack.pop()!;
      if (n === b) return true;
      for (const m of adj[n]) {
        if (seen.has(m)) continue;
        seen.add(m);
        stack.push(m);
      }
    }
    return false;
  };
  const add = (e: ItemEdge): boolean => {
    if (e.from === e.to || adj[e.from].includes(e.to)) return true;
    if (reaches(e.to, e.from)) {
      skipped.push(e);
      return false;
    }
    adj[e.from].push(e.to);
    edges.push(e);
    return true;
  };
  for (const kb of KB_EDGES) {
    drafts.forEach((a, i) => {
      if (!matchesEnd(kb.from, a.ruleId)) return;
      drafts.forEach((b, j) => {
        if (!matchesEnd(kb.to, b.ruleId)) return;
        if (a.component && b.component && a.component !== b.component) return;
        add({ from: i, to: j, reason: kb.reason, source: 'kb' });
      });
    });
  }
  const m = drafts.findIndex((d) => d.ruleId === DUPLICATED_MODULE);
  drafts.forEach((d, i) => {
    if (d.est.before === d.est.after || d.counts.inCopies === 0) {
      d.hours = d.est.after;
      return;
    }
    if (m < 0 || i === m) {
      d.hours = d.est.before;
      return;
    }
    const policy = RULE_PLAN[d.ruleId]?.consolidation ?? 'after';
    if (policy === 'after') {
      const ok = add({
        from: m,
        to: i,
        reason: `${d.est.before} h if done before consolidation, ${d.est.after} h after: the fix is made once in the shared module instead of in every copy`,
        source: 'consolidation',
      });
      d.hours = ok ? d.est.after : d.est.before;
      d.consolidation = { before: d.est.before, after: d.est.after, blocker: '', chosen: ok ? 'after' : 'before' };
    } else {
      add({ from: i, to: m, reason: `cannot wait for consolidation (${d.est.before} h now, ${d.est.after} h after it)`, source: 'consolidation' });
      d.hours = d.est.before;
      d.consolidation = { before: d.est.before, after: d.est.after, blocker: '', chosen: 'before' };
    }
  });
  // Redundant implementations: fixes inside the variants that consolidation deletes are not needed once it is
  // done, so the item waits for it and costs the "after" estimate — unless it cannot wait (policy 'before').
  const r = drafts.findIndex((d) => d.ruleId === REDUNDANT_IMPLEMENTATIONS);
  drafts.forEach((d, i) => {
    if (r < 0 || i === r || i === m || !d.counts.inRetired || d.est.before === d.est.after) return;
    const policy = RULE_PLAN[d.ruleId]?.consolidation ?? 'after';
    if (policy === 'after') {
      const ok = add({
        from: r,
        to: i,
        reason: `${d.est.before} h if done before the redundant implementations are retired, ${d.est.after} h after: the fix is made only in the implementation that is kept`,
        source: 'consolidation',
      });
      d.hours = ok ? d.est.after : d.est.before;
      if (!d.consolidation) {
        d.consolidation = { before: d.est.before, after: d.est.after, blocker: '', chosen: ok ? 'after' : 'before' };
        d.consolidationRule = REDUNDANT_IMPLEMENTATIONS;
      }
    } else {
      add({ from: i, to: r, reason: `cannot wait for the redundant implementations to be retired (${d.est.before} h now, ${d.est.after} h after it)`, source: 'consolidation' });
      d.hours = d.est.before;
      if (!d.consolidation) {
        d.consolidation = { before: d.est.before, after: d.est.after, blocker: '', chosen: 'before' };
        d.consolidationRule = REDUNDANT_IMPLEMENTATIONS;
      }
    }
  });
  return { edges, skipped };
}

/** A blocker never sits in a later phase than what it blocks: it moves up to the earliest dependent's phase. */
function normalisePhases(drafts: Draft[], edges: ItemEdge[]): void {
  const order = topoOrder(drafts.length, edges);
  for (const n of order.reverse()) {
    for (const e of edges) if (e.from === n && drafts[e.to].phase < drafts[n].phase) drafts[n].phase = drafts[e.to].phase;
  }
  // Priority inheritance: a blocker is at least as urgent as what it blocks.
  const rank = (p: Priority) => Number(p.slice(1));
  for (const n of topoOrder(drafts.length, edges).reverse()) {
    for (const e of edges) if (e.from === n && rank(drafts[e.to].priority) < rank(drafts[n].priority)) drafts[n].priority = drafts[e.to].priority;
  }
}

export function topoOrder(n: number, edges: ReadonlyArray<{ from: number; to: number }>): number[] {
  const indeg = new Array<number>(n).fill(0);
  const out: number[][] = Array.from({ length: n }, () => []);
  for (const e of edges) {
    indeg[e.to]++;
    out[e.from].push(e.to);
  }
  const ready = [...Array(n).keys()].filter((i) => indeg[i] === 0);
  const order: number[] = [];
  while (ready.length) {
    ready.sort((a, b) => a - b);
    const i = ready.shift()!;
    order.push(i);
    for (const j of out[i]) if (--indeg[j] === 0) ready.push(j);
  }
  if (order.length !== n) throw new Error('dependency graph has a cycle');
  return order;
}

function assignIds(drafts: Draft[]): void {
  const sorted = [...drafts].sort(
    (a, b) => a.phase - b.phase || cmp(a.priority, b.priority) || cmp(a.ruleId, b.ruleId) || cmp(a.component ?? '\uffff', b.component ?? '\uffff'),
  );
  const next = new Map<string, number>();
  for (const d of sorted) {
    const cat = categoryOf(d.ruleId);
    const prefix = cat ? ID_PREFIX[cat] : 'GEN';
    const n = (next.get(prefix) ?? 0) + 1;
    next.set(prefix, n);
    d.id = `${prefix}-${String(n).padStart(2, '0')}`;
  }
  for (const d of drafts) if (d.consolidation) d.consolidation.blocker = drafts.find((x) => x.ruleId === (d.consolidationRule ?? DUPLICATED_MODULE))?.id ?? '';
}

/**
 * Tracks: items of one component split, or whose file sets have a Jaccard overlap of TRACK_FILE_OVERLAP or more, share a
 * track (one developer does them all). The label joins the members' thematic tracks; repeated labels get a
 * number ("security 2").
 */
function assignTracks(drafts: Draft[]): string[] {
  const parent = drafts.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  // Deleting dead modules and retiring redundant variants touches whole files that many fixes also touch: those
  // items are ordered by their edges and would otherwise chain unrelated tracks through one shared file.
  const bridges = new Set(['maintainability/dead-code', REDUNDANT_IMPLEMENTATIONS]);
  const fileSets = drafts.map((d) => new Set(bridges.has(d.ruleId) ? [] : d.findings.flatMap((f) => occurrencesOf(f).map((o) => o.path)).filter(Boolean)));
  for (let i = 0; i < drafts.length; i++) {
    for (let j = i + 1; j < drafts.length; j++) {
      if (drafts[i].component && drafts[i].component === drafts[j].component) {
        union(i, j);
        continue;
      }
      const [small, big] = fileSets[i].size <= fileSets[j].size ? [fileSets[i], fileSets[j]] : [fileSets[j], fileSets[i]];
      if (!small.size) continue;
      let shared = 0;
      for (const p of small) if (big.has(p)) shared++;
      // Jaccard, not overlap of the smaller set: a 2-file item must not be pulled into the track of a 20-file
      // sweep that happens to touch its files (that chains every item into one developer's track).
      if (shared / (small.size + big.size - shared) >= TRACK_FILE_OVERLAP) union(i, j);
    }
  }
  const names = new Map<number, Set<string>>();
  drafts.forEach((d, i) => {
    const r = find(i);
    const s = names.get(r) ?? new Set<string>();
    s.add(d.track);
    names.set(r, s);
  });
  const label = new Map<number, string>();
  const used = new Map<string, number>();
  drafts.forEach((_, i) => {
    const r = find(i);
    if (label.has(r)) return;
    const base = [...names.get(r)!].sort(cmp).join(' + ');
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    label.set(r, n === 1 ? base : `${base} ${n}`);
  });
  return drafts.map((_, i) => label.get(find(i))!);
}

/* ------------------------------ helpers ------------------------------ */

function maxSeverity(list: Severity[]): Severity {
  return list.reduce((a, b) => (SEVERITIES.indexOf(a) <= SEVERITIES.indexOf(b) ? a : b), 'info' as Severity);
}

function defaultPhase(ruleId: string): Phase {
  switch (categoryOf(ruleId)) {
    case 'security':
      return 1;
    case 'shell':
      return 0;
    case 'reliability':
      return 2;
    case 'config':
    case 'observability':
      return 3;
    case 'ops':
    case 'hygiene':
      return 5;
    default:
      return 6;
  }
}

function isGroupedRule(findings: readonly Finding[]): boolean {
  return findings.some((f) => (f.locations?.length ?? 0) > 1);
}

export function topLocations(findings: readonly Finding[], limit = 5): TopLocation[] {
  const by = new Map<string, number[]>();
  for (const f of findings) {
    for (const o of occurrencesOf(f)) {
      if (!o.path) continue;
      const l = by.get(o.path);
      if (l) l.push(o.line);
      else by.set(o.path, [o.line]);
    }
  }
  return [...by.entries()]
    .map(([path, lines]) => ({ path, count: lines.length, lines: [...new Set(lines)].filter((n) => n > 0).sort((a, b) => a - b) }))
    .sort((a, b) => b.count - a.count || cmp(a.path, b.path))
    .slice(0, limit);
}

function formatTop(top: TopLocation[], files: number): string {
  if (!top.length) return 'the repository';
  const shown = top.slice(0, 3).map((t) => `\`${t.path}\``);
  return shown.join(', ') + (files > shown.length ? ` and ${files - shown.length} more file${files - shown.length === 1 ? '' : 's'}` : '');
}

/** A quoted piece of a message is a name (variable, key, path, flag, option) only when it reads like one, not code. */
const NAME_LIKE = /^[A-Za-z_$@./~-][\w$@.:/~ -]*$/;
const LITERAL_WORDS = new Set(['True', 'False', 'None', 'true', 'false', 'null', 'undefined', 'nil']);
const NAME_RE = /`([^`]{1,60})`|"([^"]{1,60})"|'([^']{1,60})'|\b([A-Z][A-Z0-9]*_[A-Z0-9_]+)\b/g;

/** Names mentioned in the findings' messages (variables, hosts, services …), without redacted values. */
export function namesOf(ruleId: string, findings: readonly Finding[], copies: CopyIndex): string[] {
  if (ruleId === DUPLICATED_MODULE) return copies.groups.map((g) => g.name.split('/').pop()!).filter((v, i, a) => a.indexOf(v) === i);
  if (ruleId === 'hygiene/missing-project-file' || ruleId === 'hygiene/committed-artifact') {
    const fromMsg = extractNames(findings);
    return fromMsg.length ? fromMsg : [...new Set(findings.map((f) => f.path).filter(Boolean))].sort(cmp);
  }
  return extractNames(findings);
}

function extractNames(findings: readonly Finding[]): string[] {
  const counts = new Map<string, number>();
  for (const f of findings) {
    for (const m of f.message.matchAll(NAME_RE)) {
      const v = (m[1] ?? m[2] ?? m[3] ?? m[4]).trim();
      if (!v || v.includes('…') || v.includes('#') || v.includes('*') || !NAME_LIKE.test(v) || LITERAL_WORDS.has(v)) continue;
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).map(([v]) => v);
}
