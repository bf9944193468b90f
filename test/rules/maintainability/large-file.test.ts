import { test } from 'vitest';
import rule from '../../../src/rules/maintainability/large-file.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('maintainability/large-file fixtures', async () => {
  await expectFixtures(rule);
});
