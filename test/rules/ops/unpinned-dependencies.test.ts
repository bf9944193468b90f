import { test } from 'vitest';
import rule from '../../../src/rules/ops/unpinned-dependencies.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('ops/unpinned-dependencies fixtures', async () => {
  await expectFixtures(rule);
});
