import { test } from 'vitest';
import rule from '../../../src/rules/shell/missing-strict-mode.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('shell/missing-strict-mode fixtures', async () => {
  await expectFixtures(rule);
});
