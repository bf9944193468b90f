import { test } from 'vitest';
import rule from '../../../src/rules/shell/unsafe-rm.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('shell/unsafe-rm fixtures', async () => {
  await expectFixtures(rule);
});
