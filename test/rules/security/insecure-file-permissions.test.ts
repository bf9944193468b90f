import { test } from 'vitest';
import rule from '../../../src/rules/security/insecure-file-permissions.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('security/insecure-file-permissions fixtures', async () => {
  await expectFixtures(rule);
});
