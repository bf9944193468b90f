import { test } from 'vitest';
import rule from '../../../src/rules/reliability/swallowed-exception/index.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('reliability/swallowed-exception fixtures', async () => {
  await expectFixtures(rule);
});
