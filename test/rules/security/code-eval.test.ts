import { test } from 'vitest';
import rule from '../../../src/rules/security/code-eval.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('security/code-eval fixtures', async () => {
  await expectFixtures(rule);
});
