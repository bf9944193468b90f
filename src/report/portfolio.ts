/**
 * `harden portfolio`: one row per repository of a shared history store — its latest scan, readiness score and
 * grade (report/health.ts), the score's trend since the repository's baseline (first recorded scan) and since
 * its previous scan, open P0/P1 work items, distinct hardcoded secrets, copies of duplicated modules, whether
 * its CI runs tests, the readiness controls its latest scan found missing and its least complete phase (when
 * that scan recorded the checklist) — sorted worst first, filtered by grade, rule and name glob. Renderers: Markdown, JSON,
 * CSV here; HTML in report/portfolio-html.ts.
 *
 * Worst first: lowest score; then more open P0, more open P1 items; then the larger drop since the previous
 * scan; then identity. A repository whose latest scan has no readiness metric sorts last.
 */
import { printableDocument, printableJson } from '../engine/printable.js';
import { PHASE_NAMES, type Phase } from '../plan/catalog.js';
import type { ControlCounts, RepositoryFacts } from '../store/portfolio.js';
import { gradeOf, type Grade } from './health.js';
import { cell, code } from './markdown-text.js';
import { csvField } from './plan-csv.js';

export type PortfolioFormat = 'md' | 'json' | 'html' | 'csv';

export interface PortfolioFilters {
  /** Keep these grades only. */
  grades?: readonly Grade[];
  /** Keep repositories whose latest scan has a finding of one of these rules. */
  rules?: readonly string[];
  /** Keep repositories whose name or identity matches this glob (`*` any run of characters, `?` one; case-insensitive). */
  name?: string;
}

export interface PortfolioRow {
  rank: number;
  identity: string;
  name: string;
  remote: string | null;
  scans: number;
  lastScan: { number: number; recordedAt: string; toolVersion: string; command: string };
  score: number | null;
  grade: Grade | null;
  /** Score change since the baseline scan and since the previous scan (null with a single scan). */
  trend: { sinceBaseline: number | null; sincePrevious: number | null };
  findings: number | null;
  findingsTrend: { sinceBaseline: number | null; sincePrevious: number | null };
  openP0: number;
  openP1: number;
  secrets: number | null;
  duplicateCopies: number | null;
  ciPipelines: number | null;
  /** At least one CI pipeline runs tests (null: not measured in this scan). */
  ciTests: boolean | null;
  /** Findings of the latest scan per rule asked for with --rule. */
  ruleFindings: Record<string, number>;
  /** Readiness controls of the latest scan; null when that scan recorded none (docs/readiness.md). */
  controls: PortfolioControls | null;
}

export interface PortfolioControls {
  /** Applicable controls with nothing in place, and those in place in part. */
  missing: number;
  partial: number;
  /**
   * The phase with the lowest share of applicable controls in place ((done + ½ partial) / applicable, as
   * `harden readiness` computes it; the lower phase on a tie); null when every phase is complete.
   */
  leastCompletePhase: { phase: number; name: string; percent: number } | null;
}

export interface Portfolio {
  generatedAt: string;
  store: string;
  filters: PortfolioFilters;
  totals: {
    repositories: number;
    /** Repositories in the store before filtering. */
    inStore: number;
    byGrade: Record<Grade, number>;
    worseSincePrevious: number;
    betterSincePrevious: number;
    openP0: number;
    openP1: number;
    secrets: number;
    withoutTestingCi: number;
    /** Missing controls summed over the repositories whose latest scan recorded them. */
    missingControls: number;
    /** Repositories whose latest scan recorded no readiness controls. */
    withoutControls: number;
  };
  rows: PortfolioRow[];
}

const GRADES: Grade[] = ['A', 'B', 'C', 'D', 'F'];

export function globToRegExp(glob: string): RegExp {
  const body = [...glob].map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\/-]/g, '\\$&'))).join('');
  return new RegExp(`^${body}$`, 'i');
}

const delta = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? null : Math.round((a - b) * 10) / 10);

