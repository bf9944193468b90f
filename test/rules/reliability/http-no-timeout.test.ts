import { test } from 'vitest';
import rule from '../../../src/rules/reliability/http-no-timeout.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('reliability/http-no-timeout fixtures', async () => {
  await expectFixtures(rule);
});
