import { test } from 'vitest';
import rule from '../../../src/rules/security/ssh-host-key-check-disabled.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('security/ssh-host-key-check-disabled fixtures', async () => {
  await expectFixtures(rule);
});
