import { test } from 'vitest';
import rule from '../../../src/rules/security/unsafe-deserialization.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('security/unsafe-deserialization fixtures', async () => {
  await expectFixtures(rule);
});
