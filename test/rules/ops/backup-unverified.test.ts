import { test } from 'vitest';
import rule from '../../../src/rules/ops/backup-unverified.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('ops/backup-unverified fixtures', async () => {
  await expectFixtures(rule);
});
