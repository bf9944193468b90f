import { test } from 'vitest';
import rule from '../../../src/rules/ops/no-resource-limits.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('ops/no-resource-limits fixtures', async () => {
  await expectFixtures(rule);
});
