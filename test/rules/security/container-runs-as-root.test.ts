import { test } from 'vitest';
import rule from '../../../src/rules/security/container-runs-as-root.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('security/container-runs-as-root fixtures', async () => {
  await expectFixtures(rule);
});
