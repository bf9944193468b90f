import { describe, expect, it } from 'vitest';
import { RULE_PLAN, SPEC_RULE_IDS } from '../../src/plan/catalog.js';
import { expandEnd, KB_EDGES, parseKnowledgeBase } from '../../src/plan/knowledge-base.js';

describe('dependency knowledge base', () => {
  it('refers only to SPEC §4 rule ids (or families with members)', () => {
    for (const e of KB_EDGES) {
      expect(expandEnd(e.from), `line ${e.line}: ${e.from}`).not.toHaveLength(0);
      expect(expandEnd(e.to), `line ${e.line}: ${e.to}`).not.toHaveLength(0);
      expect(e.reason.length).toBeGreaterThan(10);
    }
  });

  it('is acyclic over the expanded rule graph', () => {
    const adj = new Map<string, Set<string>>();
    for (const e of KB_EDGES) for (const a of expandEnd(e.from)) for (const b of expandEnd(e.to)) if (a !== b) (adj.get(a) ?? adj.set(a, new Set()).get(a)!).add(b);
    const state = new Map<string, 1 | 2>();
    const visit = (n: string, stack: string[]): void => {
      if (state.get(n) === 2) return;
      if (state.get(n) === 1) throw new Error(`cycle: ${[...stack, n].join(' -> ')}`);
      state.set(n, 1);
      for (const m of adj.get(n) ?? []) visit(m, [...stack, n]);
      state.set(n, 2);
    };
    for (const n of adj.keys()) expect(() => visit(n, [])).not.toThrow();
  });

  it('covers the orderings SPEC §5 requires', () => {
    const has = (a: string, b: string) => KB_EDGES.some((e) => e.from === a && e.to === b);
    const required: Array<[string, string]> = [
      ['hygiene/no-tests', 'ops/ci-no-tests'],
      ['ops/unpinned-dependencies', 'hygiene/committed-artifact'],
      ['security/hardcoded-secret', 'reliability/no-connection-pool'],
      ['reliability/no-connection-pool', 'reliability/connection-in-loop'],
      ['reliability/no-connection-pool', 'reliability/resource-leak'],
      ['reliability/http-no-retry', 'reliability/no-circuit-breaker'],
      ['observability/print-logging', 'observability/no-metrics'],
      ['observability/print-logging', 'reliability/silent-default'],
      ['observability/print-logging', 'reliability/swallowed-exception'],
      ['observability/no-metrics', 'observability/no-healthcheck'],
      ['config/hardcoded-ip', 'ops/no-rollback'],
      ['shell/unsafe-rm', 'shell/missing-strict-mode'],
      ['shell/lockfile-race', 'shell/missing-strict-mode'],
    ];
    for (const [a, b] of required) expect(has(a, b), `${a} -> ${b}`).toBe(true);
  });

  it('rejects a malformed line', () => {
    expect(() => parseKnowledgeBase('a/b -> c/d')).toThrow(/line 1/);
  });

  it('has plan data for every SPEC rule and no unknown rule', () => {
    expect(Object.keys(RULE_PLAN).sort()).toEqual([...SPEC_RULE_IDS].sort());
  });
});
