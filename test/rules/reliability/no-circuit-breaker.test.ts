import { test } from 'vitest';
import rule from '../../../src/rules/reliability/no-circuit-breaker.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('reliability/no-circuit-breaker fixtures', async () => {
  await expectFixtures(rule);
});
