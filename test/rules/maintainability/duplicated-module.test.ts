import { test } from 'vitest';
import rule from '../../../src/rules/maintainability/duplicated-module.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('maintainability/duplicated-module fixtures', async () => {
  await expectFixtures(rule);
});
