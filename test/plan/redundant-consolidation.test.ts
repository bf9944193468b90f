import { expect, test } from 'vitest';
import { buildWorkItems } from '../../src/plan/work-items.js';
import { finding } from './helpers.js';

/** A redundant-implementations family: the first path is kept, the others are retired. */
function family(paths: string[]) {
  return finding('maintainability/redundant-implementations', paths[0], 0, {
    message: `${paths.length} implementations of \`predictor\``,
    locations: paths.map((p) => ({ path: p, line: 0, column: 0, endLine: 0, snippet: '' })),
  });
}

const FAMILY = ['inference/predictor.py', 'inference/predictor_fast.py', 'inference/batch_predictor.py'];

test('fixes inside variants that consolidation retires wait for it and cost the after-estimate; both are shown', () => {
  const findings = [
    family(FAMILY),
    ...FAMILY.flatMap((p) => [finding('reliability/http-no-timeout', p, 12), finding('reliability/http-no-timeout', p, 30)]),
    finding('reliability/http-no-timeout', 'collectors/prices.py', 7),
  ];
  const { items } = buildWorkItems(findings);
  const mnt = items.find((i) => i.rules.includes('maintainability/redundant-implementations'))!;
  const timeouts = items.find((i) => i.rules.includes('reliability/http-no-timeout'))!;
  expect(timeouts.counts.occurrences).toBe(7);
  expect(timeouts.counts.inRetired).toBe(4);
  expect(timeouts.consolidation).toBeDefined();
  expect(timeouts.consolidation!.before).toBeGreaterThan(timeouts.consolidation!.after);
  expect(timeouts.consolidation!.blocker).toBe(mnt.id);
  expect(timeouts.consolidation!.chosen).toBe('after');
  expect(timeouts.hours).toBe(timeouts.consolidation!.after);
  expect(timeouts.blockedBy).toEqual([expect.objectContaining({ id: mnt.id, source: 'consolidation' })]);
});

test('credentials in a retired variant cannot wait: that item goes first at the before-estimate', () => {
  const findings = [family(FAMILY), ...FAMILY.map((p) => finding('security/hardcoded-secret', p, 3, { severity: 'critical' }))];
  const { items } = buildWorkItems(findings);
  const mnt = items.find((i) => i.rules.includes('maintainability/redundant-implementations'))!;
  const secrets = items.find((i) => i.rules.includes('security/hardcoded-secret'))!;
  expect(secrets.consolidation?.chosen).toBe('before');
  expect(secrets.hours).toBe(secrets.consolidation!.before);
  expect(mnt.blockedBy.map((b) => b.id)).toContain(secrets.id);
});

test('no redundant family: counts and estimates are unchanged', () => {
  const { items } = buildWorkItems([finding('reliability/http-no-timeout', 'a/x.py', 1), finding('reliability/http-no-timeout', 'a/y.py', 2)]);
  expect(items[0].counts.inRetired).toBeUndefined();
  expect(items[0].consolidation).toBeUndefined();
});
