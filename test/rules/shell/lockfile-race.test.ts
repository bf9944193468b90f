import { test } from 'vitest';
import rule from '../../../src/rules/shell/lockfile-race.js';
import { expectFixtures } from '../../helpers/fixtures.js';

test('shell/lockfile-race fixtures', async () => {
  await expectFixtures(rule);
});
