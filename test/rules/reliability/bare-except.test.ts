import { test } from 'vitest';
import rule from '../../../src/rules/reliability/bare-except.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('reliability/bare-except fixtures', async () => {
  await expectFixtures(rule);
});
