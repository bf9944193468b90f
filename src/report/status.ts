/**
 * `harden status` reporters (text for the terminal, Markdown, JSON): per phase a progress bar (work items
 * resolved / total, findings fixed / total), per work item its state, the before-vs-after metrics, what is
 * new since the last scan, and the readiness score with its grade (the formula of report/health.ts).
 */
import type { Progress } from '../plan/progress.js';
import { gradeOf } from './health.js';
import { cell, code, fmtH } from './markdown-text.js';
import { statusControlLines } from './readiness.js';
import { printableDocument, printableJson } from '../engine/printable.js';

export type StatusFormat = 'text' | 'md' | 'json';

function bar(done: number, total: number, width = 20): string {
  const filled = total ? Math.round((done / total) * width) : width;
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
}

const pct = (done: number, total: number) => `${total ? Math.round((done / total) * 100) : 100}%`;

function delta(m: Progress['metrics'][number]): string {
  if (m.before === undefined || m.after === undefined) return '';
  const d = m.after - m.before;
  if (d === 0) return '=';
  const good = m.better === 'lower' ? d < 0 : d > 0;
  return `${d > 0 ? '+' : ''}${Math.round(d * 10) / 10} ${good ? '✓' : '✗'}`;
}

const num = (v: number | undefined) => (v === undefined ? '—' : String(Math.round(v * 10) / 10));

function renderStatusUnguarded(p: Progress, format: StatusFormat, rootName: string): string {
  if (format === 'json') return `${JSON.stringify({ root: rootName, ...p, readiness: readiness(p) }, null, 2)}\n`;
  const md = format === 'md';
  const out: string[] = [];
  const r = readiness(p);
  const resolved = p.items.filter((i) => i.state === 'resolved').length;
  out.push(md ? `# Status: ${rootName}` : `harden status: ${rootName}`, '');
  out.push(
    `Scan #${p.latest.id} (${p.latest.recordedAt.slice(0, 16).replace('T', ' ')}) against baseline #${p.baseline.id} (${p.baseline.recordedAt.slice(0, 16).replace('T', ' ')}).`,
    `Readiness: ${md ? '**' : ''}${r.score}/100, grade ${r.grade}${md ? '**' : ''} (${r.label}). Work items resolved: ${resolved}/${p.items.length}; ${fmtH(p.hoursDone)} of ${fmtH(p.hoursTotal)} done.`,
    '',
  );
  out.push(md ? '## Progress by phase' : 'Progress by phase', '');
  if (md) out.push('| Phase | Items resolved | Findings fixed | |', '|---|---:|---:|---|');
  for (const ph of p.phases) {
    const line = `${bar(ph.findingsFixed, ph.findings)} ${pct(ph.findingsFixed, ph.findings)}`;
    out.push(
      md
        ? `| ${ph.phase}: ${ph.name} | ${ph.itemsResolved}/${ph.items} | ${ph.findingsFixed}/${ph.findings} | \`${line}\` |`
        : `  ${`${ph.phase} ${ph.name}`.padEnd(32)} ${line}  items ${ph.itemsResolved}/${ph.items}, findings fixed ${ph.findingsFixed}/${ph.findings}`,
    );
  }
  out.push('', ...statusControlLines(p.controls, md));
  out.push(md ? '## Work items' : 'Work items', '');
  if (md) out.push('| ID | Title | State | Findings left | Effort |', '|---|---|---|---:|---:|');
  for (const it of p.items) {
    out.push(
      md
        ? `| ${it.id} | ${cell(it.title)} | ${it.state} | ${it.remaining}/${it.findings} | ${fmtH(it.hours)} |`
        : `  ${it.id.padEnd(8)} ${it.state.padEnd(12)} ${`${it.remaining}/${it.findings} left`.padEnd(12)} ${it.title}`,
    );
  }
  out.push('', md ? '## Before and after' : 'Before → after', '');
  if (md) out.push('| Metric | Before | After | Change |', '|---|---:|---:|---|');
  for (const m of p.metrics) {
    if (m.before === undefined && m.after === undefined) continue;
    out.push(md ? `| ${m.label} | ${num(m.before)} | ${num(m.after)} | ${delta(m)} |` : `  ${m.label.padEnd(30)} ${num(m.before).padStart(6)} → ${num(m.after).padEnd(6)} ${delta(m)}`);
  }
  out.push('', md ? '## Since the last scan' : 'Since the last scan', '');
  if (!p.previous) out.push('This is the first scan after the baseline.');
  else {
    out.push(`${p.fixedSinceLast} fixed, ${p.newSinceLast.length} new (scan #${p.previous.id} → #${p.latest.id}).`);
    for (const f of p.newSinceLast.slice(0, 50)) {
      const where = f.path ? (f.line ? `${f.path}:${f.line}` : f.path) : '(repository)';
      out.push(md ? `- ${code(f.ruleId)} ${code(where)} — ${cell(f.message)}` : `  new: ${f.ruleId} ${where} — ${f.message}`);
    }
    if (p.newSinceLast.length > 50) out.push(`  … ${p.newSinceLast.length - 50} more`);
  }
  out.push(`${p.newSinceBaseline} finding${p.newSinceBaseline === 1 ? '' : 's'} in this scan did not exist at the baseline (outside the plan).`, '');
  return out.join('\n');
}

function readiness(p: Progress): { score: number; grade: string; label: string } {
  const score = p.metrics.find((m) => m.key === 'readiness')?.after ?? 0;
  return { score, ...gradeOf(score) };
}

/** renderStatus, with no raw control character left in what the repository contributed (engine/printable.ts). */
export function renderStatus(p: Progress, format: StatusFormat, rootName: string): string {
  const text = renderStatusUnguarded(p, format, rootName);
  return format === 'json' ? printableJson(text) : printableDocument(text);
}
