/**
 * AUDIT.md (SPEC §7): executive summary with the health rating, inventory, security audit, codebase audit
 * (duplicated modules, hotspots), the prioritized action plan P0–P3 and the issues to create. A pure function
 * of the scan's report model, its repository facts and the plan; deterministic (the date sits in the header
 * only). Every string from the scanned repository is already redacted by the engine; here it is escaped for
 * Markdown tables and code spans.
 */
import type { Plan, WorkItem } from '../plan/index.js';
import type { Finding, RepoFactsView, Rule } from '../rules/types.js';
import { SEVERITIES } from '../rules/types.js';
import { HEALTH_HALF_POINTS, healthOf, HEALTH_WEIGHTS } from './health.js';
import { cell, cmp, code as codeSpan, fmtH, plural, tick } from './markdown-text.js';
import { countBySeverity, type ReportModel } from './model.js';
import { issueLabels } from './issues.js';
import { readinessMarkdown } from './readiness.js';
import type { Readiness } from '../readiness/types.js';
import type { ReadinessScore } from '../readiness/score.js';
import { printableDocument } from '../engine/printable.js';

export interface AuditInput {
  model: ReportModel;
  facts: RepoFactsView;
  plan: Plan;
  /** The readiness checklist (SPEC §8): rendered as its own section when given. */
  readiness?: { checklist: Readiness; score: ReadinessScore };
}

/** A code span that is safe in a table cell too (GitHub splits cells at a `|` even inside backticks). */
const code = (s: string) => cell(codeSpan(s));

/** Security findings listed one by one per rule; the rest are counted (all of them are in findings.json). */
const MAX_LISTED_PER_RULE = 25;
const HOTSPOTS = 10;
const CODE_LANGS = new Set(['python', 'javascript', 'typescript', 'tsx', 'bash', 'groovy']);

function renderAuditMarkdownUnguarded({ model, facts, plan, readiness }: AuditInput): string {
  const out: string[] = [];
  const rulesById = new Map(model.rules.map((r) => [r.id, r]));
  out.push(`# Audit: ${model.rootName}`, '');
  if (model.generatedAt) out.push(`_${model.tool.name} ${model.tool.version} · ${model.generatedAt.slice(0, 10)}_`, '');
  out.push(...executiveSummary(model, plan, facts), ...inventory(model, facts), ...securityAudit(model, rulesById));
  if (readiness) out.push(...readinessMarkdown(readiness.checklist, readiness.score, 2));
  out.push(...codebaseAudit(model, facts, rulesById), ...otherFindings(model, rulesById), ...actionPlan(plan), ...issuesToCreate(plan));
  out.push(...scanNotes(model));
  return out.join('\n');
}

function executiveSummary(model: ReportModel, plan: Plan, facts: RepoFactsView): string[] {
  const h = healthOf(model.findings);
  const sev = countBySeverity(model.findings);
  const out = ['## Executive summary', ''];
  out.push(`### Overall health: **${h.grade} — ${h.label}** (${h.score}/100)`, '');
  const sevText = SEVERITIES.filter((s) => sev[s]).map((s) => `${sev[s]} ${s}`).join(', ');
  out.push(
    `${plural(model.findings.length, 'finding')}${sevText ? ` (${sevText})` : ''} in ${plural(model.stats.filesAnalysed, 'analysed file')} ` +
      `(${model.stats.lines.toLocaleString('en-US')} lines, ${plural(facts.components.length, 'component')}). ` +
      (plan.items.length
        ? `The plan groups them into ${plural(plan.items.length, 'work item')}, ${fmtH(plan.totalHours)} of work: ${plan.schedule.calendarDays} working days for ${plural(plan.developers, 'developer')}.`
        : 'Nothing to plan.'),
    '',
  );
  if (h.penalties.length) {
    out.push(
      `Rating: 100 × ${HEALTH_HALF_POINTS} ÷ (${HEALTH_HALF_POINTS} + points), where each rule costs its severity weight × (1 + log2 of its findings) (${SEVERITIES.filter((s) => HEALTH_WEIGHTS[s].weight)
        .map((s) => `${s} ${HEALTH_WEIGHTS[s].weight}`)
        .join(', ')}); A ≥ 90, B ≥ 75, C ≥ 60, D ≥ 40, F below. Largest penalties in points: ` +
        h.penalties
          .slice(0, 5)
          .map((p) => `${code(p.ruleId)} −${p.points}`)
          .join(', ') +
        '.',
      '',
    );
  }
  const critical = plan.items.filter((i) => i.priority === 'P0' || i.severity === 'critical');
  out.push('### Critical issues requiring immediate action', '');
  if (!critical.length) out.push('None: no critical finding and no P0 work item.', '');
  else {
    critical.forEach((it, i) => out.push(`${i + 1}. **${it.priority} — ${it.title}** (${it.id}): ${stateLine(it)}`));
    out.push('');
  }
  out.push('### Top 5 highest-impact improvements', '');
  const top = [...plan.items].sort((a, b) => impact(b) - impact(a) || cmp(a.id, b.id)).slice(0, 5);
  if (!top.length) out.push('None.', '');
  else {
    top.forEach((it, i) => out.push(`${i + 1}. **${it.title}** (${it.id}, ${fmtH(it.hours)}): ${stateLine(it)}`));
    out.push('', '_Impact = findings resolved × severity weight ÷ hours (the work items that remove the most risk per hour first)._', '');
  }
  return out;
}

