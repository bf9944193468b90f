import { test } from 'vitest';
import rule from '../../../src/rules/reliability/broad-exception.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('reliability/broad-exception fixtures', async () => {
  await expectFixtures(rule);
});
