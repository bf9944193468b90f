import { test } from 'vitest';
import rule from '../../../src/rules/security/cors-wildcard.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('security/cors-wildcard fixtures', async () => {
  await expectFixtures(rule);
});
