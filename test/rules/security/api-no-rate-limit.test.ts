import { test } from 'vitest';
import rule from '../../../src/rules/security/api-no-rate-limit.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('security/api-no-rate-limit fixtures', async () => {
  await expectFixtures(rule);
});
