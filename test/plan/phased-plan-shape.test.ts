import path from 'node:path';
import { expect, test } from 'vitest';
import { scan } from '../../src/index.js';
import { buildPlan } from '../../src/plan/index.js';
import type { WorkItem } from '../../src/plan/work-items.js';

/**
 * A codebase shaped like the one the hand-written phased hardening plan (shared examples) was written for:
 * collectors that each carry the database credentials and open their own connections, training code with
 * copied model parameters and AUC thresholds, shell deploy and backup scripts, a compose stack. The plan
 * harden builds for it must carry the human plan's items and order them as that plan does where its
 * reasons hold.
 */
const FIXTURE = path.resolve(import.meta.dirname, '..', 'fixtures', 'plan', 'phased-platform');

/** The human plan's items (issue number) and the rule whose work item stands for each. */
const ITEMS: Record<string, string> = {
  '#60 SSH host key checking': 'security/ssh-host-key-check-disabled',
  '#61 DB credentials duplicated': 'security/hardcoded-secret',
  '#62 unsafe rm -rf': 'shell/unsafe-rm',
  '#63 backup permissions': 'security/insecure-file-permissions',
  '#64 cursor leaks': 'reliability/resource-leak',
  '#65 silent connection recovery failures': 'reliability/swallowed-exception',
  '#66 no retry logic': 'reliability/http-no-retry',
  '#68 hardcoded server IP': 'config/hardcoded-ip',
  '#69 duplicate CatBoost parameters': 'config/duplicated-settings',
  '#70 magic AUC thresholds': 'config/magic-threshold',
  '#72 missing metrics': 'observability/no-metrics',
  '#73 print statements': 'observability/print-logging',
  '#74 health checks': 'observability/no-healthcheck',
  '#78 silent fallback to 0.0': 'reliability/silent-default',
  '#80 no deployment rollback': 'ops/no-rollback',
  '#81 lock file race': 'shell/lockfile-race',
  '#82 no backup verification': 'ops/backup-unverified',
  '#83 no resource limits': 'ops/no-resource-limits',
  '#84 scripts missing set -u': 'shell/missing-strict-mode',
  '#85 connection pool not consistently used': 'reliability/no-connection-pool',
  '#87 circuit breaker': 'reliability/no-circuit-breaker',
  '#88 collector opens a connection per world': 'reliability/connection-in-loop',
  '#89 credentials not validated at startup': 'config/env-unvalidated',
  '#90 bare except': 'reliability/bare-except',
};

/** The human plan's "what blocks what", as rules, where its reason holds for this codebase. */
const ORDER: Array<[string, string, string]> = [
  ['security/hardcoded-secret', 'reliability/no-connection-pool', '#61 → #85: centralise credentials before refactoring connections'],
  ['config/duplicated-settings', 'reliability/no-connection-pool', '#61 → #85: the pool is built from the central settings'],
  ['reliability/no-connection-pool', 'reliability/connection-in-loop', '#85 → #88: standardise the pool before fixing individual collectors'],
  ['reliability/http-no-retry', 'reliability/no-circuit-breaker', '#66 → #87: retries before the circuit breaker'],
  ['config/duplicated-settings', 'config/magic-threshold', '#69 → #71: centralise the parameters, then the thresholds'],
  ['observability/no-metrics', 'observability/no-healthcheck', '#72 → #74: metrics, then deep health checks'],
  ['observability/print-logging', 'observability/no-metrics', '#73 → #75: logging before telemetry'],
  ['observability/no-metrics', 'reliability/silent-default', '#72 → #76 → #78: metrics count the rejected values'],
  ['config/hardcoded-ip', 'ops/no-rollback', '#68 → #80: central server config before rollback'],
  ['shell/unsafe-rm', 'shell/missing-strict-mode', 'Phase 0 → #84'],
  ['shell/lockfile-race', 'shell/missing-strict-mode', 'Phase 0 → #84'],
  ['security/ssh-host-key-check-disabled', 'shell/missing-strict-mode', 'Phase 0 → #84'],
];

test('the plan for a phased-hardening-plan-shaped codebase carries its items and orders them as that plan does', async () => {
  const res = await scan(FIXTURE, { config: {}, cache: false, jobs: 1 });
  const plan = buildPlan(res, { devs: 3, hoursPerDay: 6 });
  const byRule = new Map<string, WorkItem>();
  for (const it of plan.items) for (const r of it.rules) byRule.set(r, it);
  const missing = Object.entries(ITEMS).filter(([, rule]) => !byRule.has(rule)).map(([name, rule]) => `${name} (${rule})`);
  expect(missing, 'items of the human plan with no work item').toEqual([]);

  const byId = new Map(plan.items.map((it) => [it.id, it]));
  const reaches = (from: WorkItem, to: WorkItem): boolean => {
    const seen = new Set<string>();
    const stack = [to];
    while (stack.length) {
      const it = stack.pop()!;
      for (const b of it.blockedBy) {
        if (b.id === from.id) return true;
        if (!seen.has(b.id)) {
          seen.add(b.id);
          stack.push(byId.get(b.id)!);
        }
      }
    }
    return false;
  };
  const start = new Map(plan.schedule.slots.map((a) => [a.id, a.start]));
  const end = new Map(plan.schedule.slots.map((a) => [a.id, a.end]));
  const wrong: string[] = [];
  for (const [before, after, why] of ORDER) {
    const a = byRule.get(before)!;
    const b = byRule.get(after)!;
    if (!reaches(a, b)) wrong.push(`${why}: ${a.id} does not block ${b.id}`);
    else if ((end.get(a.id) ?? 0) > (start.get(b.id) ?? 0)) wrong.push(`${why}: ${b.id} starts before ${a.id} ends`);
    if (a.phase > b.phase) wrong.push(`${why}: ${a.id} is in a later phase than ${b.id}`);
  }
  expect(wrong).toEqual([]);

  // Phase 0 of the human plan: the critical script fixes.
  for (const rule of ['shell/unsafe-rm', 'shell/lockfile-race']) expect(byRule.get(rule)!.phase, rule).toBe(0);
  // The credentials item names every copy (the human plan's "duplicated across 9 files").
  expect(byRule.get('security/hardcoded-secret')!.counts.files).toBeGreaterThanOrEqual(4);
  // The per-collector connection fix is the collector that connects per world, through its helper.
  expect(byRule.get('reliability/connection-in-loop')!.topLocations.map((t) => t.path)).toEqual(['collectors/player_count.py']);
}, 120_000);
