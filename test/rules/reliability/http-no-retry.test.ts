import { test } from 'vitest';
import rule from '../../../src/rules/reliability/http-no-retry.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('reliability/http-no-retry fixtures', async () => {
  await expectFixtures(rule);
});
