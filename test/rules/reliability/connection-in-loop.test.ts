import { test } from 'vitest';
import rule from '../../../src/rules/reliability/connection-in-loop.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('reliability/connection-in-loop fixtures', async () => {
  await expectFixtures(rule);
});
