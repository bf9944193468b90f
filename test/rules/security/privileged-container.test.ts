import { test } from 'vitest';
import rule from '../../../src/rules/security/privileged-container.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('security/privileged-container fixtures', async () => {
  await expectFixtures(rule);
});
