/**
 * HARDENING.md: the phased plan (SPEC §5). Pure function of the plan; deterministic.
 */
import type { Plan, WorkItem } from '../plan/index.js';
import { cell, cmp, fmtH, num, tick } from './markdown-text.js';
import { printableDocument } from '../engine/printable.js';


export interface PlanMarkdownOptions {
  /** Document title (default "Hardening plan"). */
  title?: string;
  /** Include the per-item backlog details (default true). */
  details?: boolean;
}

function renderPlanMarkdownUnguarded(plan: Plan, opts: PlanMarkdownOptions = {}): string {
  const out: string[] = [];
  const s = plan.schedule;
  const byId = new Map(plan.items.map((i) => [i.id, i]));
  out.push(`# ${opts.title ?? 'Hardening plan'}`, '');
  if (!plan.items.length) {
    out.push('No findings to plan: nothing stands between this repository and production according to the active rules.', '');
    return out.join('\n');
  }
  out.push(
    `${plan.items.length} work items from ${plan.findingsPlanned} findings, ${fmtH(plan.totalHours)} of work. ` +
      `With ${plan.developers} developer${plan.developers === 1 ? '' : 's'} at ${plan.hoursPerDay} h/day: **${s.calendarDays} working day${s.calendarDays === 1 ? '' : 's'}**` +
      (s.developersUsed < plan.developers ? ` (the dependencies and tracks keep ${s.developersUsed} of them busy)` : '') +
      `. Critical path: ${s.criticalPath.join(' → ')} (${fmtH(s.criticalPathHours)}).`,
    '',
  );

  out.push('## Summary by phase', '', '| Phase | Items | Effort | Parallel tracks |', '|---|---:|---:|---:|');
  for (const p of plan.phases) out.push(`| ${p.phase}: ${p.name} | ${p.items} | ${fmtH(p.hours)} | ${p.tracks} |`);
  out.push(`| **Total** | **${plan.items.length}** | **${fmtH(plan.totalHours)}** | |`, '');

  for (const p of plan.phases) {
    const items = plan.items.filter((i) => i.phase === p.phase);
    if (!items.length) continue;
    out.push(`## Phase ${p.phase}: ${p.name}`, '');
    out.push('| ID | Title | Priority | Effort | Track | Blocked by |', '|---|---|---|---|---|---|');
    for (const it of items) {
      out.push(`| ${it.id} | ${cell(it.title)} | ${it.priority} | ${fmtH(it.hours)} (${it.size}) | ${cell(it.track)} | ${it.blockedBy.map((b) => b.id).join(', ') || '—'} |`);
    }
    out.push('');
    const edges = plan.edges.filter((e) => byId.get(e.to)?.phase === p.phase);
    out.push('### Dependencies', '');
    if (edges.length) for (const e of edges) out.push(`- ${e.from} → ${e.to}: ${e.reason}`);
    else out.push('- none: every item of this phase can start at once');
    out.push('');
    if (opts.details !== false) for (const it of items) out.push(...itemDetails(it));
  }

  out.push('## Dependency graph', '', '```mermaid', 'flowchart LR');
  for (const p of plan.phases) {
    const items = plan.items.filter((i) => i.phase === p.phase);
    if (!items.length) continue;
    out.push(`  subgraph P${p.phase}["Phase ${p.phase}: ${mer(p.name)}"]`);
    for (const it of items) out.push(`    ${node(it.id)}["${it.id} ${mer(it.title)} (${fmtH(it.hours)})"]`);
    out.push('  end');
  }
  for (const e of plan.edges) out.push(`  ${node(e.from)} --> ${node(e.to)}`);
  out.push('```', '');

  out.push('## Execution order', '');
  out.push(`| Day | ${Array.from({ length: plan.developers }, (_, d) => `Dev ${d + 1}`).join(' | ')} |`, `|---|${'---|'.repeat(plan.developers)}`);
  s.days.forEach((devs, d) => {
    out.push(`| ${d + 1} | ${devs.map((ids) => (ids.length ? ids.join(', ') : '—')).join(' | ')} |`);
  });
  out.push('');
  out.push('| ID | Developer | Start (h) | End (h) |', '|---|---:|---:|---:|');
  for (const sl of s.slots) out.push(`| ${sl.id} | ${sl.developer} | ${num(sl.start)} | ${num(sl.end)} |`);
  out.push('', `Critical path (${fmtH(s.criticalPathHours)}): ${s.criticalPath.join(' → ')}`, '');

  out.push('## What blocks what', '');
  const blocked = plan.items.filter((i) => i.blockedBy.length);
  if (blocked.length) {
    out.push('| Before starting | Finish first |', '|---|---|');
    for (const it of [...blocked].sort((a, b) => cmp(a.id, b.id))) {
      out.push(`| ${it.id} (${cell(it.title)}) | ${it.blockedBy.map((b) => `${b.id} (${cell(byId.get(b.id)?.title ?? '')})`).join(', ')} |`);
    }
  } else out.push('Nothing: no item waits for another.');
  out.push('');
  if (plan.skippedEdges.length) {
    out.push('Orderings left out because they would have formed a cycle:', '');
    for (const e of plan.skippedEdges) out.push(`- ${e.from} → ${e.to}: ${e.reason}`);
    out.push('');
  }

  out.push('## Items with no dependencies', '');
  const free = plan.items.filter((i) => !i.blockedBy.length);
  for (const it of free) out.push(`- ${it.id}: ${it.title}`);
  out.push('', `${free.length} of ${plan.items.length} items (${Math.round((100 * free.length) / plan.items.length)}%) can start at any time.`, '');

  out.push('## Success criteria per phase', '');
  for (const p of plan.phases) {
    const items = plan.items.filter((i) => i.phase === p.phase);
    if (!items.length) continue;
    out.push(`### Phase ${p.phase} complete`, '');
    for (const it of items) out.push(`- [ ] ${it.id}: \`${it.successCriterion.replace(/ exits 0$/, '')}\` exits 0`);
    out.push('');
  }
  return out.join('\n');
}

