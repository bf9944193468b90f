import { createColors } from 'picocolors';
import type { Finding, Severity } from '../rules/types.js';
import { SEVERITIES } from '../rules/types.js';
import { countBySeverity, type ReportModel } from './model.js';

export interface TextOptions {
  color: boolean;
  /** Show every location of grouped findings (default: first 5). */
  verbose?: boolean;
}

/** Terminal output: grouped by severity then rule, counts per rule, skipped files, one summary line. */
export function textReport(model: ReportModel, opts: TextOptions = { color: false }): string {
  const c = createColors(opts.color);
  const sevColor: Record<Severity, (s: string) => string> = {
    critical: (s) => c.bold(c.red(s)),
    high: c.red,
    medium: c.yellow,
    low: c.cyan,
    info: c.dim,
  };
  const out: string[] = [];
  for (const sev of SEVERITIES) {
    const ofSev = model.findings.filter((f) => f.severity === sev);
    if (!ofSev.length) continue;
    out.push(sevColor[sev](`${sev.toUpperCase()} (${ofSev.length})`));
    const byRule = new Map<string, Finding[]>();
    for (const f of ofSev) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
    for (const [ruleId, list] of [...byRule].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
      out.push(`  ${c.bold(ruleId)} ${c.dim(`× ${list.length}`)}`);
      for (const f of list) {
        const where = f.line > 0 ? `${f.path}:${f.line}:${f.column}` : f.path || '(repository)';
        out.push(`    ${c.underline(where)}  ${f.message}`);
        if (f.snippet) out.push(`      ${c.dim(f.snippet)}`);
        if (f.locations && f.locations.length > 1) {
          const shown = opts.verbose ? f.locations : f.locations.slice(0, 5);
          for (const l of shown) out.push(`      ${c.dim('↳')} ${l.line > 0 ? `${l.path}:${l.line}` : l.path}`);
          if (shown.length < f.locations.length) out.push(`      ${c.dim(`↳ … ${f.locations.length - shown.length} more`)}`);
        }
      }
    }
    out.push('');
  }
  if (model.suppressed.length) {
    out.push(c.dim(`Suppressed (${model.suppressed.length}):`));
    for (const f of model.suppressed) out.push(c.dim(`  ${f.ruleId} ${f.path}:${f.line} — ${f.suppressed?.reason ?? ''}`));
    out.push('');
  }
  if (model.skipped.length) {
    out.push(c.dim(`Skipped (${model.skipped.length}):`));
    for (const s of model.skipped) out.push(c.dim(`  ${s.path} — skipped: ${s.reason}`));
    out.push('');
  }
  const notices = model.notices;
  if (notices.length) {
    out.push(c.dim(`Notices (${notices.length}):`));
    for (const n of notices) out.push(c.dim(`  ${n.path}${n.line ? `:${n.line}` : ''} — ${n.message}`));
    out.push('');
  }
  const counts = countBySeverity(model.findings);
  const parts = SEVERITIES.filter((s) => counts[s]).map((s) => sevColor[s](`${counts[s]} ${s}`));
  const s = model.stats;
  out.push(
    `${c.bold(`${model.findings.length} finding${model.findings.length === 1 ? '' : 's'}`)}${parts.length ? ` (${parts.join(', ')})` : ''}` +
      ` in ${s.filesAnalysed} file${s.filesAnalysed === 1 ? '' : 's'}, ${s.lines.toLocaleString('en-US')} lines` +
      ` · ${model.suppressed.length} suppressed · ${model.skipped.length} skipped${s.filesExcluded ? ` · ${s.filesExcluded} excluded by config` : ''} · ${(s.durationMs / 1000).toFixed(2)} s`,
  );
  return `${out.join('\n')}\n`;
}
