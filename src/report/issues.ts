/**
 * GitHub issues from the plan's work items (`harden issues`): one issue per item, in an order where every
 * blocker comes before the items it blocks, so that "Blocked by" can name real issue numbers. Pure: the
 * CLI resolves `{{ITEM}}` references to issue numbers and does the filing. Work item text is built from
 * redacted findings only.
 */
import type { Plan, WorkItem } from '../plan/index.js';
import { fmtH } from './markdown-text.js';
import { printable, printableDocument } from '../engine/printable.js';

export interface IssueDraft {
  /** The work item id; also the marker that finds the issue again on a later run. */
  key: string;
  title: string;
  labels: string[];
  /** Markdown; `{{ID}}` stands for the issue number of work item ID. */
  body: string;
  blockedBy: string[];
}

export const ISSUE_LABEL = 'harden';
export const markerOf = (key: string) => `<!-- harden-item: ${key} -->`;
export const MARKER_RE = /<!-- harden-item: ([A-Z]+-\d+) -->/;

export function issueDrafts(plan: Plan): IssueDraft[] {
  return orderByBlockers(plan.items).map((it) => ({
    key: it.id,
    title: printable(`${it.id}: ${it.title}`),
    labels: [ISSUE_LABEL, it.priority, `phase-${it.phase}`, ...new Set(it.rules.map((r) => r.split('/')[0])), `size-${it.size}`],
    body: printableDocument(body(it)),
    blockedBy: it.blockedBy.map((b) => b.id),
  }));
}

function body(it: WorkItem): string {
  const c = it.counts;
  const out = [
    markerOf(it.id),
    `**Phase ${it.phase}** · ${it.priority} · ${fmtH(it.hours)} (${it.size}) · track ${it.track} · rule${it.rules.length === 1 ? '' : 's'} ${it.rules.map((r) => `\`${r}\``).join(', ')}`,
    '',
    '### Current state',
    '',
    `- ${c.occurrences} occurrence${c.occurrences === 1 ? '' : 's'}${c.files ? ` in ${c.files} file${c.files === 1 ? '' : 's'}` : ' (repository-level)'}` +
      (c.inCopies ? `; ${c.effectiveOccurrences} once the copies of duplicated modules are collapsed` : ''),
    ...it.topLocations.map((t) => `- \`${t.path.replace(/`/g, "'")}\`${t.lines.length ? ` line${t.lines.length === 1 ? '' : 's'} ${t.lines.slice(0, 8).join(', ')}` : ''}`),
    '',
    '### Scope of work',
    '',
    ...it.steps.map((s) => `- [ ] ${s}`),
    '',
    `**Testing:** about ${it.testCases} test case${it.testCases === 1 ? '' : 's'}.`,
  ];
  if (it.consolidation) out.push('', `**Effort:** ${fmtH(it.consolidation.before)} before ${it.consolidation.blocker}, ${fmtH(it.consolidation.after)} after (planned ${it.consolidation.chosen}).`);
  out.push('', '### Blocked by', '');
  if (it.blockedBy.length) for (const b of it.blockedBy) out.push(`- [ ] #{{${b.id}}} (${b.id}): ${b.reason}`);
  else out.push('Nothing: can start now.');
  out.push('', '### Done when', '', `\`${it.successCriterion.replace(/ exits 0$/, '')}\` exits 0.`, '', '_Filed by harden from its hardening plan._');
  return out.join('\n');
}

/** Blockers first (Kahn's algorithm over the plan's edges; the plan's own order breaks ties). */
function orderByBlockers(items: readonly WorkItem[]): WorkItem[] {
  const pending = new Map(items.map((i) => [i.id, new Set(i.blockedBy.map((b) => b.id).filter((b) => items.some((x) => x.id === b)))]));
  const out: WorkItem[] = [];
  while (out.length < items.length) {
    const next = items.find((i) => pending.has(i.id) && pending.get(i.id)!.size === 0) ?? items.find((i) => pending.has(i.id))!;
    out.push(next);
    pending.delete(next.id);
    for (const deps of pending.values()) deps.delete(next.id);
  }
  return out;
}

/** The body with `{{ID}}` replaced by issue numbers (an unknown one becomes the item id in plain text). */
export function resolveRefs(text: string, numbers: ReadonlyMap<string, number>): string {
  return text.replace(/#\{\{([A-Z]+-\d+)\}\}/g, (_m, id: string) => (numbers.has(id) ? `#${numbers.get(id)}` : id));
}

function renderDryRunUnguarded(drafts: readonly IssueDraft[], repo: string): string {
  const out = [`${drafts.length} issue${drafts.length === 1 ? '' : 's'} would be filed in ${repo} (dry run):`, ''];
  drafts.forEach((d, i) => {
    out.push(`── ${i + 1}. ${d.title}`, `labels: ${d.labels.join(', ')}`, ...(d.blockedBy.length ? [`blocked by: ${d.blockedBy.join(', ')}`] : []), '', d.body.replace(/#\{\{([A-Z]+-\d+)\}\}/g, '#<$1>'), '');
  });
  return out.join('\n');
}

/** renderDryRun, with no raw control character left in what the repository contributed (engine/printable.ts). */
export function renderDryRun(drafts: readonly IssueDraft[], repo: string): string {
  return printableDocument(renderDryRunUnguarded(drafts, repo));
}
