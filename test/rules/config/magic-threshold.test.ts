import { test } from 'vitest';
import rule from '../../../src/rules/config/magic-threshold.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('config/magic-threshold fixtures', async () => {
  await expectFixtures(rule);
});
