import { test } from 'vitest';
import rule from '../../../src/rules/maintainability/dead-code.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('maintainability/dead-code fixtures', async () => {
  await expectFixtures(rule);
});