function controlsOf(phases: Record<number, ControlCounts> | undefined): PortfolioControls | null {
  if (!phases) return null;
  let least: PortfolioControls['leastCompletePhase'] = null;
  let missing = 0;
  let partial = 0;
  for (const [key, c] of Object.entries(phases).sort((a, b) => Number(a[0]) - Number(b[0]))) {
    missing += c.missing;
    partial += c.partial;
    const applicable = c.done + c.partial + c.missing;
    if (!applicable || c.done === applicable) continue;
    const percent = Math.round((100 * (c.done + c.partial / 2)) / applicable);
    const phase = Number(key);
    if (!least || percent < least.percent) least = { phase, name: PHASE_NAMES[phase as Phase] ?? `Phase ${phase}`, percent };
  }
  return { missing, partial, leastCompletePhase: least };
}

function toRow(f: RepositoryFacts): Omit<PortfolioRow, 'rank'> {
  const m = f.latest.metrics;
  const score = m.readiness ?? null;
  return {
    identity: f.identity,
    name: f.name,
    remote: f.remote,
    scans: f.scans,
    lastScan: { number: f.latest.seq, recordedAt: f.latest.recordedAt, toolVersion: f.latest.toolVersion, command: f.latest.command },
    score,
    grade: score === null ? null : gradeOf(score).grade,
    trend: { sinceBaseline: f.scans > 1 ? delta(m.readiness, f.baseline.metrics.readiness) : null, sincePrevious: f.previous ? delta(m.readiness, f.previous.metrics.readiness) : null },
    findings: m.findings ?? null,
    findingsTrend: { sinceBaseline: f.scans > 1 ? delta(m.findings, f.baseline.metrics.findings) : null, sincePrevious: f.previous ? delta(m.findings, f.previous.metrics.findings) : null },
    openP0: f.openItems.P0 ?? 0,
    openP1: f.openItems.P1 ?? 0,
    secrets: m.secrets ?? null,
    duplicateCopies: m.duplicateCopies ?? null,
    ciPipelines: m.ciPipelines ?? null,
    ciTests: m.ciWithTests === undefined ? null : m.ciWithTests > 0,
    ruleFindings: f.ruleFindings,
    controls: controlsOf(f.controls),
  };
}

function worstFirst(a: Omit<PortfolioRow, 'rank'>, b: Omit<PortfolioRow, 'rank'>): number {
  if ((a.score === null) !== (b.score === null)) return a.score === null ? 1 : -1;
  return (
    (a.score ?? 0) - (b.score ?? 0) ||
    b.openP0 - a.openP0 ||
    b.openP1 - a.openP1 ||
    (a.trend.sincePrevious ?? 0) - (b.trend.sincePrevious ?? 0) ||
    (a.identity < b.identity ? -1 : a.identity > b.identity ? 1 : 0)
  );
}

export function buildPortfolio(facts: readonly RepositoryFacts[], filters: PortfolioFilters, meta: { store: string; generatedAt: string }): Portfolio {
  const glob = filters.name ? globToRegExp(filters.name) : undefined;
  const rows = facts
    .map(toRow)
    .filter((r) => !filters.grades?.length || (r.grade !== null && filters.grades.includes(r.grade)))
    .filter((r) => !filters.rules?.length || filters.rules.some((rule) => (r.ruleFindings[rule] ?? 0) > 0))
    .filter((r) => !glob || glob.test(r.name) || glob.test(r.identity))
    .sort(worstFirst)
    .map((r, i) => ({ rank: i + 1, ...r }));
  const byGrade = Object.fromEntries(GRADES.map((g) => [g, rows.filter((r) => r.grade === g).length])) as Record<Grade, number>;
  return {
    generatedAt: meta.generatedAt,
    store: meta.store,
    filters,
    totals: {
      repositories: rows.length,
      inStore: facts.length,
      byGrade,
      worseSincePrevious: rows.filter((r) => (r.trend.sincePrevious ?? 0) < 0).length,
      betterSincePrevious: rows.filter((r) => (r.trend.sincePrevious ?? 0) > 0).length,
      openP0: rows.reduce((n, r) => n + r.openP0, 0),
      openP1: rows.reduce((n, r) => n + r.openP1, 0),
      secrets: rows.reduce((n, r) => n + (r.secrets ?? 0), 0),
      withoutTestingCi: rows.filter((r) => r.ciTests === false).length,
      missingControls: rows.reduce((n, r) => n + (r.controls?.missing ?? 0), 0),
      withoutControls: rows.filter((r) => r.controls === null).length,
    },
    rows,
  };
}

