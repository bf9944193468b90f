import { test } from 'vitest';
import rule from '../../../src/rules/ops/no-rollback.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('ops/no-rollback fixtures', async () => {
  await expectFixtures(rule);
});
