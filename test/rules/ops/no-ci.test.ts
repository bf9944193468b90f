import { test } from 'vitest';
import rule from '../../../src/rules/ops/no-ci.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('ops/no-ci fixtures', async () => {
  await expectFixtures(rule);
});
