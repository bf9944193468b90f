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
  /**
   * The work item's stable identity (its rules and scope, see `itemIdentity`): the marker that finds the
   * issue again on a later run, whatever short id (`SEC-02`) the item has in that run's plan.
   */
  key: string;
  /** The short id people read (`SEC-02`); it may change between scans. */
  id: string;
  title: string;
  labels: string[];
  /** Markdown; `#{{KEY}}` stands for the issue number of the work item with identity KEY. */
  body: string;
  /** Identities of the blocking items. */
  blockedBy: string[];
}

export const ISSUE_LABEL = 'harden';

/**
 * A work item's identity across scans: the rules it resolves and its scope (the component it is split by,
 * `.` for the whole repository), e.g. `security/hardcoded-secret@.` or `reliability/bare-except@services%2Fbilling`.
 * The scope is percent-encoded, so a folder name from the repository cannot end the HTML comment it sits in.
 * Items with no rule behind them (readiness controls) fall back to their id.
 */
export function itemIdentity(it: Pick<WorkItem, 'id' | 'rules' | 'component'>): string {
  if (!it.rules.length) return `item:${encodeURIComponent(it.id)}`;
  return `${[...it.rules].sort().join('+')}@${encodeURIComponent(it.component ?? '.')}`;
}

export const markerOf = (key: string) => `<!-- harden-item: ${key} -->`;
/** Finds the marker in an issue body (identities have no spaces, `<`, `>` or `-->`). */
export const MARKER_RE = /<!-- harden-item: ([^\s<>]+) -->/;

/**
 * The labels of a work item's issue, the same in AUDIT.md ("Issues to create") and on GitHub: `harden`,
 * the priority, the phase, each rule category, the size.
 */
export function issueLabels(it: Pick<WorkItem, 'priority' | 'phase' | 'rules' | 'size'>): string[] {
  return [ISSUE_LABEL, it.priority, `phase-${it.phase}`, ...new Set(it.rules.map((r) => r.split('/')[0])), `size-${it.size}`];
}

export function issueDrafts(plan: Plan): IssueDraft[] {
  const keyOf = new Map(plan.items.map((it) => [it.id, itemIdentity(it)]));
  return orderByBlockers(plan.items).map((it) => ({
    key: keyOf.get(it.id)!,
    id: it.id,
    title: printable(`${it.id}: ${it.title}`),
    labels: issueLabels(it),
    body: printableDocument(body(it, keyOf)),
    blockedBy: it.blockedBy.map((b) => keyOf.get(b.id) ?? b.id),
  }));
}

function body(it: WorkItem, keyOf: ReadonlyMap<string, string>): string {
  const c = it.counts;
  const out = [
    markerOf(keyOf.get(it.id)!),
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
  if (it.blockedBy.length) for (const b of it.blockedBy) out.push(`- [ ] #{{${keyOf.get(b.id) ?? b.id}}} (${b.id}): ${b.reason}`);
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

/** The body with `#{{KEY}}` replaced by issue numbers (an unknown one becomes the short id that follows it). */
export function resolveRefs(text: string, numbers: ReadonlyMap<string, number>): string {
  return text.replace(/#\{\{([^\s{}]+)\}\}( \(([A-Z]+-\d+)\))?/g, (_m, key: string, tail: string | undefined, id: string | undefined) =>
    numbers.has(key) ? `#${numbers.get(key)}${tail ?? ''}` : (id ?? key),
  );
}

function renderDryRunUnguarded(drafts: readonly IssueDraft[], repo: string): string {
  const out = [`${drafts.length} issue${drafts.length === 1 ? '' : 's'} would be filed in ${repo} (dry run):`, ''];
  const idOf = new Map(drafts.map((d) => [d.key, d.id]));
  drafts.forEach((d, i) => {
    out.push(
      `── ${i + 1}. ${d.title}`,
      `labels: ${d.labels.join(', ')}`,
      ...(d.blockedBy.length ? [`blocked by: ${d.blockedBy.map((k) => idOf.get(k) ?? k).join(', ')}`] : []),
      '',
      d.body.replace(/#\{\{([^\s{}]+)\}\}/g, (_m, key: string) => `#<${idOf.get(key) ?? key}>`),
      '',
    );
  });
  return out.join('\n');
}

/** renderDryRun, with no raw control character left in what the repository contributed (engine/printable.ts). */
export function renderDryRun(drafts: readonly IssueDraft[], repo: string): string {
  return printableDocument(renderDryRunUnguarded(drafts, repo));
}
