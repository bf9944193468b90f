import { test } from 'vitest';
import rule from '../../../src/rules/observability/no-metrics.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('observability/no-metrics fixtures', async () => {
  await expectFixtures(rule);
});
