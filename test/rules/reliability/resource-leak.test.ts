import { test } from 'vitest';
import rule from '../../../src/rules/reliability/resource-leak.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('reliability/resource-leak fixtures', async () => {
  await expectFixtures(rule);
});
