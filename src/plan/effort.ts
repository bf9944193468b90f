/**
 * The effort model — the only place where sizes become hours (see docs/effort-model.md).
 *
 *   hours = min(cap, base + perOccurrence × (occurrences − 1) + perFile × (files − 1))
 *
 * rounded to the half hour (at least 0.5 h). Counts are taken after copies of duplicated modules are
 * collapsed: a finding inside a folder (or file) that `maintainability/duplicated-module` reports as a copy
 * counts once per distinct copied file, however many copies hold it. Both estimates — on the raw counts
 * ("before consolidation") and on the collapsed counts ("after") — are kept so the plan can show them and
 * pick the cheaper order.
 *
 * Parameters come from the plan's calibrated per-rule table (catalog.ts `RULE_PLAN`); a rule the table does
 * not know falls back to its own `remediation` block, its size converted by `SIZE_HOURS`.
 */
import type { Finding, Remediation, Rule, Size } from '../rules/types.js';
import { RULE_PLAN, type EffortParams, type TestParams } from './catalog.js';

export const DUPLICATED_MODULE = 'maintainability/duplicated-module';
export const REDUNDANT_IMPLEMENTATIONS = 'maintainability/redundant-implementations';

/**
 * Files that retiring redundant implementations deletes: every member of a
 * `maintainability/redundant-implementations` family except the one kept (the finding's own path). Findings
 * inside them need no fix once the family is consolidated, so they leave the "after" counts.
 */
export function retiredFiles(findings: readonly Finding[]): Set<string> {
  const out = new Set<string>();
  for (const f of findings) {
    if (f.ruleId !== REDUNDANT_IMPLEMENTATIONS || f.suppressed) continue;
    for (const l of f.locations ?? []) if (l.path && l.path !== f.path) out.add(l.path);
  }
  return out;
}

/** Representative hours of a size, used only for rules without calibrated parameters. */
export const SIZE_HOURS: Record<Size, number> = { XS: 0.5, S: 2, M: 4.5, L: 9, XL: 16 };

/** XS < 1 h, S 1–3 h, M over 3 up to 6 h, L over 6 up to 12 h, XL over 12 h. */
export function sizeOf(hours: number): Size {
  if (hours < 1) return 'XS';
  if (hours <= 3) return 'S';
  if (hours <= 6) return 'M';
  if (hours <= 12) return 'L';
  return 'XL';
}

export function roundHours(h: number): number {
  return Math.max(0.5, Math.round(h * 2) / 2);
}

const DEFAULT_CAP = 40;
const DEFAULT_TESTS: TestParams = { base: 1, perFile: 0.2, perComponent: 0, cap: 8 };

export function effortParams(ruleId: string, rule?: Pick<Rule, 'remediation'>): EffortParams {
  const data = RULE_PLAN[ruleId];
  if (data) return data.effort;
  const r: Remediation | undefined = rule?.remediation;
  if (!r) return { base: SIZE_HOURS.S, perOccurrence: 0.1, perFile: 0.1, cap: DEFAULT_CAP };
  return { base: SIZE_HOURS[r.effort], perOccurrence: r.perExtraOccurrence ?? 0, perFile: r.perFile ?? 0, cap: r.cap ?? DEFAULT_CAP };
}

export function hoursFor(p: EffortParams, occurrences: number, files: number): number {
  const raw = p.base + p.perOccurrence * Math.max(0, occurrences - 1) + p.perFile * Math.max(0, files - 1);
  return roundHours(Math.min(p.cap, raw));
}

export function testCasesFor(ruleId: string, files: number, components: number): number {
  const p = RULE_PLAN[ruleId]?.tests ?? DEFAULT_TESTS;
  return Math.min(p.cap, Math.round(p.base + p.perFile * files + p.perComponent * components));
}

/* ------------------------------ copies of duplicated modules ------------------------------ */

export interface CopyGroup {
  /** The copied module as reported (its first location). */
  name: string;
  /** Every copy: a folder or a file path. */
  roots: string[];
}

/**
 * Where the copies are: each `maintainability/duplicated-module` finding's path and `locations` are copies of
 * one module (folders or files). A path inside several copies (a copy nested in another copy) belongs to the
 * innermost one.
 */
export class CopyIndex {
  readonly groups: CopyGroup[];
  private readonly roots: Array<{ root: string; group: number }>;

