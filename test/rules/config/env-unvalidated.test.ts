import { test } from 'vitest';
import rule from '../../../src/rules/config/env-unvalidated.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('config/env-unvalidated fixtures', async () => {
  await expectFixtures(rule);
});
