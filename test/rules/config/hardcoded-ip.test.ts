import { test } from 'vitest';
import rule from '../../../src/rules/config/hardcoded-ip.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('config/hardcoded-ip fixtures', async () => {
  await expectFixtures(rule);
});