  constructor(findings: readonly Finding[]) {
    this.groups = [];
    for (const f of findings) {
      if (f.ruleId !== DUPLICATED_MODULE) continue;
      const roots = [...new Set([f.path, ...(f.locations ?? []).map((l) => l.path)].filter(Boolean).map(trimSlash))].sort();
      if (roots.length < 2) continue;
      this.groups.push({ name: roots[0], roots });
    }
    this.groups.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    this.roots = this.groups.flatMap((g, i) => g.roots.map((root) => ({ root, group: i }))).sort((a, b) => b.root.length - a.root.length);
    // A root listed by two groups keeps the first, as the ordered scan of `roots` did.
    for (const r of this.roots) if (!this.rootIndex.has(r.root)) this.rootIndex.set(r.root, r.group);
  }
  private readonly rootIndex = new Map<string, number>();

  get empty(): boolean {
    return this.groups.length === 0;
  }

  /**
   * The copy a path lies in (innermost), or undefined: the path and its ancestor folders, longest first,
   * looked up among the roots — O(depth) per path instead of O(copies), memoised (items ask for the same
   * paths many times).
   */
  copyOf(path: string): { group: number; rel: string } | undefined {
    if (this.memo.has(path)) return this.memo.get(path);
    let found: { group: number; rel: string } | undefined;
    for (let p = path; p; ) {
      const group = this.rootIndex.get(p);
      if (group !== undefined) {
        found = { group, rel: p === path ? '' : path.slice(p.length + 1) };
        break;
      }
      const slash = p.lastIndexOf('/');
      p = slash === -1 ? '' : p.slice(0, slash);
    }
    this.memo.set(path, found);
    return found;
  }
  private readonly memo = new Map<string, { group: number; rel: string } | undefined>();

  /** The key a path counts under once copies are collapsed: all copies of one file share it. */
  collapsedKey(path: string): string {
    const c = this.copyOf(path);
    return c ? `\0copy:${c.group}:${c.rel}` : path;
  }

  /** How many files the copies hold among `paths` (for messages). */
  total(): number {
    return this.groups.reduce((n, g) => n + g.roots.length, 0);
  }
}

function trimSlash(p: string): string {
  return p.endsWith('/') ? p.slice(0, -1) : p;
}

/* ------------------------------ counting an item's findings ------------------------------ */

export interface Occurrence {
  path: string;
  line: number;
}

/** Every place a finding points at (a grouped finding has one per location). */
export function occurrencesOf(f: Finding): Occurrence[] {
  if (f.locations?.length) return f.locations.map((l) => ({ path: l.path, line: l.line }));
  return [{ path: f.path, line: f.line }];
}

export interface Counts {
  /** Findings after grouping: for grouped rules, the distinct things (secrets, addresses, modules). */
  findings: number;
  occurrences: number;
  files: number;
  components: number;
  /** Occurrences lying inside copies of duplicated modules. */
  inCopies: number;
  /** After collapsing copies: each copied file counts once. */
  effectiveOccurrences: number;
  effectiveFiles: number;
  /** Occurrences in redundant implementations that consolidation retires (absent from the effective counts). */
  inRetired?: number;
}

export function countFindings(findings: readonly Finding[], copies: CopyIndex, collapse = true, retired?: ReadonlySet<string>): Counts {
  const files = new Set<string>();
  const comps = new Set<string>();
  const effOcc = new Set<string>();
  const effFiles = new Set<string>();
  let occurrences = 0;
  let inCopies = 0;
  let inRetired = 0;
  for (const f of findings) {
    comps.add(f.component);
    for (const o of occurrencesOf(f)) {
      occurrences++;
      if (o.path) files.add(o.path);
      if (retired?.has(o.path)) {
        inRetired++;
        continue;
      }
      const key = collapse ? copies.collapsedKey(o.path) : o.path;
      if (key !== o.path) inCopies++;
      if (o.path) effFiles.add(key);
      effOcc.add(`${key}\0${o.line}\0${f.ruleId}`);
    }
  }
  return {
    findings: findings.length,
    occurrences,
    files: files.size,
    components: comps.size,
    inCopies,
    effectiveOccurrences: effOcc.size,
    effectiveFiles: effFiles.size,
    ...(inRetired ? { inRetired } : {}),
  };
}

export interface Estimate {
  /** Hours on the raw counts: the fix is applied in every copy. */
  before: number;
  /** Hours on the collapsed counts: the fix is applied once in the shared module. */
  after: number;
}

export function estimate(ruleId: string, counts: Counts, rule?: Pick<Rule, 'remediation'>): Estimate {
  const p = effortParams(ruleId, rule);
  // Repo-level findings have no file: they count as one place.
  return {
    before: hoursFor(p, counts.occurrences, Math.max(1, counts.files)),
    after: hoursFor(p, counts.effectiveOccurrences, Math.max(1, counts.effectiveFiles)),
  };
}
