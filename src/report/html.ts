/**
 * harden-report.html (SPEC §7): one self-contained file — inline CSS, inline script, inline SVG, no request
 * to any network — with the health rating, a findings table that filters and sorts, the work items, the
 * dependency graph drawn as SVG and the schedule as a developer × hours chart. Every string that comes from
 * the scanned repository (paths, messages, snippets, names) goes through `esc`; nothing of it is ever put
 * into the script. Pure and deterministic (the date sits in the header only).
 */
import type { Plan, WorkItem } from '../plan/index.js';
import type { Finding, RepoFactsView } from '../rules/types.js';
import { SEVERITIES } from '../rules/types.js';
import { healthOf } from './health.js';
import { layoutGraph, pathData } from './graph-layout.js';
import { cmp, fmtH } from './markdown-text.js';
import { countBySeverity, type ReportModel } from './model.js';
import { readinessHtml } from './readiness.js';
import type { Readiness } from '../readiness/types.js';
import type { ReadinessScore } from '../readiness/score.js';
import { printable, printableDocument } from '../engine/printable.js';

export interface HtmlInput {
  model: ReportModel;
  facts: RepoFactsView;
  plan: Plan;
  /** The readiness checklist (SPEC §8): rendered as its own section when given. */
  readiness?: { checklist: Readiness; score: ReadinessScore };
}

