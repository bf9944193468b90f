import { test } from 'vitest';
import rule from '../../../src/rules/security/debug-enabled.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('security/debug-enabled fixtures', async () => {
  await expectFixtures(rule);
});
