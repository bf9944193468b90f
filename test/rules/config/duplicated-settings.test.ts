import { test } from 'vitest';
import rule from '../../../src/rules/config/duplicated-settings.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('config/duplicated-settings fixtures', async () => {
  await expectFixtures(rule);
});