/** Escapes text for HTML element content and double-quoted attribute values. */
export function esc(s: string): string {
  return printable(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const SEV_COLOR: Record<string, string> = { critical: '#7b1fa2', high: '#c62828', medium: '#ef6c00', low: '#1565c0', info: '#607d8b' };

function renderHtmlReportUnguarded({ model, facts, plan, readiness }: HtmlInput): string {
  const h = healthOf(model.findings);
  const sev = countBySeverity(model.findings);
  const title = `harden report: ${model.rootName}`;
  const body = [
    `<header><h1>${esc(title)}</h1><p class="meta">${esc(`${model.tool.name} ${model.tool.version}`)}${model.generatedAt ? ` · ${esc(model.generatedAt.slice(0, 10))}` : ''}</p></header>`,
    '<section id="summary"><h2>Summary</h2>',
    `<div class="cards"><div class="card grade g${h.grade}"><div class="big">${h.grade}</div><div>${h.score}/100 · ${esc(h.label)}</div></div>`,
    ...SEVERITIES.map((s) => `<div class="card"><div class="big" style="color:${SEV_COLOR[s]}">${sev[s]}</div><div>${s}</div></div>`),
    `<div class="card"><div class="big">${plan.items.length}</div><div>work items · ${esc(fmtH(plan.totalHours))}</div></div>`,
    `<div class="card"><div class="big">${plan.schedule.calendarDays}</div><div>working days for ${plan.developers} dev${plan.developers === 1 ? '' : 's'}</div></div></div>`,
    `<p>${model.stats.filesAnalysed} files analysed (${model.stats.lines.toLocaleString('en-US')} lines), ${model.skipped.length} skipped, ${model.suppressed.length} findings suppressed. Critical path: ${esc(plan.schedule.criticalPath.join(' → ') || '—')}.</p>`,
    '</section>',
    findingsSection(model.findings),
    readiness ? readinessHtml(readiness.checklist, readiness.score, esc) : '',
    itemsSection(plan),
    graphSection(plan),
    scheduleSection(plan),
    inventorySection(facts),
  ].join('\n');
  return selfContainedPage({ title, css: CSS, script: SCRIPT, body, imgData: true });
}

function findingsSection(findings: readonly Finding[]): string {
  const rules = [...new Set(findings.map((f) => f.ruleId))].sort(cmp);
  // Most severe first; the model's order (path, line) within a severity.
  const ordered = [...findings].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  const rows = ordered.map((f) => {
    const loc = f.path ? (f.line > 0 ? `${f.path}:${f.line}` : f.path) : '(repository)';
    const also = f.locations && f.locations.length > 1 ? ` <span class="muted">+${f.locations.length - 1} more</span>` : '';
    return (
      `<tr data-sev="${SEVERITIES.indexOf(f.severity)}" data-severity="${f.severity}" data-rule="${esc(f.ruleId)}">` +
      `<td><span class="sev" style="background:${SEV_COLOR[f.severity]}">${f.severity}</span></td>` +
      `<td><code>${esc(f.ruleId)}</code></td><td><code>${esc(loc)}</code>${also}</td>` +
      `<td>${esc(f.message)}${f.snippet ? `<pre>${esc(f.snippet)}</pre>` : ''}</td><td>${esc(f.component)}</td></tr>`
    );
  });
  return [
    `<section id="findings"><h2>Findings (${findings.length})</h2>`,
    '<div class="filters"><input id="q" type="search" placeholder="Filter: path, message, rule …" aria-label="filter findings">',
    `<select id="sev" aria-label="minimum severity"><option value="4">all severities</option>${SEVERITIES.slice(0, 4)
      .map((s, i) => `<option value="${i}">${s} and above</option>`)
      .join('')}</select>`,
    `<select id="rule" aria-label="rule"><option value="">all rules</option>${rules.map((r) => `<option value="${esc(r)}">${esc(r)}</option>`).join('')}</select>`,
    '<span id="shown" class="muted"></span></div>',
    '<table id="findings-table" class="sortable"><thead><tr><th data-key="sev">Severity</th><th>Rule</th><th>Location</th><th>Message</th><th>Component</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody></table></section>`,
  ].join('\n');
}

function itemsSection(plan: Plan): string {
  if (!plan.items.length) return '<section id="items"><h2>Work items</h2><p>Nothing to plan.</p></section>';
  const rows = plan.items.map(
    (it) =>
      `<tr><td><b>${esc(it.id)}</b></td><td>${esc(it.title)}</td><td>${it.phase}</td><td>${it.priority}</td><td data-num="${it.hours}">${esc(fmtH(it.hours))} (${it.size})</td>` +
      `<td>${it.counts.occurrences}</td><td>${esc(it.track)}</td><td>${esc(it.blockedBy.map((b) => b.id).join(', ') || '—')}</td>` +
      `<td><code>${esc(it.successCriterion)}</code></td></tr>`,
  );
  return [
    '<section id="items"><h2>Work items</h2>',
    '<table class="sortable"><thead><tr><th>ID</th><th>Title</th><th>Phase</th><th>Priority</th><th>Effort</th><th>Occurrences</th><th>Track</th><th>Blocked by</th><th>Done when</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody></table></section>`,
  ].join('\n');
}

/**
 * The dependency graph: one column per phase, items stacked in it, edges routed around the nodes through the
 * gaps between columns and the corridors between rows (report/graph-layout.ts).
 */
function graphSection(plan: Plan): string {
  if (!plan.items.length) return '';
  const phases = [...new Set(plan.items.map((i) => i.phase))].sort((a, b) => a - b);
  const column = new Map(phases.map((p, c) => [p, c]));
  const layout = layoutGraph(
    plan.items.map((it) => ({ id: it.id, column: column.get(it.phase)! })),
    plan.edges,
  );
  const pos = new Map(layout.boxes.map((b) => [b.id, b]));
  const critical = new Set(plan.schedule.criticalPath);
  const onPath = (a: string, b: string) => {
    const i = plan.schedule.criticalPath.indexOf(a);
    return i !== -1 && plan.schedule.criticalPath[i + 1] === b;
  };
  const reasons = new Map(plan.edges.map((e) => [`${e.from}\0${e.to}`, e.reason]));
  const edges = layout.routes.map(
    (r) =>
      `<path class="edge${onPath(r.from, r.to) ? ' crit' : ''}" data-from="${esc(r.from)}" data-to="${esc(r.to)}" d="${pathData(r.points)}" marker-end="url(#arrow)">` +
      `<title>${esc(`${r.from} → ${r.to}: ${reasons.get(`${r.from}\0${r.to}`) ?? ''}`)}</title></path>`,
  );
  const nodes = plan.items.map((it) => {
    const p = pos.get(it.id)!;
    return (
      `<g class="node${critical.has(it.id) ? ' crit' : ''}" data-id="${esc(it.id)}" transform="translate(${p.x},${p.y})"><rect width="${p.w}" height="${p.h}" rx="6"/>` +
      `<text x="8" y="16"><tspan font-weight="bold">${esc(it.id)}</tspan> · ${esc(fmtH(it.hours))} · ${it.priority}</text>` +
      `<text x="8" y="32" class="small">${esc(shorten(it.title, 32))}</text><title>${esc(`${it.id}: ${it.title}`)}</title></g>`
    );
  });
  const headers = phases.map((p, col) => {
    const name = plan.phases.find((x) => x.phase === p)?.name ?? '';
    return `<text x="${layout.columnX[col]}" y="12" class="phase">Phase ${p}: ${esc(name)}</text>`;
  });
  return [
    '<section id="graph"><h2>Dependency graph</h2><p class="muted">Arrows go from a blocker to the item it blocks; the critical path is drawn thick. Hover an arrow for its reason.</p>',
    `<div class="scroll"><svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" role="img" aria-label="dependency graph">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>',
    ...headers,
    ...edges,
    ...nodes,
    '</svg></div></section>',
  ].join('\n');
}

/** The schedule: one row per developer, one bar per work item over working hours, day boundaries marked. */
function scheduleSection(plan: Plan): string {
  const s = plan.schedule;
  if (!s.slots.length) return '';
  const scale = Math.max(4, Math.min(40, 1000 / Math.max(s.makespan, 1)));
  const left = 70;
  const width = left + s.makespan * scale + 20;
  const rowH = 34;
  const height = 30 + s.developers * rowH;
  const byId = new Map<string, WorkItem>(plan.items.map((i) => [i.id, i]));
  const days: string[] = [];
  for (let d = 0; d <= s.calendarDays; d++) {
    const x = left + d * s.hoursPerDay * scale;
    if (x > width) break;
    days.push(`<line x1="${x}" y1="20" x2="${x}" y2="${height}" class="day"/><text x="${x + 3}" y="14" class="small">day ${d + 1}</text>`);
  }
  const devs = Array.from({ length: s.developers }, (_, i) => `<text x="4" y="${30 + i * rowH + 20}">Dev ${i + 1}</text>`);
  const bars = s.slots.map((sl) => {
    const x = left + sl.start * scale;
    const w = Math.max(2, (sl.end - sl.start) * scale - 1);
    const y = 30 + (sl.developer - 1) * rowH + 4;
    const it = byId.get(sl.id);
    const crit = s.criticalPath.includes(sl.id);
    return (
      `<g class="bar${crit ? ' crit' : ''}"><rect x="${x}" y="${y}" width="${w}" height="${rowH - 8}" rx="3"/>` +
      (w > 44 ? `<text x="${x + 4}" y="${y + 17}" class="small">${esc(sl.id)}</text>` : '') +
      `<title>${esc(`${sl.id} ${it?.title ?? ''}: hours ${sl.start}–${sl.end}`)}</title></g>`
    );
  });
  const table = [
    `<table><thead><tr><th>Day</th>${Array.from({ length: s.developers }, (_, i) => `<th>Dev ${i + 1}</th>`).join('')}</tr></thead><tbody>`,
    ...s.days.map((d, i) => `<tr><td>${i + 1}</td>${Array.from({ length: s.developers }, (_, k) => `<td>${esc((d[k] ?? []).join(', ') || '—')}</td>`).join('')}</tr>`),
    '</tbody></table>',
  ].join('\n');
  return [
    `<section id="schedule"><h2>Schedule</h2><p>${plan.developers} developer${plan.developers === 1 ? '' : 's'} at ${plan.hoursPerDay} h/day: ${s.calendarDays} working days; critical path ${esc(s.criticalPath.join(' → '))} (${esc(fmtH(s.criticalPathHours))}).</p>`,
    `<div class="scroll"><svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" role="img" aria-label="schedule">`,
    ...days,
    ...devs,
    ...bars,
    '</svg></div>',
    table,
    '</section>',
  ].join('\n');
}

function inventorySection(facts: RepoFactsView): string {
  const rows = facts.compose.map(
    (c) =>
      `<tr><td>${esc(c.name)}</td><td><code>${esc(`${c.file}:${c.line}`)}</code></td><td>${esc(c.image ?? (c.build ? `build ${c.buildContext ?? '.'}` : '—'))}</td><td>${esc(c.ports.join(', ') || '—')}</td>` +
      `<td>${c.privileged ? '<b>yes</b>' : 'no'}</td><td>${c.hasHealthcheck && !c.healthcheckDisabled ? 'yes' : '<b>no</b>'}</td><td>${c.hasLimits ? 'yes' : '<b>no</b>'}</td></tr>`,
  );
  const comps = facts.components.map((c) => `<tr><td><code>${esc(c.path)}</code></td><td>${esc(c.reason)}</td><td>${c.files}</td><td>${c.testFiles}</td></tr>`);
  return [
    '<section id="inventory"><h2>Inventory</h2>',
    comps.length ? `<h3>Components</h3><table class="sortable"><thead><tr><th>Component</th><th>Why</th><th>Files</th><th>Test files</th></tr></thead><tbody>${comps.join('\n')}</tbody></table>` : '',
    rows.length
      ? `<h3>Compose services</h3><table class="sortable"><thead><tr><th>Service</th><th>File</th><th>Image</th><th>Ports</th><th>Privileged</th><th>Healthcheck</th><th>Limits</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`
      : '',
    facts.ci.length ? `<h3>CI pipelines</h3><ul>${facts.ci.map((p) => `<li><code>${esc(p.file)}</code> (${esc(p.system)}, ${p.steps.length} steps)</li>`).join('')}</ul>` : '<p>No CI configuration.</p>',
    '</section>',
  ].join('\n');
}

function shorten(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0 auto;max-width:1400px;padding:16px 24px;color:#222}
h1{margin:0 0 4px}h2{border-bottom:1px solid #ddd;padding-bottom:4px;margin-top:32px}
.meta,.muted{color:#777}.cards{display:flex;flex-wrap:wrap;gap:10px}.card{border:1px solid #ddd;border-radius:8px;padding:10px 16px;min-width:90px;text-align:center}
.big{font-size:28px;font-weight:700}.grade .big{font-size:40px}.gA .big{color:#2e7d32}.gB .big{color:#558b2f}.gC .big{color:#f9a825}.gD .big{color:#ef6c00}.gF .big{color:#c62828}
table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border-bottom:1px solid #eee;padding:5px 8px;text-align:left;vertical-align:top}
th{background:#fafafa;position:sticky;top:0}table.sortable th{cursor:pointer;user-select:none}th.asc::after{content:" ▲"}th.desc::after{content:" ▼"}
pre{margin:4px 0 0;padding:4px 6px;background:#f6f6f6;border-radius:4px;white-space:pre-wrap;word-break:break-all;font-size:12px}
code{font-size:12px}.sev{color:#fff;border-radius:4px;padding:1px 6px;font-size:12px}
.filters{display:flex;gap:8px;align-items:center;margin:8px 0}.filters input{flex:1;padding:6px}.filters select{padding:5px}
.scroll{overflow-x:auto;border:1px solid #eee;border-radius:6px}
.node rect{fill:#f5f8ff;stroke:#5c6bc0}.node.crit rect{stroke:#c62828;stroke-width:2.5}.node text{font-size:12px}.small{font-size:11px}
.edge{fill:none;stroke:#888;stroke-width:1.3}.edge.crit{stroke:#c62828;stroke-width:3}.phase{font-weight:700;font-size:12px}
.bar rect{fill:#90caf9;stroke:#1565c0}.bar.crit rect{fill:#ef9a9a;stroke:#c62828}.day{stroke:#ddd}
`;

/** Filtering and sorting of the tables; reads only the DOM the report wrote (no data, no network). */
const SCRIPT = `
(function(){
  var q=document.getElementById('q'),sev=document.getElementById('sev'),rule=document.getElementById('rule'),shown=document.getElementById('shown');
  var rows=Array.prototype.slice.call(document.querySelectorAll('#findings-table tbody tr'));
  function apply(){
    var t=(q.value||'').toLowerCase(),s=+sev.value,r=rule.value,n=0;
    rows.forEach(function(tr){
      var ok=(+tr.getAttribute('data-sev'))<=s&&(!r||tr.getAttribute('data-rule')===r)&&(!t||tr.textContent.toLowerCase().indexOf(t)!==-1);
      tr.style.display=ok?'':'none';if(ok)n++;
    });
    shown.textContent=n+' of '+rows.length+' shown';
  }
  [q,sev,rule].forEach(function(el){el.addEventListener('input',apply);el.addEventListener('change',apply);});
  apply();
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'),function(table){
    Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,col){
      th.addEventListener('click',function(){
        var asc=!th.classList.contains('asc');
        Array.prototype.forEach.call(table.tHead.rows[0].cells,function(c){c.classList.remove('asc','desc');});
        th.classList.add(asc?'asc':'desc');
        var body=table.tBodies[0],list=Array.prototype.slice.call(body.rows);
        function key(tr){
          if(th.getAttribute('data-key')==='sev')return +tr.getAttribute('data-sev');
          var c=tr.cells[col],v=c.getAttribute('data-num');
          if(v!==null)return +v;
          var x=c.textContent.trim();return /^-?\\d+(\\.\\d+)?$/.test(x)?+x:x.toLowerCase();
        }
        list.sort(function(a,b){var x=key(a),y=key(b);return (x<y?-1:x>y?1:0)*(asc?1:-1);});
        list.forEach(function(tr){body.appendChild(tr);});
      });
    });
  });
})();
`;

/** renderHtmlReport, with no raw control character left in what the repository contributed (engine/printable.ts). */
export function renderHtmlReport(input: HtmlInput): string {
  return printableDocument(renderHtmlReportUnguarded(input));
}

/**
 * One self-contained HTML page (harden-report.html, the portfolio): inline CSS and script, and a
 * Content-Security-Policy that forbids every request (`data:` images only where the page draws them).
 */
export function selfContainedPage(p: { title: string; css: string; script: string; body: string; imgData?: boolean }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'${p.imgData ? '; img-src data:' : ''}">
<title>${esc(p.title)}</title>
<style>${p.css}</style>
</head>
<body>
${p.body}
<script>${p.script}</script>
</body>
</html>
`;
}
