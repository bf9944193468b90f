import { test } from 'vitest';
import rule from '../../../src/rules/reliability/silent-default.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('reliability/silent-default fixtures', async () => {
  await expectFixtures(rule);
});