function impact(it: WorkItem): number {
  const w = HEALTH_WEIGHTS[it.severity].weight || 0.1;
  return (Math.min(it.counts.findings, 10) * w) / Math.max(it.hours, 0.5);
}

function stateLine(it: WorkItem): string {
  const c = it.counts;
  const where = it.topLocations
    .slice(0, 3)
    .map((t) => code(t.lines.length ? `${t.path}:${t.lines[0]}` : t.path))
    .join(', ');
  const what = `${plural(c.occurrences, 'occurrence')}${c.files ? ` in ${plural(c.files, 'file')}` : ''}`;
  return `${what}${where ? ` — ${where}${it.topLocations.length > 3 ? ' …' : ''}` : ''}`;
}

function inventory(model: ReportModel, facts: RepoFactsView): string[] {
  const out = ['## Inventory', ''];
  out.push('### Components', '');
  if (!facts.components.length) out.push('One component: the repository root.', '');
  else {
    out.push('| Component | Why | Files | Source files | Test files |', '|---|---|---:|---:|---:|');
    for (const c of facts.components) out.push(`| ${code(c.path)} | ${cell(c.reason)} | ${c.files} | ${c.productFiles} | ${c.testFiles} |`);
    out.push('');
  }

  out.push('### Languages', '', '| Language | Files | Lines |', '|---|---:|---:|');
  const langs = new Map<string, { files: number; lines: number }>();
  for (const f of facts.files) {
    const l = langs.get(f.lang) ?? { files: 0, lines: 0 };
    l.files++;
    l.lines += f.lines;
    langs.set(f.lang, l);
  }
  for (const [lang, l] of [...langs.entries()].sort((a, b) => b[1].lines - a[1].lines || cmp(a[0], b[0]))) {
    out.push(`| ${lang} | ${l.files} | ${l.lines.toLocaleString('en-US')} |`);
  }
  out.push('');

  if (facts.compose.length) {
    out.push('### Services (compose)', '');
    out.push('| Service | File | Image / build | Ports | Volumes | Privileged | Healthcheck | Limits | Restart |', '|---|---|---|---|---|---|---|---|---|');
    for (const s of facts.compose) {
      const image = s.image ? code(s.image) : s.build ? `build ${code(s.buildContext ?? '.')}` : '—';
      out.push(
        `| ${cell(tick(s.name))} | ${code(`${s.file}:${s.line}`)} | ${image} | ${list(s.ports)} | ${list(s.volumes)} | ${s.privileged ? '**yes**' : 'no'} | ${s.hasHealthcheck && !s.healthcheckDisabled ? 'yes' : '**no**'} | ${s.hasLimits ? 'yes' : '**no**'} | ${s.restart ? code(s.restart) : '—'} |`,
      );
    }
    out.push('');
  }
  if (facts.k8s?.length) {
    out.push('### Kubernetes workloads', '', '| Workload | File | Containers | Probes | Limits |', '|---|---|---|---|---|');
    for (const w of facts.k8s) {
      const cs = w.containers.filter((c) => !c.init);
      out.push(
        `| ${cell(`${w.kind}/${w.name}`)} | ${code(`${w.file}:${w.line}`)} | ${cs.map((c) => code(c.image ?? c.name)).join(', ') || '—'} | ${cs.every((c) => c.hasLiveness || c.hasReadiness) ? 'yes' : '**missing**'} | ${cs.every((c) => c.hasLimits) ? 'yes' : '**missing**'} |`,
      );
    }
    out.push('');
  }
  if (facts.dockerfiles.length) {
    out.push('### Dockerfiles', '', '| Dockerfile | Base images | User | Healthcheck |', '|---|---|---|---|');
    for (const d of facts.dockerfiles) {
      out.push(`| ${code(d.file)} | ${d.baseImages.map((b) => code(b.image)).join(', ') || '—'} | ${d.user ? code(d.user) : '**root** (no USER)'} | ${d.hasHealthcheck ? 'yes' : 'no'} |`);
    }
    out.push('');
  }
  out.push(...entryPoints(facts));
  const cron = facts.cron ?? [];
  const units = facts.systemd ?? [];
  if (cron.length || units.length) {
    out.push('### Scheduled jobs and units', '');
    if (cron.length) {
      out.push('| Schedule | Command | Where |', '|---|---|---|');
      for (const c of cron) out.push(`| ${code(c.schedule)} | ${code(c.command.slice(0, 160))}${c.user ? ` as ${code(c.user)}` : ''} | ${code(`${c.file}:${c.line}`)} |`);
      out.push('');
    }
    if (units.length) {
      out.push('| Unit | Description | ExecStart | User | Restart / schedule |', '|---|---|---|---|---|');
      for (const u of units) {
        out.push(
          `| ${code(u.file)} | ${cell(tick(u.description ?? '—'))} | ${u.execStart ? code(u.execStart.slice(0, 160)) : '—'} | ${u.user ? code(u.user) : 'root'} | ${cell([u.restart, u.onCalendar].filter(Boolean).join(', ') || '—')} |`,
        );
      }
      out.push('');
    }
  }
  out.push('### CI pipelines', '');
  if (!facts.ci.length) out.push('None: no CI configuration was found.', '');
  else {
    const untested = new Set(model.findings.filter((f) => f.ruleId === 'ops/ci-no-tests').map((f) => f.path));
    out.push('| Pipeline | System | Steps | Runs tests |', '|---|---|---:|---|');
    for (const p of facts.ci) out.push(`| ${code(p.file)} | ${p.system} | ${p.steps.length} | ${untested.has(p.file) ? '**no**' : 'yes'} |`);
    out.push('');
  }
  out.push('### Tests', '');
  const tests = facts.files.filter((f) => f.context === 'test');
  const noTests = model.findings.filter((f) => f.ruleId === 'hygiene/no-tests');
  out.push(
    `${plural(tests.length, 'test file')} (${tests.reduce((n, f) => n + f.lines, 0).toLocaleString('en-US')} lines) in all.` +
      (noTests.length ? ` Components without tests: ${noTests.map((f) => code(f.component)).join(', ')}.` : ' Every component has tests.'),
    '',
  );
  const suites = new Map<string, { files: number; lines: number }>();
  for (const f of tests) {
    const s = suites.get(f.component) ?? { files: 0, lines: 0 };
    s.files++;
    s.lines += f.lines;
    suites.set(f.component, s);
  }
  if (suites.size) {
    out.push('| Component | Test files | Test lines |', '|---|---:|---:|');
    for (const [c, s] of [...suites.entries()].sort((a, b) => cmp(a[0], b[0]))) out.push(`| ${code(c)} | ${s.files} | ${s.lines.toLocaleString('en-US')} |`);
    out.push('');
  }
  return out;
}

