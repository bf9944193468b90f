import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/plan/index.js';
import { SPLIT_MIN_OCCURRENCES } from '../../src/plan/work-items.js';
import { renderPlanCsv, csvField } from '../../src/report/plan-csv.js';
import { renderPlanJson } from '../../src/report/plan-json.js';
import { renderPlanMarkdown } from '../../src/report/plan-markdown.js';
import { finding, sampleFindings } from './helpers.js';

const GOLDEN = path.join(import.meta.dirname, '__golden__', 'hardening.md');

describe('buildPlan', () => {
  const plan = buildPlan({ findings: sampleFindings() }, { devs: 2, hoursPerDay: 6 });
  const byRule = (r: string) => plan.items.find((i) => i.rules.includes(r))!;

  it('makes one item per rule with ids by category', () => {
    expect(plan.items).toHaveLength(12);
    expect(byRule('security/hardcoded-secret').id).toBe('SEC-01');
    expect(byRule('shell/unsafe-rm').id).toMatch(/^SHL-\d\d$/);
    expect(new Set(plan.items.map((i) => i.id)).size).toBe(plan.items.length);
  });

  it('reports exact counts, distinct secrets and names without secret values', () => {
    const sec = byRule('security/hardcoded-secret');
    expect(sec.counts).toMatchObject({ findings: 1, occurrences: 2, files: 2 });
    expect(sec.distinct).toBe(1);
    expect(sec.names).toContain('DB_PASS');
    expect(sec.steps.join('\n')).toContain('`DB_PASS`');
    expect(byRule('shell/unsafe-rm').steps[0]).toContain('`scripts/deploy.sh`');
  });

  it('waits for consolidation when that makes the fix cheaper, and shows both estimates', () => {
    const ev = byRule('security/code-eval');
    const mnt = byRule('maintainability/duplicated-module');
    expect(ev.counts).toMatchObject({ occurrences: 3, inCopies: 3, effectiveOccurrences: 1 });
    expect(ev.consolidation).toMatchObject({ blocker: mnt.id, chosen: 'after' });
    expect(ev.consolidation!.before).toBeGreaterThan(ev.consolidation!.after);
    expect(ev.hours).toBe(ev.consolidation!.after);
    expect(ev.blockedBy.map((b) => b.id)).toContain(mnt.id);
    // a blocker moves up to the phase of what it blocks
    expect(mnt.phase).toBeLessThanOrEqual(ev.phase);
  });

  it('applies knowledge-base edges only between items that exist', () => {
    const edge = (a: string, b: string) => plan.edges.some((e) => e.from === byRule(a).id && e.to === byRule(b).id);
    expect(edge('shell/unsafe-rm', 'shell/missing-strict-mode')).toBe(true);
    expect(edge('reliability/http-no-retry', 'reliability/no-circuit-breaker')).toBe(true);
    expect(edge('observability/print-logging', 'observability/no-metrics')).toBe(true);
    expect(edge('hygiene/no-tests', 'ops/ci-no-tests')).toBe(true);
    expect(plan.edges.every((e) => plan.items.some((i) => i.id === e.from) && plan.items.some((i) => i.id === e.to))).toBe(true);
  });

  it('gives success criteria as commands and sizes from hours', () => {
    expect(byRule('shell/unsafe-rm').successCriterion).toBe('harden check --rule shell/unsafe-rm --fail-on info exits 0');
    for (const it of plan.items) expect(it.hours).toBeGreaterThan(0);
  });

  it('splits a rule spanning several large components, per component', () => {
    const fs = ['services/a', 'services/b'].flatMap((c) =>
      Array.from({ length: 60 }, (_, i) => finding('reliability/swallowed-exception', `${c}/m${i % 20}.py`, i + 1)),
    );
    const p = buildPlan({ findings: fs }, { devs: 2 });
    expect(p.items.map((i) => i.component)).toEqual(['services/a', 'services/b']);
    expect(p.items[0].title).toContain('(services/a)');
    expect(p.items[0].successCriterion).toContain('harden check services/a');
    const small = buildPlan({ findings: fs.slice(0, SPLIT_MIN_OCCURRENCES) });
    expect(small.items).toHaveLength(1);
  });

  it('is deterministic for the same findings in any order', () => {
    const again = buildPlan({ findings: [...sampleFindings()].reverse() }, { devs: 2, hoursPerDay: 6 });
    expect(renderPlanMarkdown(again)).toBe(renderPlanMarkdown(plan));
  });

  it('ignores suppressed findings and handles an empty scan', () => {
    const p = buildPlan({ findings: [finding('shell/unsafe-rm', 'a.sh', 1, { suppressed: { reason: 'x', by: 'inline' } })] });
    expect(p.items).toHaveLength(0);
    expect(renderPlanMarkdown(p)).toContain('No findings');
    expect(JSON.parse(renderPlanJson(p)).items).toEqual([]);
  });
});

describe('plan reporters', () => {
  const plan = buildPlan({ findings: sampleFindings() }, { devs: 2, hoursPerDay: 6 });

  it('renders HARDENING.md like the golden file', () => {
    const md = renderPlanMarkdown(plan);
    if (process.env.UPDATE_GOLDEN) {
      mkdirSync(path.dirname(GOLDEN), { recursive: true });
      writeFileSync(GOLDEN, md);
    }
    expect(md).toBe(readFileSync(GOLDEN, 'utf8'));
    for (const h of ['## Summary by phase', '## Dependency graph', '```mermaid', '## Execution order', '## What blocks what', '## Items with no dependencies', '## Success criteria per phase']) {
      expect(md).toContain(h);
    }
    expect(md).not.toMatch(/s3cr/);
  });

  it('JSON follows the contract', () => {
    const j = JSON.parse(renderPlanJson(plan));
    expect(j).toMatchObject({ developers: 2, hoursPerDay: 6, calendarDays: plan.schedule.calendarDays, criticalPath: plan.schedule.criticalPath });
    for (const it of j.items) {
      expect(Object.keys(it)).toEqual(expect.arrayContaining(['id', 'title', 'phase', 'priority', 'hours', 'size', 'track', 'rules', 'blockedBy', 'developer', 'start', 'end', 'findings']));
      expect(it.developer).toBeGreaterThanOrEqual(1);
      expect(it.developer).toBeLessThanOrEqual(2);
      expect(it.end - it.start).toBeCloseTo(it.hours);
    }
  });

  it('CSV has the import columns and RFC 4180 quoting', () => {
    const csv = renderPlanCsv(plan);
    const header = csv.split('\r\n')[0];
    expect(header).toBe('Summary,Description,Priority,Labels,Estimate,Blocked By');
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField('plain')).toBe('plain');
    expect(csvField('x\ny')).toBe('"x\ny"');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('SEC-01: Move hardcoded credentials out of code and config');
    expect(parseCsv(csv)).toHaveLength(plan.items.length + 1);
    expect(parseCsv(csv).every((r) => r.length === 6)).toBe(true);
  });
});

/** Minimal RFC 4180 reader, to check the writer round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (q) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') q = false;
      else field += ch;
    } else if (ch === '"') q = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    }
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('plan benchmark helper', () => {
  it('builds a plan from synthetic findings (no timing assertions)', async () => {
    const { benchPlan } = await import('../../bench/plan-bench.js');
    const r = benchPlan(600);
    expect(r.findings).toBe(600);
    expect(r.items).toBeGreaterThan(10);
  });
});
