import { test } from 'vitest';
import rule from '../../../src/rules/observability/print-logging.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('observability/print-logging fixtures', async () => {
  await expectFixtures(rule);
});
