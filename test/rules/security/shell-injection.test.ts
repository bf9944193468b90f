import { test } from 'vitest';
import rule from '../../../src/rules/security/shell-injection.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('security/shell-injection fixtures', async () => {
  await expectFixtures(rule);
});
