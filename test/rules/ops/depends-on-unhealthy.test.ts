import { test } from 'vitest';
import rule from '../../../src/rules/ops/depends-on-unhealthy.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('ops/depends-on-unhealthy fixtures', async () => {
  await expectFixtures(rule);
});
