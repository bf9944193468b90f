/**
 * The portfolio as one self-contained HTML page (like harden-report.html): no request leaves the file (a CSP
 * of `default-src 'none'`, inline style and script only), every string from the store is escaped. The table
 * filters by name and grade and sorts by any column (click a header; again for the other direction).
 */
import { printableDocument } from '../engine/printable.js';
import { esc, selfContainedPage } from './html.js';
import { describeFilters, portfolioColumns, type Portfolio } from './portfolio.js';

const GRADE_COLOR: Record<string, string> = { A: '#2e7d32', B: '#558b2f', C: '#f9a825', D: '#ef6c00', F: '#c62828' };

const CSS = `
body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1d2228;background:#fff}
h1{font-size:1.5rem;margin:0 0 .25rem}
.meta{color:#5f6b76;margin:0 0 1rem}
.cards{display:flex;flex-wrap:wrap;gap:.75rem;margin:1rem 0}
.card{border:1px solid #d8dee4;border-radius:8px;padding:.6rem .9rem;min-width:6.5rem}
.card .big{font-size:1.6rem;font-weight:600}
.controls{display:flex;gap:.75rem;align-items:center;margin:1rem 0}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #e4e8ec;padding:.35rem .5rem;text-align:right;white-space:nowrap}
th{cursor:pointer;user-select:none;background:#f6f8fa;position:sticky;top:0}
th.sorted-asc::after{content:" ▲"}th.sorted-desc::after{content:" ▼"}
td.text,th.text{text-align:left}
td.repo{white-space:normal;word-break:break-all;max-width:28rem}
.grade{display:inline-block;min-width:1.6rem;text-align:center;border-radius:4px;color:#fff;font-weight:600}
.worse{color:#c62828}.better{color:#2e7d32}
.empty{color:#5f6b76}
`;

const SCRIPT = `
(function(){
  var table=document.getElementById('portfolio');
  if(!table)return;
  var body=table.tBodies[0];
  var q=document.getElementById('q'),grade=document.getElementById('grade'),count=document.getElementById('count');
  function apply(){
    var text=q.value.toLowerCase(),g=grade.value,shown=0;
    Array.prototype.forEach.call(body.rows,function(tr){
      var ok=(!text||tr.getAttribute('data-name').indexOf(text)>=0)&&(!g||tr.getAttribute('data-grade')===g);
      tr.style.display=ok?'':'none';if(ok)shown++;
    });
    count.textContent=shown+' shown';
  }
  q.addEventListener('input',apply);grade.addEventListener('change',apply);
  Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,i){
    th.addEventListener('click',function(){
      var asc=!th.classList.contains('sorted-asc');
      Array.prototype.forEach.call(table.tHead.rows[0].cells,function(h){h.classList.remove('sorted-asc','sorted-desc');});
      th.classList.add(asc?'sorted-asc':'sorted-desc');
      var rows=Array.prototype.slice.call(body.rows);
      rows.sort(function(a,b){
        var x=a.cells[i].getAttribute('data-sort'),y=b.cells[i].getAttribute('data-sort');
        var nx=Number(x),ny=Number(y),c=(x!==''&&y!==''&&!isNaN(nx)&&!isNaN(ny))?nx-ny:(x<y?-1:x>y?1:0);
        return asc?c:-c;
      });
      rows.forEach(function(r){body.appendChild(r);});
    });
  });
  apply();
})();
`;

export function renderPortfolioHtml(p: Portfolio): string {
  const cols = portfolioColumns(p);
  const t = p.totals;
  const textCols = new Set(['repository', 'phase', 'last']);
  const trendClass = (key: string, v: number | null) => (!key.startsWith('trend') || v === null || v === 0 ? '' : v < 0 ? 'worse' : 'better');
  const rows = p.rows.map((r) => {
    const cells = cols.map((c) => {
      const v = c.value(r);
      const cls = [textCols.has(c.key) ? 'text' : '', c.key === 'repository' ? 'repo' : '', trendClass(c.key, c.key === 'trendBaseline' ? r.trend.sinceBaseline : c.key === 'trendPrevious' ? r.trend.sincePrevious : null)]
        .filter(Boolean)
        .join(' ');
      const content =
        c.key === 'grade' && r.grade
          ? `<span class="grade" style="background:${GRADE_COLOR[r.grade]}">${r.grade}</span>`
          : c.key === 'repository'
            ? `${esc(v)}${r.name !== v ? `<br><small>${esc(r.name)}</small>` : ''}`
            : c.key === 'phase' && r.controls?.leastCompletePhase
              ? `<span title="${esc(r.controls.leastCompletePhase.name)}">${esc(v)}</span>`
              : esc(v);
      return `<td${cls ? ` class="${cls}"` : ''} data-sort="${esc(String(c.sort(r)))}">${content}</td>`;
    });
    return `<tr data-name="${esc(`${r.name} ${r.identity}`.toLowerCase())}" data-grade="${r.grade ?? ''}">${cells.join('')}</tr>`;
  });
  const cards = [
    [String(t.repositories), `repositories${t.repositories !== t.inStore ? ` of ${t.inStore}` : ''}`],
    ...(['A', 'B', 'C', 'D', 'F'] as const).map((g) => [String(t.byGrade[g]), `grade ${g}`]),
    [String(t.worseSincePrevious), 'worse since previous scan'],
    [String(t.openP0), 'open P0 items'],
    [String(t.openP1), 'open P1 items'],
    [String(t.secrets), 'distinct secrets'],
    [String(t.withoutTestingCi), 'without CI that tests'],
    [String(t.missingControls), 'missing readiness controls'],
  ];
  const body = [
    `<header><h1>Portfolio</h1><p class="meta">${esc(p.store)} · ${esc(p.generatedAt.slice(0, 16).replace('T', ' '))} UTC · filters: ${esc(describeFilters(p.filters))}</p></header>`,
    `<section id="summary"><div class="cards">${cards.map(([n, l]) => `<div class="card"><div class="big">${esc(n)}</div><div>${esc(l)}</div></div>`).join('')}</div></section>`,
    '<section id="repositories">',
    '<div class="controls"><label>Name <input id="q" type="search" placeholder="filter"></label>',
    `<label>Grade <select id="grade"><option value="">all</option>${['A', 'B', 'C', 'D', 'F'].map((g) => `<option>${g}</option>`).join('')}</select></label><span id="count"></span></div>`,
    p.rows.length
      ? `<table id="portfolio"><thead><tr>${cols.map((c) => `<th data-key="${esc(c.key)}"${textCols.has(c.key) ? ' class="text"' : ''}>${esc(c.label)}</th>`).join('')}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`
      : '<p class="empty">No repository matches.</p>',
    '<p class="meta">Worst first: lowest readiness score, then most open P0 and P1 work items, then the largest drop since the previous scan. Δ: score points since the first recorded scan and since the one before the latest.</p>',
    '</section>',
  ].join('\n');
  return printableDocument(selfContainedPage({ title: 'harden portfolio', css: CSS, script: SCRIPT, body }));
}