/** What starts the system: compose commands, Dockerfile ENTRYPOINT/CMD, Python mains and scripts. */
function entryPoints(facts: RepoFactsView): string[] {
  const rows: string[] = [];
  for (const s of facts.compose) if (s.command) rows.push(`| ${code(s.command.slice(0, 160))} | compose service ${cell(tick(s.name))} | ${code(`${s.file}:${s.line}`)} |`);
  for (const d of facts.dockerfiles) {
    const run = [d.entrypoint, d.cmd].filter(Boolean).join(' ');
    if (run) rows.push(`| ${code(run)} | Dockerfile ${d.entrypoint ? 'ENTRYPOINT' : 'CMD'} | ${code(d.file)} |`);
  }
  const eps = facts.entryPoints ?? [];
  for (const e of eps.slice(0, 40)) rows.push(`| ${code(e.file)} | ${e.kind === 'python-main' ? "Python `__main__`" : 'executable script'} | ${code(`${e.file}:${e.line}`)} |`);
  if (!rows.length) return [];
  const more = eps.length > 40 ? [`… and ${eps.length - 40} more scripts and mains.`, ''] : [];
  return ['### Entry points', '', '| Runs | What | Where |', '|---|---|---|', ...rows, '', ...more];
}

function securityAudit(model: ReportModel, rulesById: Map<string, Rule>): string[] {
  const out = ['## Security audit', ''];
  const sec = model.findings.filter((f) => f.category === 'security');
  if (!sec.length) return [...out, 'No security finding.', ''];
  const groups = groupByRule(sec);
  out.push('| Rule | Severity | Findings |', '|---|---|---:|');
  for (const [id, fs] of groups) out.push(`| ${code(id)} ${cell(rulesById.get(id)?.title ?? '')} | ${worst(fs)} | ${fs.length} |`);
  out.push('');
  for (const [id, fs] of groups) {
    const rule = rulesById.get(id);
    out.push(`### ${rule?.title ?? id} (${code(id)}, ${worst(fs)})`, '');
    for (const f of fs.slice(0, MAX_LISTED_PER_RULE)) {
      out.push(`- ${code(where(f))} — ${cell(f.message)}`);
      if (f.snippet) out.push(`  \`${tick(f.snippet)}\``);
      if (f.locations && f.locations.length > 1) {
        out.push(`  also at ${f.locations.slice(1, 9).map((l) => code(l.line ? `${l.path}:${l.line}` : l.path)).join(', ')}${f.locations.length > 9 ? ` and ${f.locations.length - 9} more` : ''}`);
      }
    }
    if (fs.length > MAX_LISTED_PER_RULE) out.push(`- … ${fs.length - MAX_LISTED_PER_RULE} more (all in findings.json / findings.sarif)`);
    out.push('');
    if (rule) out.push(`**Fix:** ${rule.docs.fix}`, '');
  }
  return out;
}

