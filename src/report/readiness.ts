/**
 * Readiness checklist reporters: `harden readiness --format text|md|json`, the "Readiness checklist" section
 * of AUDIT.md and of harden-report.html. Pure functions of the evaluated checklist. Paths come from the
 * scanned repository: escaped for Markdown cells/code spans and for HTML; evidence descriptions are harden's
 * own words.
 */
import type { ControlResult, Evidence, Readiness } from '../readiness/types.js';
import type { ReadinessScore } from '../readiness/score.js';
import type { ControlProgress } from '../readiness/progress.js';
import { cell, code } from './markdown-text.js';
import { printableDocument, printableJson } from '../engine/printable.js';

export type ReadinessFormat = 'text' | 'md' | 'json';

const MARK: Record<ControlResult['status'], string> = { done: '✅', partial: '🟡', missing: '❌', 'n/a': '➖' };
const TEXT_MARK: Record<ControlResult['status'], string> = { done: '[x]', partial: '[~]', missing: '[ ]', 'n/a': '[-]' };
const STATE_MARK: Record<string, string> = { complete: '✅', 'in progress': '🟡', 'not started': '❌', 'not applicable': '➖' };

const where = (e: Evidence) => (e.line ? `${e.path}:${e.line}` : e.path);

/**
 * What the row says after the title: evidence, what is missing, why not applicable, contradicting findings.
 * `loc` formats a location, `t` any other text (both escape for the output format).
 */
function detail(c: ControlResult, loc: (s: string) => string, t: (s: string) => string = (s) => s): string {
  const ev = c.evidence.slice(0, 3).map((e) => `${loc(where(e))} ${t(`(${e.what})`)}`).join(', ');
  const contra = c.contradictedBy.slice(0, 3).map((f) => `${t(f.ruleId)} at ${loc(f.line ? `${f.path}:${f.line}` : f.path || '(repository)')}`).join(', ');
  switch (c.status) {
    case 'done':
      return ev;
    case 'partial':
      return `${ev}${ev ? ' — ' : ''}missing: ${t(c.missing ?? '?')}${contra ? `; see ${contra}` : ''}`;
    case 'missing':
      return `${t(c.missing ?? 'not found')}${contra ? `; see ${contra}` : ''}`;
    default:
      return `not applicable: ${t(c.why ?? '')}`;
  }
}

export function renderReadiness(r: Readiness, score: ReadinessScore, format: ReadinessFormat, rootName: string): string {
  const text = renderReadinessUnguarded(r, score, format, rootName);
  // Paths and names come from the scanned repository: no control characters reach the terminal or the file.
  return format === 'json' ? printableJson(text) : printableDocument(text);
}

function renderReadinessUnguarded(r: Readiness, score: ReadinessScore, format: ReadinessFormat, rootName: string): string {
  if (format === 'json') return `${JSON.stringify({ root: rootName, score, phases: r.phases, controls: r.controls, profile: r.profile }, null, 2)}\n`;
  if (format === 'md') return [`# Readiness checklist: ${rootName}`, '', ...readinessMarkdown(r, score, 2)].join('\n');
  const out: string[] = [`harden readiness: ${rootName}`, ''];
  out.push(`Readiness ${score.score}/100, grade ${score.grade} (${score.label}) = 0.6 × findings health ${score.health} + 0.4 × controls ${score.controls}.`, '');
  for (const ph of r.phases) {
    out.push(`Phase ${ph.phase} — ${ph.name}: ${ph.state} (${ph.percent}%; ${ph.done} done, ${ph.partial} partial, ${ph.missing} missing, ${ph.notApplicable} n/a)`);
    for (const c of r.controls.filter((x) => x.phase === ph.phase)) {
      out.push(`  ${TEXT_MARK[c.status]} ${c.id.padEnd(38)} ${c.title}`);
      const d = detail(c, (s) => s);
      if (d) out.push(`      ${d}`);
    }
    out.push('');
  }
  out.push('[x] done  [~] partial  [ ] missing  [-] not applicable', '');
  return out.join('\n');
}

