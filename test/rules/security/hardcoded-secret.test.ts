import { test } from 'vitest';
import rule from '../../../src/rules/security/hardcoded-secret/index.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('security/hardcoded-secret fixtures', async () => {
  await expectFixtures(rule);
});
