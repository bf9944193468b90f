import { test } from 'vitest';
import rule from '../../../src/rules/hygiene/no-tests.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('hygiene/no-tests fixtures', async () => {
  await expectFixtures(rule);
});
