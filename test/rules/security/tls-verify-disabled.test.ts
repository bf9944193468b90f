import { test } from 'vitest';
import rule from '../../../src/rules/security/tls-verify-disabled.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('security/tls-verify-disabled fixtures', async () => {
  await expectFixtures(rule);
});
