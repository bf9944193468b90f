import { test } from 'vitest';
import rule from '../../../src/rules/reliability/no-connection-pool.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('reliability/no-connection-pool fixtures', async () => {
  await expectFixtures(rule);
});