/** `+3`, `-12`, `=`, or `—` when there is nothing to compare with. */
export function signed(d: number | null): string {
  return d === null ? '—' : d === 0 ? '=' : `${d > 0 ? '+' : ''}${d}`;
}

const show = (v: number | null) => (v === null ? '—' : String(v));
const yesNo = (v: boolean | null) => (v === null ? '—' : v ? 'yes' : 'no');
/** `Phase 2 40%`; `complete` when every phase is; `—` when the scan recorded no controls. */
export const leastPhase = (c: PortfolioControls | null) => (c === null ? '—' : c.leastCompletePhase ? `Phase ${c.leastCompletePhase.phase} ${c.leastCompletePhase.percent}%` : 'complete');

/** The table's columns, shared by Markdown, CSV and HTML. */
export function portfolioColumns(p: Portfolio): Array<{ key: string; label: string; value: (r: PortfolioRow) => string; sort: (r: PortfolioRow) => number | string }> {
  const rules = p.filters.rules ?? [];
  return [
    { key: 'rank', label: '#', value: (r) => String(r.rank), sort: (r) => r.rank },
    { key: 'repository', label: 'Repository', value: (r) => r.identity, sort: (r) => r.identity },
    { key: 'grade', label: 'Grade', value: (r) => r.grade ?? '—', sort: (r) => (r.grade ? GRADES.indexOf(r.grade) : 9) },
    { key: 'score', label: 'Score', value: (r) => show(r.score), sort: (r) => r.score ?? 999 },
    { key: 'trendBaseline', label: 'Δ since baseline', value: (r) => signed(r.trend.sinceBaseline), sort: (r) => r.trend.sinceBaseline ?? 0 },
    { key: 'trendPrevious', label: 'Δ since previous', value: (r) => signed(r.trend.sincePrevious), sort: (r) => r.trend.sincePrevious ?? 0 },
    { key: 'findings', label: 'Findings', value: (r) => show(r.findings), sort: (r) => r.findings ?? -1 },
    { key: 'p0', label: 'Open P0', value: (r) => String(r.openP0), sort: (r) => r.openP0 },
    { key: 'p1', label: 'Open P1', value: (r) => String(r.openP1), sort: (r) => r.openP1 },
    { key: 'secrets', label: 'Secrets', value: (r) => show(r.secrets), sort: (r) => r.secrets ?? -1 },
    { key: 'copies', label: 'Duplicate copies', value: (r) => show(r.duplicateCopies), sort: (r) => r.duplicateCopies ?? -1 },
    { key: 'ci', label: 'CI tests', value: (r) => yesNo(r.ciTests), sort: (r) => (r.ciTests === null ? -1 : r.ciTests ? 1 : 0) },
    { key: 'controls', label: 'Missing controls', value: (r) => show(r.controls?.missing ?? null), sort: (r) => r.controls?.missing ?? -1 },
    { key: 'phase', label: 'Least complete phase', value: (r) => leastPhase(r.controls), sort: (r) => (r.controls === null ? 999 : (r.controls.leastCompletePhase?.percent ?? 100)) },
    ...rules.map((rule) => ({ key: `rule:${rule}`, label: rule, value: (r: PortfolioRow) => String(r.ruleFindings[rule] ?? 0), sort: (r: PortfolioRow) => r.ruleFindings[rule] ?? 0 })),
    { key: 'scans', label: 'Scans', value: (r) => String(r.scans), sort: (r) => r.scans },
    { key: 'last', label: 'Last scan', value: (r) => `#${r.lastScan.number} ${r.lastScan.recordedAt.slice(0, 16).replace('T', ' ')}`, sort: (r) => r.lastScan.recordedAt },
  ];
}