/** The checklist as Markdown under a heading of the given level (AUDIT.md uses 2). */
export function readinessMarkdown(r: Readiness, score: ReadinessScore, level = 2): string[] {
  const h = '#'.repeat(level);
  const out: string[] = [`${h} Readiness checklist`, ''];
  out.push(
    `Readiness **${score.score}/100, grade ${score.grade}** = 0.6 × findings health (${score.health}) + 0.4 × controls in place (${score.controls}: done = 1, partial = ½, over the applicable controls).`,
    '',
    '| Phase | State | Done | Partial | Missing | N/A |',
    '|---|---|---:|---:|---:|---:|',
  );
  for (const ph of r.phases) out.push(`| ${ph.phase}: ${ph.name} | ${STATE_MARK[ph.state]} ${ph.state} (${ph.percent}%) | ${ph.done} | ${ph.partial} | ${ph.missing} | ${ph.notApplicable} |`);
  out.push('');
  for (const ph of r.phases) {
    out.push(`${h}# Phase ${ph.phase} — ${ph.name} (${ph.state})`, '', '| | Control | Evidence / what is missing |', '|---|---|---|');
    for (const c of r.controls.filter((x) => x.phase === ph.phase)) {
      out.push(`| ${MARK[c.status]} | ${cell(c.title)} ${code(c.id)} | ${cell(detail(c, code, (s) => s.replace(/[<>`*_[\]]/g, (ch) => `\\${ch}`)))} |`);
    }
    out.push('');
  }
  return out;
}

/** The checklist as an HTML section (every repository string through `esc`). */
export function readinessHtml(r: Readiness, score: ReadinessScore, esc: (s: string) => string): string {
  const out: string[] = ['<section id="readiness"><h2>Readiness checklist</h2>'];
  out.push(`<p>Readiness <b>${score.score}/100, grade ${esc(score.grade)}</b> = 0.6 × findings health (${score.health}) + 0.4 × controls in place (${score.controls}).</p>`);
  for (const ph of r.phases) {
    out.push(`<h3>Phase ${ph.phase} — ${esc(ph.name)} <span class="muted">${STATE_MARK[ph.state]} ${esc(ph.state)} · ${ph.percent}%</span></h3>`);
    out.push('<table class="controls"><thead><tr><th></th><th>Control</th><th>Evidence / what is missing</th></tr></thead><tbody>');
    for (const c of r.controls.filter((x) => x.phase === ph.phase)) {
      out.push(`<tr data-status="${esc(c.status)}"><td>${MARK[c.status]}</td><td>${esc(c.title)} <code>${esc(c.id)}</code></td><td>${detail(c, (s) => `<code>${esc(s)}</code>`, esc)}</td></tr>`);
    }
    out.push('</tbody></table>');
  }
  out.push('</section>');
  return out.join('\n');
}

/**
 * The controls part of `harden status`: one line of phases ("Phase 1 ✅ 100% · Phase 2 40% (was 20%)"),
 * then the controls whose status changed since the baseline.
 */
export function statusControlLines(cp: ControlProgress | undefined, md: boolean): string[] {
  if (!cp) return [];
  const out: string[] = [md ? '## Readiness controls' : 'Readiness controls', ''];
  const phase = (p: ControlProgress['phases'][number]) =>
    `Phase ${p.phase}${p.state === 'complete' ? ' ✅' : ''} ${p.after}%${p.before !== p.after ? ` (was ${p.before}%)` : ''}`;
  out.push(`${md ? '' : '  '}${cp.phases.map(phase).join(' · ')}`, '');
  if (md) out.push('| Phase | Controls done | State | Before | Now |', '|---|---:|---|---:|---:|');
  for (const p of cp.phases) {
    out.push(
      md
        ? `| ${p.phase}: ${p.name} | ${p.done}/${p.applicable} | ${STATE_MARK[p.state]} ${p.state} | ${p.before}% | ${p.after}% |`
        : `  ${`${p.phase} ${p.name}`.padEnd(32)} ${p.done}/${p.applicable} done  ${p.state.padEnd(12)} ${p.before}% → ${p.after}%`,
    );
  }
  out.push('');
  const changed = cp.changed.filter((c) => c.before !== 'unknown');
  out.push(changed.length ? `${changed.length} control${changed.length === 1 ? '' : 's'} changed since the baseline:` : 'No control changed since the baseline.');
  for (const c of changed) {
    const at = c.evidence ? ` (${md ? code(c.evidence) : c.evidence})` : '';
    out.push(md ? `- Phase ${c.phase}: ${code(c.id)} ${c.before} → **${c.after}**${at}` : `  phase ${c.phase}  ${c.id.padEnd(38)} ${c.before} → ${c.after}${at}`);
  }
  out.push('');
  return out;
}
