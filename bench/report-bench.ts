/**
 * Reporter benchmark: the outputs of a scan of a 100,000-file repository. A synthetic scan result (one
 * finding per file in most files, most of them of a few rules — the shape that made the text report
 * quadratic — plus grouped findings with many locations, skipped files and notices) goes through every
 * reporter `harden scan`/`audit` writes: text, JSON, SARIF, AUDIT.md, the HTML report, and the plan with
 * its Markdown/JSON/CSV reporters. Times at two sizes give each reporter's growth exponent
 * (log(t2/t1) / log(n2/n1)): ≈ 1 is linear, ≈ 2 quadratic. Called by bench/run.ts (`--report-files`), or
 * alone: `node scripts/run-tsx.mjs bench/report-bench.ts 100000`.
 */
import type { Notice } from '../src/engine/analyze-file.js';
import type { ScanResult } from '../src/engine/scan.js';
import { buildPlan } from '../src/plan/index.js';
import { ALL_RULES } from '../src/rules/index.js';
import type { FileFact, RepoFactsView } from '../src/rules/types.js';
import { renderAuditMarkdown } from '../src/report/audit-markdown.js';
import { renderHtmlReport } from '../src/report/html.js';
import { SCAN_REPORTERS } from '../src/report/index.js';
import { toReportModel } from '../src/report/model.js';
import { renderPlanCsv } from '../src/report/plan-csv.js';
import { renderPlanJson } from '../src/report/plan-json.js';
import { renderPlanMarkdown } from '../src/report/plan-markdown.js';

const TOOL = { name: 'harden', version: 'bench', informationUri: 'https://example.com' };
const RULE_MIX = [
  'observability/print-logging',
  'shell/missing-strict-mode',
  'reliability/bare-except',
  'hygiene/todo-markers',
  'config/hardcoded-ip',
  'security/code-eval',
  'reliability/http-no-timeout',
] as const;

/** A scan result of `files` files: 90 % of them hold one finding (70 % of one rule), every 50th a second one. */
export function syntheticScan(files: number): ScanResult {
  const fileFacts: FileFact[] = [];
  const findings: ScanResult['findings'] = [];
  const notices: Notice[] = [];
  const skipped: ScanResult['skipped'] = [];
  const rules = new Map(ALL_RULES.map((r) => [r.id, r]));
  for (let i = 0; i < files; i++) {
    const comp = `services/svc${i % 60}`;
    const lang = i % 3 === 0 ? 'bash' : 'python';
    const p = `${comp}/pkg${i % 97}/mod${i}.${lang === 'bash' ? 'sh' : 'py'}`;
    fileFacts.push({ path: p, lang, role: 'source', context: i % 10 === 9 ? 'test' : 'product', component: comp, size: 2000, lines: 60, tracked: true, hash: `h${i}` });
    if (i % 10 === 5) continue;
    const n = i % 50 === 0 ? 2 : 1;
    for (let k = 0; k < n; k++) {
      // most files hold a finding of one rule (print-logging is one finding per file), the rest is a mix
      const ruleId = k === 0 && i % 10 < 7 ? RULE_MIX[0] : RULE_MIX[(i + k) % RULE_MIX.length];
      const rule = rules.get(ruleId)!;
      findings.push({
        ruleId,
        category: rule.category,
        severity: rule.severity,
        confidence: rule.confidence,
        path: p,
        line: 10 + k,
        column: 1,
        endLine: 10 + k,
        endColumn: 20,
        message: `${rule.title} (${i})`,
        snippet: `value_${i} = call(${k})`,
        fingerprint: `fp${i}-${k}`,
        component: comp,
        context: i % 10 === 9 ? 'test' : 'product',
      });
    }
    if (i % 1000 === 7) notices.push({ kind: 'parse-error', path: p, message: 'syntax errors: analysed with error recovery' });
    if (i % 1000 === 8) skipped.push({ path: `${comp}/bundle${i}.min.js`, reason: 'minified' });
  }
  // a grouped finding with a location in every 20th file (one address in 5,000 places at 100k files)
  const locs = fileFacts.filter((_, i) => i % 20 === 3).map((f) => ({ path: f.path, line: 3, column: 1, endLine: 3, snippet: 'HOST = "10.0.0.146"' }));
  findings.push({
    ruleId: 'config/hardcoded-ip', category: 'config', severity: 'medium', confidence: 'high', path: locs[0].path, line: 3, column: 1, endLine: 3, endColumn: 20,
    message: `10.0.0.146 in ${locs.length} places`, snippet: 'HOST = "10.0.0.146"', fingerprint: 'ip-group', component: 'services/svc3', locations: locs,
  });
  findings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
  const facts: RepoFactsView = {
    root: '/bench',
    isGit: true,
    files: fileFacts,
    components: Array.from({ length: 60 }, (_, i) => ({
      name: `svc${i}`,
      path: `services/svc${i}`,
      reason: 'services folder',
      files: Math.ceil(files / 60),
      testFiles: Math.ceil(files / 600),
      productFiles: Math.ceil(files / 60) - Math.ceil(files / 600),
    })),
    compose: [],
    ci: [],
    dockerfiles: [],
    trackedArtifacts: [],
    perFile: new Map(),
    unanalysed: [],
  };
  return {
    root: '/bench',
    findings,
    suppressed: [],
    skipped,
    notices,
    stats: { filesListed: files, filesAnalysed: files, filesSkipped: skipped.length, filesVendored: 0, filesExcluded: 0, lines: files * 60, bytes: files * 2000, durationMs: 1 },
    facts,
    rules: ALL_RULES,
    config: {},
  };
}