function codebaseAudit(model: ReportModel, facts: RepoFactsView, rulesById: Map<string, Rule>): string[] {
  const out = ['## Codebase audit', ''];
  out.push('### Duplicated modules', '');
  const dups = model.findings.filter((f) => f.ruleId === 'maintainability/duplicated-module');
  if (!rulesById.has('maintainability/duplicated-module')) out.push('Not analysed (rule switched off).', '');
  else if (!dups.length) out.push('No module is copied across the tree.', '');
  else {
    for (const f of dups) {
      out.push(`- ${cell(f.message)}`);
      if (f.locations?.length) out.push(`  copies: ${f.locations.map((l) => code(l.path)).join(', ')}`);
    }
    out.push('');
  }
  out.push('### Complexity hotspots', '');
  const large = model.findings.filter((f) => f.ruleId === 'maintainability/large-file');
  if (large.length) {
    out.push('Oversized files and functions (`maintainability/large-file`):', '');
    for (const f of large) out.push(`- ${code(where(f))} — ${cell(f.message)}`);
    out.push('');
  }
  const perFile = new Map<string, number>();
  for (const f of model.findings) if (f.path && f.line > 0) perFile.set(f.path, (perFile.get(f.path) ?? 0) + 1);
  const largest = facts.files
    .filter((f) => f.context === 'product' && CODE_LANGS.has(f.lang))
    .sort((a, b) => b.lines - a.lines || cmp(a.path, b.path))
    .slice(0, HOTSPOTS);
  if (!largest.length) out.push('No product source files.', '');
  else {
    out.push('Largest product source files, with the findings in each:', '', '| File | Lines | Findings |', '|---|---:|---:|');
    for (const f of largest) out.push(`| ${code(f.path)} | ${f.lines.toLocaleString('en-US')} | ${perFile.get(f.path) ?? 0} |`);
    out.push('');
  }
  const mostFindings = [...perFile.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).slice(0, HOTSPOTS);
  if (mostFindings.length) {
    out.push('Files with the most findings:', '', '| File | Findings |', '|---|---:|');
    for (const [p, n] of mostFindings) out.push(`| ${code(p)} | ${n} |`);
    out.push('');
  }
  out.push('### Dead code and redundant implementations', '');
  const redundant = model.findings.filter((f) => f.ruleId === 'maintainability/redundant-implementations');
  const dead = model.findings.filter((f) => f.ruleId === 'maintainability/dead-code');
  if (!rulesById.has('maintainability/dead-code') && !rulesById.has('maintainability/redundant-implementations')) {
    out.push('Not analysed (rules switched off).', '');
  } else if (!dead.length && !redundant.length) out.push('None found.', '');
  else {
    for (const f of redundant) {
      out.push(`- ${cell(f.message)}`);
      if (f.locations?.length) out.push(`  implementations: ${f.locations.map((l) => code(l.path)).join(', ')}`);
    }
    for (const f of dead) out.push(`- ${code(where(f))} — ${cell(f.message)}`);
    out.push('');
  }
  return out;
}