export function describeFilters(f: PortfolioFilters): string {
  const parts = [
    f.grades?.length ? `grade ${f.grades.join(', ')}` : '',
    f.rules?.length ? `with findings of ${f.rules.join(', ')}` : '',
    f.name ? `name matching ${f.name}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : 'none';
}

export function summaryLine(p: Portfolio): string {
  const t = p.totals;
  const grades = GRADES.map((g) => `${g} ${t.byGrade[g]}`).join(', ');
  return (
    `${t.repositories} of ${t.inStore} repositories (filters: ${describeFilters(p.filters)}). Grades: ${grades}. ` +
    `${t.worseSincePrevious} worse and ${t.betterSincePrevious} better since their previous scan. ` +
    `Open work items: ${t.openP0} P0, ${t.openP1} P1. Distinct secrets: ${t.secrets}. Without a CI pipeline that runs tests: ${t.withoutTestingCi}. ` +
    `Missing readiness controls: ${t.missingControls}${t.withoutControls ? ` (${t.withoutControls} without a recorded checklist)` : ''}.`
  );
}

export function renderPortfolioMarkdown(p: Portfolio): string {
  const cols = portfolioColumns(p);
  const out = [
    '# Portfolio',
    '',
    `Store: ${code(p.store)} · generated ${p.generatedAt.slice(0, 16).replace('T', ' ')} UTC. Worst first: lowest readiness score, then most open P0 and P1 work items, then the largest drop since the previous scan.`,
    '',
    summaryLine(p),
    '',
  ];
  if (!p.rows.length) return printableDocument(`${out.join('\n')}No repository matches.\n`);
  out.push(`| ${cols.map((c) => c.label).join(' | ')} |`, `|${cols.map((c) => (['repository', 'grade', 'ci', 'phase', 'last'].includes(c.key) ? '---' : '---:')).join('|')}|`);
  for (const r of p.rows) out.push(`| ${cols.map((c) => (c.key === 'repository' ? code(cell(c.value(r))) : cell(c.value(r)))).join(' | ')} |`);
  out.push('', 'Score: the readiness score 0–100 of the latest scan (grades A ≥ 90, B ≥ 75, C ≥ 60, D ≥ 40, F below). Δ: score points since the first recorded scan and since the one before the latest. Open P0/P1: work items of those priorities in the latest plan. Missing controls: readiness controls the latest scan found missing (— when it recorded no checklist); least complete phase: the phase with the lowest share of its applicable controls in place.');
  // A last guard: no raw control character from a repository name survives (engine/printable.ts).
  return printableDocument(`${out.join('\n')}\n`);
}

export function renderPortfolioJson(p: Portfolio): string {
  return printableJson(`${JSON.stringify({ schema: 'harden-portfolio/1', ...p }, null, 2)}\n`);
}

/** CSV (RFC 4180, CRLF). Text cells that a spreadsheet would take for a formula get a leading `'` (csvField). */
export function renderPortfolioCsv(p: Portfolio): string {
  const text = csvField;
  const raw = (v: number | null) => (v === null ? '' : String(v));
  const header = ['rank', 'repository', 'name', 'remote', 'grade', 'score', 'trend_since_baseline', 'trend_since_previous', 'findings', 'open_p0', 'open_p1', 'secrets', 'duplicate_copies', 'ci_tests', 'missing_controls', 'partial_controls', 'least_complete_phase', 'least_complete_phase_percent', ...(p.filters.rules ?? []), 'scans', 'last_scan', 'last_scan_at'];
  const lines = [header.map(text).join(',')];
  for (const r of p.rows) {
    lines.push(
      [
        String(r.rank),
        text(r.identity),
        text(r.name),
        text(r.remote ?? ''),
        r.grade ?? '',
        raw(r.score),
        raw(r.trend.sinceBaseline),
        raw(r.trend.sincePrevious),
        raw(r.findings),
        String(r.openP0),
        String(r.openP1),
        raw(r.secrets),
        raw(r.duplicateCopies),
        r.ciTests === null ? '' : r.ciTests ? 'yes' : 'no',
        raw(r.controls?.missing ?? null),
        raw(r.controls?.partial ?? null),
        raw(r.controls?.leastCompletePhase?.phase ?? null),
        raw(r.controls?.leastCompletePhase?.percent ?? null),
        ...(p.filters.rules ?? []).map((rule) => String(r.ruleFindings[rule] ?? 0)),
        String(r.scans),
        String(r.lastScan.number),
        r.lastScan.recordedAt,
      ].join(','),
    );
  }
  return printableDocument(`${lines.join('\r\n')}\r\n`);
}
