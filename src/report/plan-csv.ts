/**
 * The plan's work items as CSV for Jira/Linear import: Summary, Description, Priority, Labels, Estimate,
 * Blocked By. RFC 4180: CRLF line ends, every field quoted when it holds a comma, quote, CR or LF, quotes
 * doubled. Estimate is in hours; labels are space-separated (phase, category, track).
 */
import type { Plan } from '../plan/index.js';
import { printableDocument } from '../engine/printable.js';

export interface PlanCsvOptions {
  /** Map P0..P3 to tracker priority names (default Jira: Highest, High, Medium, Low). */
  priorities?: Record<string, string>;
}

const JIRA_PRIORITY: Record<string, string> = { P0: 'Highest', P1: 'High', P2: 'Medium', P3: 'Low' };

export const PLAN_CSV_COLUMNS = ['Summary', 'Description', 'Priority', 'Labels', 'Estimate', 'Blocked By'] as const;

function renderPlanCsvUnguarded(plan: Plan, opts: PlanCsvOptions = {}): string {
  const prio = opts.priorities ?? JIRA_PRIORITY;
  const rows: string[][] = [[...PLAN_CSV_COLUMNS]];
  for (const it of plan.items) {
    const c = it.counts;
    const desc = [
      `Current state: ${c.occurrences} occurrence(s) in ${c.files} file(s)` + (it.distinct !== undefined ? `, ${it.distinct} distinct` : '') + (c.inCopies ? `, ${c.inCopies} inside duplicated-module copies` : '') + '.',
      ...it.topLocations.map((t) => `- ${t.path}${t.lines.length ? `:${t.lines.slice(0, 5).join(',')}` : ''}`),
      '',
      'Scope of work:',
      ...it.steps.map((s, i) => `${i + 1}. ${s}`),
      '',
      `Testing: about ${it.testCases} test case(s).`,
      ...(it.consolidation ? [`Effort: ${it.consolidation.before} h before ${it.consolidation.blocker}, ${it.consolidation.after} h after.`] : []),
      `Done when: ${it.successCriterion}`,
    ].join('\n');
    const labels = [`phase-${it.phase}`, ...new Set(it.rules.map((r) => r.split('/')[0])), `track-${it.track.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}`].join(' ');
    rows.push([
      `${it.id}: ${it.title}`,
      desc,
      prio[it.priority] ?? it.priority,
      labels,
      String(it.hours),
      it.blockedBy.map((b) => b.id).join(', '),
    ]);
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * One RFC 4180 field: quoted when it holds a comma, quote, CR or LF (quotes doubled). A field that starts with
 * `=`, `+`, `-`, `@`, TAB or CR is prefixed with `'` so that a spreadsheet shows it as text instead of running it
 * as a formula (OWASP CSV injection); the product's own fields never start with those characters.
 */
export function csvField(v: string): string {
  const text = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** renderPlanCsv, with no raw control character left in what the repository contributed (engine/printable.ts). */
export function renderPlanCsv(plan: Plan, opts: PlanCsvOptions = {}): string {
  return printableDocument(renderPlanCsvUnguarded(plan, opts));
}