export interface ReportBenchRow {
  files: number;
  findings: number;
  ms: Record<string, number>;
}

export function benchReportsAt(files: number): ReportBenchRow {
  const result = syntheticScan(files);
  const ms: Record<string, number> = {};
  const time = <T>(name: string, fn: () => T): T => {
    const t0 = performance.now();
    const v = fn();
    ms[name] = Math.round(performance.now() - t0);
    if (process.env.REPORT_BENCH_VERBOSE) process.stderr.write(`  ${files} files: ${name} ${ms[name]} ms\n`);
    return v;
  };
  const model = time('model', () => toReportModel(result, TOOL, 'bench'));
  time('text', () => SCAN_REPORTERS.text(model, { color: false }));
  time('json', () => SCAN_REPORTERS.json(model));
  time('sarif', () => SCAN_REPORTERS.sarif(model));
  const plan = time('plan', () => buildPlan(result, { devs: 3, hoursPerDay: 6 }));
  time('audit-md', () => renderAuditMarkdown({ model, facts: result.facts, plan }));
  time('html', () => renderHtmlReport({ model, facts: result.facts, plan }));
  time('plan-md', () => renderPlanMarkdown(plan));
  time('plan-json', () => renderPlanJson(plan));
  time('plan-csv', () => renderPlanCsv(plan));
  return { files, findings: result.findings.length, ms };
}

export interface ReportBenchResult {
  rows: ReportBenchRow[];
  /** Growth exponent per reporter between the two sizes (1 = linear, 2 = quadratic). */
  exponents: Record<string, number>;
}

/** Both sizes, smaller first; the exponent of a reporter under 20 ms at the larger size is not meaningful. */
export function benchReports(files = 100_000): ReportBenchResult {
  const small = benchReportsAt(Math.round(files / 4));
  const large = benchReportsAt(files);
  const exponents: Record<string, number> = {};
  for (const k of Object.keys(large.ms)) {
    if (large.ms[k] < 20) continue;
    exponents[k] = +(Math.log(large.ms[k] / Math.max(1, small.ms[k])) / Math.log(large.files / small.files)).toFixed(2);
  }
  return { rows: [small, large], exponents };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = Number(process.argv[2] ?? 100_000);
  const r = benchReports(files);
  for (const row of r.rows) console.log(`${row.files} files, ${row.findings} findings:`, JSON.stringify(row.ms));
  console.log('growth exponents:', JSON.stringify(r.exponents));
}
