import { test } from 'vitest';
import rule from '../../../src/rules/ops/ci-no-tests.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('ops/ci-no-tests fixtures', async () => {
  await expectFixtures(rule);
});
