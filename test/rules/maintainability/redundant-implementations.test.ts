import { test } from 'vitest';
import rule from '../../../src/rules/maintainability/redundant-implementations.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('maintainability/redundant-implementations fixtures', async () => {
  await expectFixtures(rule);
});