function otherFindings(model: ReportModel, rulesById: Map<string, Rule>): string[] {
  const rest = model.findings.filter((f) => f.category !== 'security');
  if (!rest.length) return [];
  const out = ['## Reliability, operations and hygiene', '', '| Rule | Severity | Findings | Files | First findings |', '|---|---|---:|---:|---|'];
  for (const [id, fs] of groupByRule(rest)) {
    const files = new Set(fs.flatMap((f) => (f.locations?.length ? f.locations.map((l) => l.path) : [f.path])).filter(Boolean));
    out.push(
      `| ${code(id)} ${cell(rulesById.get(id)?.title ?? '')} | ${worst(fs)} | ${fs.length} | ${files.size} | ${fs
        .slice(0, 3)
        .map((f) => (f.path ? code(where(f)) : cell(f.message)))
        .join(', ')}${fs.length > 3 ? ' …' : ''} |`,
    );
  }
  out.push('');
  return out;
}

const PRIORITY_HEADINGS: Record<string, string> = {
  P0: 'P0 — critical (do immediately)',
  P1: 'P1 — high (this week)',
  P2: 'P2 — medium (this month)',
  P3: 'P3 — low (backlog)',
};

function actionPlan(plan: Plan): string[] {
  const out = ['## Prioritized action plan', ''];
  if (!plan.items.length) return [...out, 'Nothing to do.', ''];
  for (const p of ['P0', 'P1', 'P2', 'P3'] as const) {
    const items = plan.items.filter((i) => i.priority === p);
    if (!items.length) continue;
    out.push(`### ${PRIORITY_HEADINGS[p]}`, '');
    for (const it of items) {
      const blocked = it.blockedBy.length ? `; after ${it.blockedBy.map((b) => b.id).join(', ')}` : '';
      out.push(`- **${it.id}** ${cell(it.title)} — ${fmtH(it.hours)} (${it.size}), phase ${it.phase}${blocked}`);
    }
    out.push('');
  }
  out.push('The schedule, dependencies and per-item scope of work are in HARDENING.md.', '');
  return out;
}

function issuesToCreate(plan: Plan): string[] {
  if (!plan.items.length) return [];
  const out = ['## Issues to create', '', '| Title | Labels | Estimate | Blocked by |', '|---|---|---:|---|'];
  for (const it of plan.items) {
    out.push(`| ${it.id}: ${cell(it.title)} | ${issueLabels(it).join(', ')} | ${fmtH(it.hours)} | ${it.blockedBy.map((b) => b.id).join(', ') || '—'} |`);
  }
  out.push('', '`plan.csv` holds the same items in a form Jira and Linear import.', '');
  return out;
}

function scanNotes(model: ReportModel): string[] {
  const out = ['## About this scan', ''];
  out.push(
    `${plural(model.stats.filesAnalysed, 'file')} analysed, ${plural(model.skipped.length, 'file')} skipped, ${plural(model.suppressed.length, 'finding')} suppressed, ${plural(model.notices.length, 'notice')}.`,
  );
  const reasons = new Map<string, number>();
  for (const s of model.skipped) {
    const r = s.reason.replace(/\s*\(.*\)$/, '');
    reasons.set(r, (reasons.get(r) ?? 0) + 1);
  }
  if (reasons.size) out.push('', `Skipped: ${[...reasons.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).map(([r, n]) => `${r} (${n})`).join(', ')}.`);
  out.push('');
  return out;
}

function groupByRule(findings: readonly Finding[]): Array<[string, Finding[]]> {
  const m = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = m.get(f.ruleId); // push, not spread (linear in the number of findings)
    if (list) list.push(f);
    else m.set(f.ruleId, [f]);
  }
  const rank = (fs: Finding[]) => SEVERITIES.indexOf(worst(fs));
  return [...m.entries()].sort((a, b) => rank(a[1]) - rank(b[1]) || b[1].length - a[1].length || cmp(a[0], b[0]));
}

/** The most severe severity among a rule's findings (tests and examples may carry a lowered one). */
function worst(fs: readonly Finding[]): Finding['severity'] {
  let best = SEVERITIES.length - 1; // a loop: Math.min(...list) overflows the stack past ≈ 120,000 arguments
  for (const f of fs) best = Math.min(best, SEVERITIES.indexOf(f.severity));
  return SEVERITIES[best];
}

function where(f: Finding): string {
  if (!f.path) return '(repository)';
  return f.line > 0 ? `${f.path}:${f.line}` : f.path;
}

function list(xs: readonly string[]): string {
  return xs.length ? xs.map((x) => code(x)).join(', ') : '—';
}

/** renderAuditMarkdown, with no raw control character left in what the repository contributed (engine/printable.ts). */
export function renderAuditMarkdown(input: AuditInput): string {
  return printableDocument(renderAuditMarkdownUnguarded(input));
}
