import { test } from 'vitest';
import rule from '../../../src/rules/observability/no-healthcheck.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('observability/no-healthcheck fixtures', async () => {
  await expectFixtures(rule);
});
