/**
 * Plan benchmark: builds `nFindings` synthetic findings (spread over rules, components and copies of a
 * duplicated module) and times buildPlan and the three plan reporters. Called by bench/run.ts.
 */
import { buildPlan } from '../src/plan/index.js';
import { SPEC_RULE_IDS } from '../src/plan/catalog.js';
import type { Finding } from '../src/rules/types.js';
import { renderPlanCsv } from '../src/report/plan-csv.js';
import { renderPlanJson } from '../src/report/plan-json.js';
import { renderPlanMarkdown } from '../src/report/plan-markdown.js';

export interface PlanBenchResult {
  findings: number;
  items: number;
  buildMs: number;
  markdownMs: number;
  jsonMs: number;
  csvMs: number;
  totalMs: number;
}

export function syntheticFindings(n: number): Finding[] {
  const out: Finding[] = [];
  const copies = Array.from({ length: 30 }, (_, i) => `services/svc${i}/utils/Icache`);
  out.push({
    ruleId: 'maintainability/duplicated-module', severity: 'medium', confidence: 'high', path: copies[0], line: 0, column: 0, endLine: 0, endColumn: 0,
    message: '`Icache`: 30 copies', snippet: '', fingerprint: 'dup', component: 'services/svc0', category: 'maintainability',
    locations: copies.map((p) => ({ path: p, line: 0, column: 0, endLine: 0, snippet: '' })),
  });
  for (let i = 1; i < n; i++) {
    const ruleId = SPEC_RULE_IDS[i % SPEC_RULE_IDS.length];
    const svc = i % 40;
    const inCopy = i % 5 === 0;
    const path = inCopy ? `services/svc${svc % 30}/utils/Icache/redis_read.py` : `services/svc${svc}/mod${i % 97}.py`;
    out.push({
      ruleId, severity: (['critical', 'high', 'medium', 'low', 'info'] as const)[i % 5], confidence: 'high', path, line: (i % 300) + 1, column: 1,
      endLine: (i % 300) + 1, endColumn: 2, message: `${ruleId} finding ${i} for VAR_${i % 13}`, snippet: '', fingerprint: `f${i}`,
      component: `services/svc${inCopy ? svc % 30 : svc}`, category: ruleId.split('/')[0] as Finding['category'],
    });
  }
  return out;
}

export function benchPlan(nFindings = 10_000): PlanBenchResult {
  const findings = syntheticFindings(nFindings);
  const t0 = performance.now();
  const plan = buildPlan({ findings }, { devs: 3, hoursPerDay: 6 });
  const t1 = performance.now();
  renderPlanMarkdown(plan);
  const t2 = performance.now();
  renderPlanJson(plan);
  const t3 = performance.now();
  renderPlanCsv(plan);
  const t4 = performance.now();
  return { findings: findings.length, items: plan.items.length, buildMs: t1 - t0, markdownMs: t2 - t1, jsonMs: t3 - t2, csvMs: t4 - t3, totalMs: t4 - t0 };
}