function itemDetails(it: WorkItem): string[] {
  const c = it.counts;
  const out = [`### ${it.id}: ${it.title}`, ''];
  out.push(`${it.control ? `Control \`${it.control}\` (readiness checklist)` : `Rule \`${it.rules.join('`, `')}\``} · ${it.priority} · ${fmtH(it.hours)} (${it.size}) · track ${it.track}` + (it.phase !== it.ownPhase ? ` · moved from phase ${it.ownPhase} because later items depend on it` : ''), '');
  out.push('**Current state**', '');
  const parts = [`${c.occurrences} occurrence${c.occurrences === 1 ? '' : 's'}` + (c.files ? ` in ${c.files} file${c.files === 1 ? '' : 's'}` : ' (repository-level)')];
  if (it.distinct !== undefined) parts.push(`${it.distinct} ${DISTINCT[it.rules[0]] ?? 'distinct'}${it.distinct === 1 || !DISTINCT[it.rules[0]] ? '' : 's'}`);
  if (c.components > 1) parts.push(`${c.components} components`);
  if (c.inCopies)
    parts.push(
      `${c.inCopies} inside copies of duplicated modules: ${c.effectiveOccurrences} occurrence${c.effectiveOccurrences === 1 ? '' : 's'} in ${c.effectiveFiles} file${c.effectiveFiles === 1 ? '' : 's'} once the copies are collapsed`,
    );
  out.push(`- ${parts.join(', ')}`);
  if (it.names.length) out.push(`- Named: ${it.names.slice(0, 8).map((n) => `\`${tick(n)}\``).join(', ')}${it.names.length > 8 ? ` and ${it.names.length - 8} more` : ''}`);
  for (const t of it.topLocations) {
    out.push(`- \`${tick(t.path)}\`${t.lines.length ? ` line${t.lines.length === 1 ? '' : 's'} ${t.lines.slice(0, 8).join(', ')}${t.lines.length > 8 ? ' …' : ''}` : ''}${t.count > 1 ? ` (${t.count})` : ''}`);
  }
  out.push('', '**Scope of work**', '');
  it.steps.forEach((st, i) => out.push(`${i + 1}. ${st}`));
  out.push('', `**Testing effort:** about ${it.testCases} test case${it.testCases === 1 ? '' : 's'}.`, '');
  if (it.consolidation) {
    out.push(
      `**Effort:** ${fmtH(it.consolidation.before)} if done before ${it.consolidation.blocker}, ${fmtH(it.consolidation.after)} after; planned ${it.consolidation.chosen} (${fmtH(it.hours)}).`,
      '',
    );
  }
  out.push(`**Blocked by:** ${it.blockedBy.length ? it.blockedBy.map((b) => `${b.id} (${b.reason})`).join('; ') : 'nothing'}`, '');
  out.push(`**Done when:** \`${it.successCriterion.replace(/ exits 0$/, '')}\` exits 0`, '');
  return out;
}

const DISTINCT: Record<string, string> = {
  'security/hardcoded-secret': 'distinct secret',
  'config/hardcoded-ip': 'distinct address',
  'maintainability/duplicated-module': 'duplicated module',
};
const mer = (s: string) => s.replace(/"/g, '#quot;').replace(/[\r\n]+/g, ' ');
const node = (id: string) => id.replace(/[^A-Za-z0-9]/g, '_');

/** renderPlanMarkdown, with no raw control character left in what the repository contributed (engine/printable.ts). */
export function renderPlanMarkdown(plan: Plan, opts: PlanMarkdownOptions = {}): string {
  return printableDocument(renderPlanMarkdownUnguarded(plan, opts));
}
